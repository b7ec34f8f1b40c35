package org.gapsim.experiment;

/** Why an experiment stopped adding replications. */
public enum StopReason {
    /** A fixed-count experiment ran all its replications. */
    REPLICATIONS_DONE,
    /** A sequential experiment reached its target precision at a batch boundary. */
    TARGET_MET,
    /** A sequential experiment reached its maximum replication count without meeting its target. */
    MAX_REPLICATIONS,
    /** The run was cancelled; it can be resumed from its checkpoint. */
    CANCELLED,
    /** Rows given to {@link ExperimentRunner#aggregate} reach no stopping decision: more replications are needed. */
    MORE_NEEDED
}
