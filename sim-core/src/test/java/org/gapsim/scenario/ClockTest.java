package org.gapsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The clock's day/night arithmetic: changes found once each, at any time, and work spread over days exactly. */
class ClockTest {
    private static final Clock SUWALKI = new Clock(4, 7, 19);

    @Test
    void changesComeAtSunriseAndSunsetAndNeverInSmallSteps() {
        // from 04:00: sunrise 3 h later, sunset 15 h, next sunrise 27 h; the same pattern far into a long run
        assertEquals(180, SUWALKI.nextChangeMin(0), 1e-9);
        assertEquals(900, SUWALKI.nextChangeMin(180), 1e-9);
        assertEquals(1620, SUWALKI.nextChangeMin(900), 1e-9);
        double t = 1e6 * 24 * 60 + 17;                 // ~1.9 million years in: 04:17, night
        assertTrue(SUWALKI.isNight(t));
        double c = t;
        for (int k = 0; k < 20; k++) {                 // twenty changes, each 12 h apart, whatever the rounding
            double next = SUWALKI.nextChangeMin(c);
            assertEquals(k == 0 ? 163 : 720, next - c, 1e-3);
            c = next;
        }
        assertFalse(new Clock(0, 0, 24).hasNight());
        assertEquals(Double.POSITIVE_INFINITY, Clock.ALWAYS_DAY.nextChangeMin(5));
    }

    @Test
    void workOverManyDaysEndsWhereMinuteByMinuteWorkWould() {
        double factor = 3;                              // a night minute does a third of a day minute's work
        for (double work : new double[] {10, 500, 2_000, 9_999.5, 123_456}) {
            double expected = byMinute(SUWALKI, 100, work, factor);
            assertEquals(expected, SUWALKI.finishMin(100, work, factor), 1e-6, "work " + work);
        }
        assertEquals(Double.POSITIVE_INFINITY, SUWALKI.finishMin(0, Double.POSITIVE_INFINITY, 2));
        assertEquals(5, SUWALKI.finishMin(5, 0, 2));
    }

    /** Walks the work in slices that never straddle a change (each change time is a whole or half minute here). */
    private static double byMinute(Clock c, double start, double work, double factor) {
        double t = start;
        double left = work;
        double step = 0.5;
        while (true) {
            double f = c.isNight(t) ? factor : 1.0;
            if (left * f <= step) {
                return t + left * f;
            }
            left -= step / f;
            t += step;
        }
    }
}
