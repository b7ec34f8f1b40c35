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
    private final RandomStream[] sensorStreams;
    private final RandomStream[] fireStreams;
    private final ModelContext ctx;

    Defence(ModelContext ctx) {
        this.ctx = ctx;
        this.layout = ctx.plan.defence();
        int f = layout.fireUnits.length;
        ammunition = new int[f];
        suppressedUntil = new double[f];
        destroyedAt = new double[f];
        for (int k = 0; k < f; k++) {
            ammunition[k] = layout.fireUnits[k].ammunition();
            suppressedUntil[k] = Double.NEGATIVE_INFINITY;
            destroyedAt[k] = Double.POSITIVE_INFINITY;
        }
        sensorStreams = new RandomStream[layout.sensors.length];
        fireStreams = new RandomStream[f];
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

    /** @return whether fire unit {@code k} is alive at {@code t} */
    boolean alive(int k, double t) {
        return destroyedAt[k] > t;
    }
}
