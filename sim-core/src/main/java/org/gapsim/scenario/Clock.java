package org.gapsim.scenario;

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

    /** Validates the hours. */
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

    private double hourOf(double timeMin) {
        double h = (startHour + timeMin / 60.0) % 24.0;
        return h < 0 ? h + 24 : h;
    }

    /** @return whether it is night at simulation time {@code timeMin} (minutes) */
    public boolean isNight(double timeMin) {
        if (!hasNight()) {
            return false;
        }
        double h = hourOf(timeMin);
        return h < sunriseHour || h >= sunsetHour;
    }

    /**
     * @return the first simulation time after {@code timeMin} at which day turns to night or night to day, minutes;
     *         {@link Double#POSITIVE_INFINITY} when there is no night
     */
    public double nextChangeMin(double timeMin) {
        if (!hasNight()) {
            return Double.POSITIVE_INFINITY;
        }
        double h = hourOf(timeMin);
        double next;
        if (h < sunriseHour) {
            next = sunriseHour;
        } else if (h < sunsetHour) {
            next = sunsetHour;
        } else {
            next = sunriseHour + 24;
        }
        double t = timeMin + (next - h) * 60.0;
        return t > timeMin ? t : Math.nextUp(timeMin);
    }

    /**
     * @return the simulation time at which {@code workMin} of work started at {@code startMin} ends, when each
     *         minute of work at night counts {@code 1 / nightFactor} (work takes {@code nightFactor} times longer
     *         at night), minutes
     */
    public double finishMin(double startMin, double workMin, double nightFactor) {
        if (!hasNight() || nightFactor == 1.0) {
            return startMin + workMin;
        }
        double t = startMin;
        double left = workMin;
        while (true) {
            double change = nextChangeMin(t);
            double factor = isNight(t) ? nightFactor : 1.0;
            double span = change - t;
            if (left * factor <= span) {
                return t + left * factor;
            }
            left -= span / factor;
            t = change;
        }
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

        /** @param v {@link Clock#startHour()} @return this builder */
        public Builder startHour(double v) {
            startHour = v;
            return this;
        }

        /** @param v {@link Clock#sunriseHour()} @return this builder */
        public Builder sunriseHour(double v) {
            sunriseHour = v;
            return this;
        }

        /** @param v {@link Clock#sunsetHour()} @return this builder */
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
