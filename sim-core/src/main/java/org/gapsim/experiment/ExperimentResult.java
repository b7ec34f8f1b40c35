package org.gapsim.experiment;

import java.util.List;

/**
 * The outcome of an experiment: per-package summaries, the precision reached, why it stopped, and every
 * per-replication row in replication order (then package order). It depends only on the experiment's scenario,
 * packages, master seed, stopping rule and batch size, never on the thread count or on interruptions and resumes.
 *
 * @param scenarioName  scenario name
 * @param masterSeed    master seed
 * @param baseline      baseline package
 * @param stopping      the stopping rule
 * @param batchSize     batch size
 * @param replications  replications recorded
 * @param stopReason    why it stopped
 * @param precision     precision of the mean slowdowns
 * @param packages      one summary per package, baseline first
 * @param rows          every row, replication by replication, packages in the order of {@code packages}
 */
public record ExperimentResult(String scenarioName, long masterSeed, String baseline, StoppingRule stopping,
                               int batchSize, long replications, StopReason stopReason, Precision precision,
                               List<PackageSummary> packages, List<ReplicationRow> rows) {

    /** Copies the lists. */
    public ExperimentResult {
        packages = List.copyOf(packages);
        rows = List.copyOf(rows);
    }

    /**
     * @return the summary of one package
     * @throws IllegalArgumentException if it was not in the experiment
     */
    public PackageSummary summary(String packageName) {
        for (PackageSummary p : packages) {
            if (p.packageName().equals(packageName)) {
                return p;
            }
        }
        throw new IllegalArgumentException("package '" + packageName + "' is not in this experiment");
    }

    /** @return the rows of one package, in replication order */
    public List<ReplicationRow> rowsOf(String packageName) {
        summary(packageName);
        return rows.stream().filter(r -> r.packageName().equals(packageName)).toList();
    }

    /** @return closure times of one package in replication order, hours */
    public double[] closureHours(String packageName) {
        return rowsOf(packageName).stream().mapToDouble(ReplicationRow::closureH).toArray();
    }

    /** @return paired slowdowns of one package in replication order, hours */
    public double[] slowdownHours(String packageName) {
        return rowsOf(packageName).stream().mapToDouble(ReplicationRow::slowdownH).toArray();
    }
}
