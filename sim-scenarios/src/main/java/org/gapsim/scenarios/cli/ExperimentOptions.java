package org.gapsim.scenarios.cli;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Scenario;
import picocli.CommandLine.Option;

/**
 * The experiment options {@code run} and {@code sweep} share (a picocli mixin): replications or a target
 * precision, the master seed, threads, packages, quiet. They are checked on their own before the scenario is read,
 * and turned into a validated {@link Experiment} once it is.
 */
final class ExperimentOptions {
    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications to run (default " + Experiment.DEFAULT_REPLICATIONS + "); with --precision, "
                    + "the most to run (default " + Experiment.DEFAULT_MAX_REPLICATIONS + "). A sweep runs them at "
                    + "each design point.")
    Integer replications;

    @Option(names = {"-p", "--precision"}, paramLabel = "REL",
            description = "Run until every package's mean slowdown has a 95%% half-width of at most this fraction "
                    + "of its value, in (0, 1): 0.05 = +/-5%%. Checked every 100 replications.")
    Double precision;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "" + Experiment.DEFAULT_MASTER_SEED,
            description = "Master seed of every random stream, the same at every design point of a sweep "
                    + "(default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: one per processor). Results do not depend on it.")
    Integer threads;

    @Option(names = {"--packages"}, paramLabel = "P", split = ",",
            description = "Packages to compare with the baseline, comma-separated (default: all; see 'gapsim list').")
    List<String> packages;

    @Option(names = {"-q", "--quiet"}, description = "No progress or messages on stderr; only the table on stdout.")
    boolean quiet;

    /** Checks the options that need no scenario. */
    void check() {
        if (replications != null && replications < 1) {
            throw new BadInputException("--replications", "must be >= 1, was " + replications);
        }
        if (precision != null && !(precision > 0 && precision < 1)) {
            throw new BadInputException("--precision", "must lie in (0, 1) (a relative 95% half-width, 0.05 = 5%), was "
                    + precision);
        }
        if (threads != null && (threads < 1 || threads > Experiment.MAX_THREADS)) {
            throw new BadInputException("--threads", "must lie in 1.." + Experiment.MAX_THREADS + ", was " + threads);
        }
    }

    /**
     * @param s the scenario
     * @return the experiment these options describe over it, validated; an unknown package names --packages
     */
    Experiment experiment(Scenario s) {
        Experiment.Builder b = Experiment.builder(s).masterSeed(seed);
        if (packages != null) {
            List<String> chosen = new ArrayList<>();
            for (String p : packages) {
                String name = p.strip();
                if (name.isEmpty()) {
                    throw new BadInputException("--packages", "empty package name in '" + String.join(",", packages) + "'");
                }
                if (name.equals(FortificationPackage.BASELINE)) {
                    throw new BadInputException("--packages", "'" + name + "' is the baseline, which every run "
                            + "includes; name the packages to compare with it");
                }
                if (s.findPackage(name).isEmpty()) {
                    throw new BadInputException("--packages", "unknown package '" + name + "' in scenario '" + s.name()
                            + "'; known: " + String.join(", ", s.packageNames()));
                }
                chosen.add(name);
            }
            if (chosen.isEmpty()) {
                throw new BadInputException("--packages", "names no package; name at least one to compare with the "
                        + "baseline, or leave the option out to compare them all");
            }
            b.packages(chosen);
        }
        if (threads != null) {
            b.threads(threads);
        }
        if (precision != null) {
            b.targetPrecision(precision).maxReplications(replications == null
                    ? Experiment.DEFAULT_MAX_REPLICATIONS : replications);
        } else {
            b.replications(replications == null ? Experiment.DEFAULT_REPLICATIONS : replications);
        }
        return b.build();
    }

    /** @return "N" or "&lt;=N" replications for a progress line */
    String replicationsLabel(Experiment e) {
        return precision == null ? String.valueOf(e.stopping().maxReplications()) : "<=" + e.stopping().maxReplications();
    }
}
