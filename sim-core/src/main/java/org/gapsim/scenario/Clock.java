package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * Time of day. Simulation time 0 is clock hour {@code startHour}; it is day from {@code sunriseHour} (inclusive) to
 * {@code sunsetHour} (exclusive) each day, night otherwise. {@link #ALWAYS_DAY} (sunrise 0, sunset 24) is the
 * default and reproduces the model without time of day.
 *
 * @param startHour   clock hour at simulation time 0, in [0, 24)
 * @param sunriseHour clock hour the day begins, in [0, 24]
 * @param sunsetHour  clock hour the night begins, in [sunriseHour, 24]
 */
public record Clock(double startHour, double sunriseHour, double sunsetHour) {
    /** No night at all. */
    public static final Clock ALWAYS_DAY = new Clock(0, 0, 24);
    private static final double MIN_PER_H = 60.0;
    private static final double MIN_PER_DAY = 24 * MIN_PER_H;

    /**
     * Validates the hours.
     *
     * @param startHour value of {@link #startHour()}
     * @param sunriseHour value of {@link #sunriseHour()}
     * @param sunsetHour value of {@link #sunsetHour()}
     */
    public Clock {
        Check.between("startHour", startHour, 0, 24);
        if (startHour == 24) {
            throw new ScenarioException("startHour", "must be below 24, was 24");
        }
        Check.between("sunriseHour", sunriseHour, 0, 24);
        Check.between("sunsetHour", sunsetHour, sunriseHour, 24);
    }

    /** @return whether there is any night in the cycle */
    public boolean hasNight() {
        return sunsetHour - sunriseHour < 24;
    }

    /**
     * @param timeMin simulation time, minutes
     * @return whether it is night at simulation time {@code timeMin} (minutes)
     */
    public boolean isNight(double timeMin) {
        if (!hasNight()) {
            return false;
        }
        double abs = startHour * MIN_PER_H + timeMin;       // the same arithmetic as nextChangeMin
        double ofDay = abs - Math.floor(abs / MIN_PER_DAY) * MIN_PER_DAY;
        return ofDay < sunriseHour * MIN_PER_H || ofDay >= sunsetHour * MIN_PER_H;
    }

    /**
     * @param timeMin simulation time, minutes
     * @return the first simulation time after {@code timeMin} at which day turns to night or night to day, minutes;
     *         {@link Double#POSITIVE_INFINITY} when there is no night
     */
    public double nextChangeMin(double timeMin) {
        if (!hasNight()) {
            return Double.POSITIVE_INFINITY;
        }
        // in absolute minutes from the midnight before time 0, so no change is missed or found twice by rounding:
        // the day's two changes at sunrise and sunset, the first strictly after timeMin
        double abs = startHour * MIN_PER_H + timeMin;
        double midnight = Math.floor(abs / MIN_PER_DAY) * MIN_PER_DAY;
        double rise = midnight + sunriseHour * MIN_PER_H;
        double set = midnight + sunsetHour * MIN_PER_H;
        double next = abs < rise ? rise : abs < set ? set : rise + MIN_PER_DAY;
        double t = next - startHour * MIN_PER_H;
        return t > timeMin ? t : Math.nextUp(timeMin);
    }

    /**
     * @param startMin simulation time the work starts, minutes
     * @param workMin work to do, minutes of daytime work
     * @param nightFactor how many times longer work takes at night (1 = no difference)
     * @return the simulation time at which {@code workMin} of work started at {@code startMin} ends, when each
     *         minute of work at night counts {@code 1 / nightFactor} (work takes {@code nightFactor} times longer
     *         at night), minutes. Whole days of work are stepped over at once, so the cost does not grow with the
     *         work's length.
     */
    public double finishMin(double startMin, double workMin, double nightFactor) {
        if (!hasNight() || nightFactor == 1.0 || workMin <= 0) {
            return startMin + workMin;
        }
        if (Double.isInfinite(workMin)) {
            return Double.POSITIVE_INFINITY;
        }
        double dayMin = (sunsetHour - sunriseHour) * MIN_PER_H;
        double perDay = dayMin + (MIN_PER_DAY - dayMin) / nightFactor;   // work done in one full 24 h cycle
        double t = startMin;
        double left = workMin;
        double days = Math.floor(left / perDay);
        if (days >= 1) {                   // a whole cycle from any moment does perDay of work
            t += days * MIN_PER_DAY;
            left -= days * perDay;
        }
        for (int guard = 0; guard < 8 && left > 0; guard++) {   // at most three changes are left to cross
            double change = nextChangeMin(t);
            double factor = isNight(t) ? nightFactor : 1.0;
            double span = change - t;
            if (left * factor <= span) {
                return t + left * factor;
            }
            left -= span / factor;
            t = change;
        }
        return t + Math.max(0, left);
    }

    /** @return a builder holding {@link #ALWAYS_DAY}'s values */
    public static Builder builder() {
        return ALWAYS_DAY.toBuilder();
    }

    /** @return a builder holding this clock's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Clock}; defaults are {@link #ALWAYS_DAY}'s (start 0, sunrise 0, sunset 24). */
    public static final class Builder {
        private double startHour;
        private double sunriseHour;
        private double sunsetHour;

        private Builder(Clock r) {
            startHour = r.startHour;
            sunriseHour = r.sunriseHour;
            sunsetHour = r.sunsetHour;
        }

        /**
         * @param v new value of {@link Clock#startHour()}
         * @return this builder
         */
        public Builder startHour(double v) {
            startHour = v;
            return this;
        }

        /**
         * @param v new value of {@link Clock#sunriseHour()}
         * @return this builder
         */
        public Builder sunriseHour(double v) {
            sunriseHour = v;
            return this;
        }

        /**
         * @param v new value of {@link Clock#sunsetHour()}
         * @return this builder
         */
        public Builder sunsetHour(double v) {
            sunsetHour = v;
            return this;
        }

        /** @return the new clock, validated */
        public Clock build() {
            return new Clock(startHour, sunriseHour, sunsetHour);
        }
    }
}
