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

    @Option(names = {"-p", "--precision"}, paramLabel = "REL|Xh",
            description = "Run until every package's restricted mean slowdown is this precise (95%% half-width), "
                    + "checked every 100 replications: a fraction of its value in (0, 1), 0.05 = +/-5%%, or an "
                    + "absolute number of hours with an 'h', 0.05h = +/-0.05 h (use it when a package may have no "
                    + "effect).")
    String precision;

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
        if (precision != null) {
            parsePrecision(precision);
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
            Precision p = parsePrecision(precision);
            if (p.absolute()) {
                b.targetAbsolutePrecision(p.value());
            } else {
                b.targetPrecision(p.value());
            }
            b.maxReplications(replications == null ? Experiment.DEFAULT_MAX_REPLICATIONS : replications);
        } else {
            b.replications(replications == null ? Experiment.DEFAULT_REPLICATIONS : replications);
        }
        return b.build();
    }

    /**
     * A parsed {@code --precision}.
     *
     * @param value    the half-width: a fraction, or hours
     * @param absolute whether it is in hours
     */
    record Precision(double value, boolean absolute) {
    }

    /**
     * @param text {@code 0.05} (relative, in (0, 1)) or {@code 0.05h} (absolute hours, finite and &gt; 0)
     * @return the target
     * @throws BadInputException (option {@code --precision}) naming the reason
     */
    static Precision parsePrecision(String text) {
        String t = text.strip();
        boolean absolute = t.endsWith("h") || t.endsWith("H");
        String number = absolute ? t.substring(0, t.length() - 1).strip() : t;
        double v;
        try {
            if (number.isEmpty() || !number.matches("[0-9.eE+-]+")) {
                throw new NumberFormatException();
            }
            v = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new BadInputException("--precision", "must be a fraction in (0, 1) such as 0.05 (+/-5%) or hours "
                    + "such as 0.05h, was '" + text + "'");
        }
        if (absolute) {
            if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
                throw new BadInputException("--precision", "an absolute 95% half-width must be a finite number of "
                        + "hours > 0, e.g. 0.05h, was '" + text + "'");
            }
        } else if (!(v > 0 && v < 1)) {
            throw new BadInputException("--precision", "must lie in (0, 1) (a relative 95% half-width, 0.05 = 5%) "
                    + "or be hours such as 0.05h, was " + text);
        }
        return new Precision(v, absolute);
    }

    /** @return the replications per package asked for (the most, with a precision target) */
    long replicationsPerPackage() {
        if (replications != null) {
            return replications;
        }
        return precision != null ? Experiment.DEFAULT_MAX_REPLICATIONS : Experiment.DEFAULT_REPLICATIONS;
    }

    /** @return "N" or "&lt;=N" replications for a progress line */
    String replicationsLabel(Experiment e) {
        return precision == null ? String.valueOf(e.stopping().maxReplications()) : "<=" + e.stopping().maxReplications();
    }
}
