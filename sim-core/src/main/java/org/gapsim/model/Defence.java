package org.gapsim.model;

import umontreal.ssj.rng.RandomStream;

/**
 * The live state of the defender's units in one replication: each fire unit's ammunition left, the time its
 * suppression ends and the time it was destroyed (infinity while alive), and each unit's own stream (looked up on
 * first use). Units keep their state from one site and column to the next. Made on the first fight, so a
 * replication with no fight allocates nothing for it.
 */
final class Defence {
    final DefenceLayout layout;
    final int[] ammunition;
    final double[] suppressedUntil;
    final double[] destroyedAt;
    /**
     * Per fire unit: the earliest time the attacker's counter-fire located it (at a site or on the march), minutes;
     * infinity while it has not. Read by the assault ({@link Assault}), which finds a located unit at once.
     */
    final double[] locatedAt;
    /**
     * Per fire unit: the time of its latest engagement worked out so far (at any site or on the march), minutes;
     * negative infinity before its first. A destruction worked out later is never placed before it ({@link #destroy}).
     */
    private final double[] lastActAt;
    private final RandomStream[] sensorStreams;
    private final RandomStream[] fireStreams;
    /** Per fire unit: 0 not drawn yet, 1 position known to the attacker, 2 not known. */
    private final byte[] known;
    private final RandomStream[] knownStreams;
    private final ModelContext ctx;
    /**
     * Per column (scenario order): when the defender first detected it on the march (its early warning), minutes;
     * infinity while it has not. Worked out ahead of the clock (see {@link Interdiction}).
     */
    private final double[] warningAt;

    Defence(ModelContext ctx) {
        this.ctx = ctx;
        this.layout = ctx.plan.defence();
        int f = layout.fireUnits.length;
        ammunition = new int[f];
        suppressedUntil = new double[f];
        destroyedAt = new double[f];
        locatedAt = new double[f];
        java.util.Arrays.fill(locatedAt, Double.POSITIVE_INFINITY);
        lastActAt = new double[f];
        java.util.Arrays.fill(lastActAt, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < f; k++) {
            ammunition[k] = layout.fireUnits[k].ammunition();
            suppressedUntil[k] = Double.NEGATIVE_INFINITY;
            destroyedAt[k] = Double.POSITIVE_INFINITY;
            double fights = layout.fireUnits[k].fightsProbability();   // cohesion: drawn once, its own stream
            if (fights < 1 && !(ctx.streams.stream(layout.cohesionStreams[k]).nextDouble() < fights)) {
                destroyedAt[k] = Double.NEGATIVE_INFINITY;   // not manned: takes no part in any fight
            }
        }
        sensorStreams = new RandomStream[layout.sensors.length];
        fireStreams = new RandomStream[f];
        known = new byte[f];
        knownStreams = new RandomStream[f];
        warningAt = new double[ctx.plan.scenario().columns().size()];
        java.util.Arrays.fill(warningAt, Double.POSITIVE_INFINITY);
    }

    /**
     * @return when the defender first detected column {@code column} on the march (its early warning), minutes,
     *         or infinity if it has not; it may lie ahead of the clock (a march is worked out when the head leaves a
     *         waypoint), so compare it with the time that matters
     */
    double warningAt(int column) {
        return warningAt[column];
    }

    /** Column {@code column} was first detected on the march at {@code t}, minutes. */
    void warned(int column, double t) {
        if (t < warningAt[column]) {
            warningAt[column] = t;
        }
    }

    /**
     * @return whether the attacker knows fire unit {@code k}'s position before the battle, drawn once per
     *         replication from its {@code known/<unit>} stream with its {@code knownProbability} (no draw at 0)
     */
    boolean known(int k) {
        if (known[k] == 0) {
            double p = layout.fireUnits[k].knownProbability();
            known[k] = p > 0 && knownStream(k).nextDouble() < p ? (byte) 1 : (byte) 2;
        }
        return known[k] == 1;
    }

    /** @return fire unit {@code k}'s stream of the attacker's knowledge and preparation ({@code known/<unit>}) */
    RandomStream knownStream(int k) {
        RandomStream rs = knownStreams[k];
        if (rs == null) {
            rs = ctx.streams.stream(layout.knownStreams[k]);
            knownStreams[k] = rs;
        }
        return rs;
    }

    /** @return sensor {@code k}'s stream */
    RandomStream sensorStream(int k) {
        RandomStream rs = sensorStreams[k];
        if (rs == null) {
            rs = ctx.streams.stream(layout.sensorStreams[k]);
            sensorStreams[k] = rs;
        }
        return rs;
    }

    /** @return fire unit {@code k}'s stream */
    RandomStream fireStream(int k) {
        RandomStream rs = fireStreams[k];
        if (rs == null) {
            rs = ctx.streams.stream(layout.fireStreams[k]);
            fireStreams[k] = rs;
        }
        return rs;
    }

    /** Fire unit {@code k} engaged at {@code t}, minutes (a round used at a site or on the march). */
    void acted(int k, double t) {
        if (t > lastActAt[k]) {
            lastActAt[k] = t;
        }
    }

    /**
     * Destroys fire unit {@code k} at {@code t}, or at its latest engagement already worked out if that is later:
     * fights and marches are each worked out whole, ahead of the clock ({@link Fight}, {@link Interdiction}), so a
     * unit that one of them had engage at a later time was still alive then; its destruction follows its last
     * engagement (the one consistent order of the two accounts, ASSUMPTION). Before this rule a unit destroyed on the
     * march could still fire at a site later.
     *
     * @return the time of the destruction, minutes
     */
    double destroy(int k, double t) {
        double at = Math.max(t, lastActAt[k]);
        if (at < destroyedAt[k]) {
            destroyedAt[k] = at;
        }
        return at;
    }

    /** The attacker's counter-fire located fire unit {@code k} at {@code t}, minutes. */
    void located(int k, double t) {
        if (t < locatedAt[k]) {
            locatedAt[k] = t;
        }
    }

    /** @return whether fire unit {@code k} is alive at {@code t} */
    boolean alive(int k, double t) {
        return destroyedAt[k] > t;
    }
}
