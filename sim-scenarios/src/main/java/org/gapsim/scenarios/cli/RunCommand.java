package org.gapsim.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.StopReason;
import org.gapsim.experiment.StoppingRule;
import org.gapsim.experiment.StoppingRules;
import org.gapsim.measure.Measures;
import org.gapsim.report.ComparisonsCsv;
import org.gapsim.report.ConsoleTable;
import org.gapsim.report.Study;
import org.gapsim.scenario.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gapsim run [scenario]}: runs every package of a scenario (or those named) against the baseline with common
 * random numbers, writes the per-replication CSV (also the checkpoint), the summaries and the charts to the output
 * directory, and prints the summary table to stdout.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = GapsimCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Run a study: every package (or those of --packages) against the baseline 'none', paired with "
                + "common random numbers. Prints the summary table to stdout and writes replications.csv, "
                + "summary.csv, summary.json, summary.txt and two PNG charts to --out."},
        footer = {"", "Examples:",
                "  gapsim run                          the Suwalki Gap study, 1,000 replications",
                "  gapsim run --precision 0.05         until each mean slowdown is known to +/-5%%",
                "  gapsim run --stop reached-known:0.02 -n 5000   a stopping rule of your own, capped",
                "  gapsim run --packages at-mines,full --seed 7 --out results/seed7",
                "  gapsim show > mine.yaml; gapsim run mine.yaml",
                "Interrupted (Ctrl-C)? Run the same command with --resume to continue."})
final class RunCommand implements Callable<Integer> {
    private static final Logger PROGRESS = LoggerFactory.getLogger(ProgressListener.LOGGER);

    @Spec
    private CommandSpec spec;

    @Mixin
    private PackageDirOption packageDir;

    @Mixin
    private SeasonOption seasonOption;

    @ParentCommand
    private GapsimCli parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML), or the name of a built-in scenario. Default: the built-in "
                    + "Suwalki Gap study.")
    private String scenario;

    @Mixin
    private ExperimentOptions options;

    @Mixin
    private StartTimeOption startTime;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output directory (default: results/<file name without .yaml> for a scenario file, "
                    + "results/<scenario name> for a built-in one).")
    private String out;

    @Option(names = {"--measure"}, paramLabel = "NAME", split = ",",
            description = "Add a user measure found on the classpath by name (a MeasureProvider listed in "
                    + "META-INF/services; e.g. first-loss); repeat or comma-separate for several.")
    private List<String> measures;

    @Option(names = {"--stop"}, paramLabel = "NAME[:V,...]",
            description = "Stop with a rule of your own, found on the classpath by name (a StoppingRuleProvider "
                    + "listed in META-INF/services; e.g. reached-known:0.05), with its parameters after a colon, "
                    + "comma-separated. Checked every 100 replications; --replications is its cap (default "
                    + Experiment.DEFAULT_MAX_REPLICATIONS + "). Not with --precision.")
    private String stop;

    @Option(names = {"--resume"},
            description = "Continue the interrupted (or extend the finished) run in --out instead of starting afresh.")
    private boolean resume;

    /**
     * @param e     the experiment
     * @param names {@code --measure} values (null for none)
     * @return it with each named measure added
     * @throws BadInputException (option {@code --measure}) for an unknown name or an invalid measure
     */
    static Experiment withMeasures(Experiment e, List<String> names) {
        if (names == null) {
            return e;
        }
        Experiment out = e;
        for (String n : names) {
            String name = n.strip();
            try {
                out = out.withMeasure(Measures.byName(name, RunCommand.class.getClassLoader()));
            } catch (IllegalArgumentException | IllegalStateException ex) {
                throw new BadInputException("--measure", ex.getMessage());
            }
        }
        return out;
    }

    /**
     * @param e    the experiment (a fixed count or a precision target)
     * @param stop the {@code --stop} value, {@code NAME} or {@code NAME:V1,V2,...} (null for none)
     * @param o    the experiment options ({@code --precision} must be unset, {@code --replications} is the cap)
     * @return it with the named rule of the class path as its stopping rule, capped at {@code --replications} (default
     *         {@value Experiment#DEFAULT_MAX_REPLICATIONS})
     * @throws BadInputException (option {@code --stop}) for a malformed value, an unknown rule, a wrong number of
     *                           parameters or one the rule refuses, or with {@code --precision}
     */
    static Experiment withStop(Experiment e, String stop, ExperimentOptions o) {
        if (stop == null) {
            return e;
        }
        if (o.precision != null) {
            throw new BadInputException("--stop", "cannot be combined with --precision (both say when to stop); "
                    + "keep one");
        }
        StopOption parsed = StopOption.parse(stop);
        int cap = o.replications == null ? Experiment.DEFAULT_MAX_REPLICATIONS : o.replications;
        StoppingRule.Extension rule;
        try {
            rule = StoppingRules.byName(parsed.name(), parsed.params(), cap, RunCommand.class.getClassLoader());
        } catch (IllegalArgumentException ex) {   // ExperimentConfigException included
            String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            throw new BadInputException("--stop", m.startsWith("stopping: ") ? m.substring("stopping: ".length()) : m);
        }
        if (rule == null || rule.maxReplications() != cap) {
            throw new BadInputException("--stop", "rule '" + parsed.name() + "' did not take the cap " + cap
                    + " from --replications (its provider must pass maxReplications on)");
        }
        return new Experiment(e.scenario(), e.baseline(), e.packages(), rule, e.batchSize(), e.masterSeed(),
                e.threads(), e.measures());
    }

    /**
     * A parsed {@code --stop} value.
     *
     * @param name   the rule's name, {@code [a-z][a-z0-9-]*}
     * @param params its parameters, in order
     */
    record StopOption(String name, double[] params) {
        /**
         * @param text {@code NAME} or {@code NAME:V1,V2,...}, each value a finite number
         * @return it parsed
         * @throws BadInputException (option {@code --stop}) naming what is wrong
         */
        static StopOption parse(String text) {
            String t = text.strip();
            int colon = t.indexOf(':');
            String name = colon < 0 ? t : t.substring(0, colon).strip();
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw new BadInputException("--stop", "expected NAME or NAME:V1,V2,... with a rule's name such as "
                        + "reached-known, was '" + text + "'");
            }
            if (colon < 0) {
                return new StopOption(name, new double[0]);
            }
            String[] parts = t.substring(colon + 1).split(",", -1);
            double[] params = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                String v = parts[i].strip();
                try {
                    if (v.isEmpty() || !v.matches("[0-9.eE+-]+")) {
                        throw new NumberFormatException();
                    }
                    params[i] = Double.parseDouble(v);
                } catch (NumberFormatException ex) {
                    throw new BadInputException("--stop", "parameter " + (i + 1) + " of '" + name
                            + "' must be a number, was '" + v + "'");
                }
                if (!Double.isFinite(params[i])) {
                    throw new BadInputException("--stop", "parameter " + (i + 1) + " of '" + name
                            + "' must be finite, was '" + v + "'");
                }
            }
            return new StopOption(name, params);
        }
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        // 1. options on their own, 2. the scenario, 3. the experiment (validated as a whole)
        options.check();
        if (stop != null) {
            StopOption.parse(stop);
            if (options.precision != null) {
                throw new BadInputException("--stop", "cannot be combined with --precision (both say when to stop); "
                        + "keep one");
            }
        }
        long perPackage = stop == null ? options.replicationsPerPackage()
                : options.replications == null ? Experiment.DEFAULT_MAX_REPLICATIONS : options.replications;
        JitPolicy.applyFor(parent != null && parent.processEntry(), perPackage);
        seasonOption.parsed();
        startTime.check();
        Scenario s = startTime.apply(seasonOption.apply(ScenarioArgument.load(scenario, packageDir.directory())));
        Experiment experiment = withMeasures(withStop(options.experiment(s), stop, options), measures);
        // 4. the output directory: nothing is written before this point
        Path dir = outputDirectory(scenario, s, out, seasonOption.folderSuffix());
        Study study = new Study(experiment, dir)
                .withProgress(options.quiet ? ProgressListener.silent() : ProgressListener.logging())
                .withCommandLine(commandLine(spec));
        if (!resume) {
            study = study.startingAfresh();
        }
        if (!options.quiet) {
            PROGRESS.info("{}: {} packages x {} replications, seed {}, {} threads -> {}",
                    ScenarioArgument.describe(scenario), experiment.allPackages().size(),
                    stop == null ? options.replicationsLabel(experiment) : "<=" + experiment.stopping().maxReplications(),
                    options.seed, experiment.threads(), study.directory());
        }
        ExperimentResult result;
        if (parent != null) {
            parent.setCancelRunning(study::cancel);
        }
        try {
            result = study.run();
        } finally {
            if (parent != null) {
                parent.setCancelRunning(null);
            }
        }
        if (result.stopReason() == StopReason.CANCELLED) {
            stderr.println("gapsim run: interrupted after " + result.replications()
                    + " replications; run the same command with --resume to continue");
            return GapsimCli.EXIT_INTERRUPTED;
        }
        stdout.print(ConsoleTable.render(result));
        stdout.flush();
        if (!options.quiet) {
            PROGRESS.info("wrote {}: {}", study.directory(), String.join(", ", Study.REPLICATIONS,
                    Study.SUMMARY_CSV, Study.SUMMARY_JSON, Study.SUMMARY_TXT, ComparisonsCsv.FILE, Study.SLOWDOWN_PNG,
                    Study.CLOSURE_PNG, Study.REPORT_HTML, "figures/", Study.PROVENANCE));
        }
        return GapsimCli.EXIT_OK;
    }

    /**
     * @param arg    the scenario argument (null for the default built-in study)
     * @param s      the scenario
     * @param out    the --out option, or null
     * @param suffix added to the default folder's name (e.g. "-sweep")
     * @return --out, or {@code results/<file name without extension>} for a scenario file (so an edited copy of a
     *         built-in scenario never shares its folder), or {@code results/<scenario name>} for a built-in one
     */
    static Path outputDirectory(String arg, Scenario s, String out, String suffix) {
        if (out != null && out.isBlank()) {
            throw new BadInputException("--out", "must name a directory, was empty");
        }
        String d = out != null ? out : "results/" + defaultFolderName(arg, s) + suffix;
        try {
            Path p = Path.of(d);
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new BadInputException("--out", "'" + d + "' exists and is not a directory");
            }
            return p;
        } catch (InvalidPathException e) {
            throw new BadInputException("--out", "not a valid directory name '" + d + "' (" + e.getReason() + ")");
        }
    }

    private static String defaultFolderName(String arg, Scenario s) {
        if (!ScenarioArgument.isFile(arg)) {
            return s.name();
        }
        String name = Path.of(arg).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() ? s.name() : stem;
    }

    /** @return the command line as typed, for the provenance record */
    static String commandLine(CommandSpec spec) {
        StringBuilder b = new StringBuilder("gapsim");
        CommandSpec root = spec.root();
        List<String> args = root.commandLine().getParseResult() == null ? List.of()
                : root.commandLine().getParseResult().originalArgs();
        for (String a : args) {
            b.append(' ').append(a.isEmpty() || a.matches(".*[\\s'\"\\\\$`].*")
                    ? "'" + a.replace("'", "'\\''") + "'" : a);
        }
        return b.toString();
    }
}
