package org.gapsim.experiment;

/**
 * A replication failed while an experiment ran. Replications recorded before it stay in the checkpoint. The
 * message names the replication, the package and the master seed, so the failure can be reproduced alone.
 */
public class ExperimentFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The replication that failed. */
    private final long replication;
    /** The package it was running. */
    private final String packageName;

    /**
     * @param replication the replication that failed
     * @param packageName the package it was running
     * @param masterSeed  the experiment's master seed
     * @param cause       what went wrong
     */
    public ExperimentFailedException(long replication, String packageName, long masterSeed, Throwable cause) {
        super("replication " + replication + " of package '" + packageName + "' (master seed " + masterSeed
                + ") failed: " + cause, cause);
        this.replication = replication;
        this.packageName = packageName;
    }

    /** @return the replication that failed */
    public long replication() {
        return replication;
    }

    /** @return the package it was running */
    public String packageName() {
        return packageName;
    }
}
