package org.gapsim.experiment;

import java.util.Arrays;

/**
 * A right-continuous step function given by its jump points, e.g. a Kaplan-Meier estimate of the distribution of
 * closure time: {@code probability[i]} from {@code timeH[i]} to the next point. Arrays are copied in and out.
 *
 * @param timeH       jump points, ascending, hours
 * @param probability the value from each jump point on
 */
public record StepCurve(double[] timeH, double[] probability) {

    /**
     * Checks lengths and copies the arrays.
     *
     * @param timeH value of {@link #timeH()}
     * @param probability value of {@link #probability()}
     */
    public StepCurve {
        if (timeH.length != probability.length) {
            throw new IllegalArgumentException("timeH and probability differ in length: " + timeH.length + " vs "
                    + probability.length);
        }
        timeH = timeH.clone();
        probability = probability.clone();
    }

    /** @return a copy of the jump points, ascending, hours */
    @Override
    public double[] timeH() {
        return timeH.clone();
    }

    /** @return a copy of the values, one from each jump point on */
    @Override
    public double[] probability() {
        return probability.clone();
    }

    /** @return points */
    public int size() {
        return timeH.length;
    }

    /** @return the last value (0 if empty) */
    public double last() {
        return probability.length == 0 ? 0 : probability[probability.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepCurve c && Arrays.equals(timeH, c.timeH) && Arrays.equals(probability, c.probability);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(timeH) + Arrays.hashCode(probability);
    }

    @Override
    public String toString() {
        return "StepCurve[" + timeH.length + " points, last " + last() + "]";
    }
}
