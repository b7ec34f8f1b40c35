package org.gapsim.experiment;

import java.util.List;

/**
 * The outcome of an experiment: per-package summaries, paired comparisons between every two packages, the precision
 * reached and why it stopped. It depends only on the experiment's scenario, packages, master seed, stopping rule and
 * batch size, never on the thread count or on interruptions and resumes. Memory is bounded whatever the replication
 * count: the per-replication rows are kept only when asked for ({@link ExperimentRunner#withRowsKept()}, or rows
 * given to {@link ExperimentRunner#aggregate}); otherwise {@link #rows()} is empty and the rows are in the
 * replication log (the per-replication CSV of a study).
 *
 * @param scenarioName  scenario name
 * @param masterSeed    master seed
 * @param baseline      baseline package
 * @param stopping      the stopping rule
 * @param batchSize     batch size
 * @param replications  replications recorded
 * @param stopReason    why it stopped
 * @param precision     precision of the restricted mean slowdowns
 * @param packages      one summary per package, baseline first
 * @param rows          every row, replication by replication, packages in the order of {@code packages}, if kept;
 *                      else empty
 * @param horizonH      the scenario's horizon, hours: closure times are censored there
 * @param comparisons   paired comparison of every two packages (k(k-1)/2 for k packages, in package order: each
 *                      package with every later one), simultaneous Bonferroni intervals
 */
public record ExperimentResult(String scenarioName, long masterSeed, String baseline, StoppingRule stopping,
                               int batchSize, long replications, StopReason stopReason, Precision precision,
                               List<PackageSummary> packages, List<ReplicationRow> rows, double horizonH,
                               List<PairComparison> comparisons) {

    /**
     * Copies the lists.
     *
     * @param scenarioName value of {@link #scenarioName()}
     * @param masterSeed value of {@link #masterSeed()}
     * @param baseline value of {@link #baseline()}
     * @param stopping value of {@link #stopping()}
     * @param batchSize value of {@link #batchSize()}
     * @param replications value of {@link #replications()}
     * @param stopReason value of {@link #stopReason()}
     * @param precision value of {@link #precision()}
     * @param packages value of {@link #packages()}
     * @param rows value of {@link #rows()}
     * @param horizonH value of {@link #horizonH()}
     * @param comparisons value of {@link #comparisons()}
     */
    public ExperimentResult {
        packages = List.copyOf(packages);
        rows = List.copyOf(rows);
        comparisons = List.copyOf(comparisons);
    }

    /**
     * @param packageName the package's name
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

    /**
     * @param first  a package
     * @param second another package
     * @return the paired restricted difference {@code second - first} with its simultaneous interval
     * @throws IllegalArgumentException if either is not in the experiment or they are the same
     */
    public PairComparison comparison(String first, String second) {
        summary(first);
        summary(second);
        for (PairComparison c : comparisons) {
            if (c.first().equals(first) && c.second().equals(second)) {
                return c;
            }
            if (c.first().equals(second) && c.second().equals(first)) {
                return c.reversed();
            }
        }
        throw new IllegalArgumentException("no comparison of '" + first + "' with itself");
    }

    /** @return this result without its rows (to compare results whether or not rows were kept) */
    public ExperimentResult withoutRows() {
        return new ExperimentResult(scenarioName, masterSeed, baseline, stopping, batchSize, replications, stopReason,
                precision, packages, List.of(), horizonH, comparisons);
    }

    /**
     * @param packageName the package's name, one of the experiment's
     * @return the rows of one package, in replication order (empty unless rows were kept)
     */
    public List<ReplicationRow> rowsOf(String packageName) {
        summary(packageName);
        return rows.stream().filter(r -> r.packageName().equals(packageName)).toList();
    }

    /**
     * @param packageName the package's name, one of the experiment's
     * @return closure times of one package in replication order, hours (empty unless rows were kept)
     */
    public double[] closureHours(String packageName) {
        return rowsOf(packageName).stream().mapToDouble(ReplicationRow::closureH).toArray();
    }

    /**
     * @param packageName the package's name, one of the experiment's
     * @return paired slowdowns of one package in replication order, hours (empty unless rows were kept)
     */
    public double[] slowdownHours(String packageName) {
        return rowsOf(packageName).stream().mapToDouble(ReplicationRow::slowdownH).toArray();
    }
}
