package org.gapsim.report;

import org.gapsim.report.internal.Csv;
import org.gapsim.report.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.PairComparison;

/**
 * {@value #FILE}: one row per pair of packages (each with every later one, baseline first): {@code scenario,
 * master_seed, first, second, replications}, the paired difference of restricted closure times
 * {@code second - first} ({@code restricted_mean_difference_h}, {@code sd_h}), its simultaneous interval
 * {@code simultaneous_ci_low_h, simultaneous_ci_high_h} (Bonferroni-adjusted Student intervals over {@code pairs}
 * comparisons, family-wise level {@code family_level}) and {@code differs} (logical: the interval excludes 0).
 */
public final class ComparisonsCsv {
    /** File name in a study's output directory. */
    public static final String FILE = "comparisons.csv";

    private ComparisonsCsv() {
    }

    /** @return the column names, in order */
    public static List<String> columnNames() {
        return List.of("scenario", "master_seed", "first", "second", "replications", "restricted_mean_difference_h",
                "sd_h", "simultaneous_ci_low_h", "simultaneous_ci_high_h", "pairs", "family_level", "differs");
    }

    /**
     * @param result the experiment's result
     * @return the CSV text
     */
    public static String render(ExperimentResult result) {
        StringBuilder b = new StringBuilder(String.join(",", columnNames())).append('\n');
        for (PairComparison c : result.comparisons()) {
            b.append(Csv.field(result.scenarioName())).append(',').append(result.masterSeed()).append(',')
                    .append(Csv.field(c.first())).append(',').append(Csv.field(c.second())).append(',')
                    .append(c.n()).append(',').append(Csv.number(c.meanH())).append(',')
                    .append(Csv.number(c.sdH())).append(',').append(Csv.number(c.ciLowH())).append(',')
                    .append(Csv.number(c.ciHighH())).append(',').append(c.pairs()).append(',')
                    .append(Csv.number(c.familyLevel())).append(',').append(Csv.bool(c.differs())).append('\n');
        }
        return b.toString();
    }

    /**
     * Writes the file (atomically).
     *
     * @param result the result
     * @param file   the CSV file
     * @throws IOException if it cannot be written
     */
    public static void write(ExperimentResult result, Path file) throws IOException {
        AtomicFiles.writeText(file, w -> w.write(render(result)));
    }
}
