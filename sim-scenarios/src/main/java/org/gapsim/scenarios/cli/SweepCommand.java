package org.gapsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.Provenance;
import org.gapsim.experiment.sweep.Assumption;
import org.gapsim.experiment.sweep.Factor;
import org.gapsim.experiment.sweep.Interactions;
import org.gapsim.experiment.sweep.Sweep;
import org.gapsim.experiment.sweep.SweepProgressListener;
import org.gapsim.experiment.sweep.SweepReport;
import org.gapsim.experiment.sweep.SweepResult;
import org.gapsim.experiment.sweep.SweepRunner;
import org.gapsim.report.internal.AtomicFiles;
import org.gapsim.report.OutputException;
import org.gapsim.report.OutputLock;
import org.gapsim.report.Study;
import org.gapsim.report.SweepHtmlReport;
import org.gapsim.scenario.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gapsim sweep [scenario] --factor NAME=LOW:HIGH ...}: data farming over the model's assumptions. Runs the
 * study at every point of a Latin hypercube over the factors (same master seed everywhere: common random numbers
 * across packages and points), prints which assumption moves each package's mean slowdown most (standardized
 * regression coefficients) and writes {@code design.csv}, {@code sensitivity.csv}, {@code sensitivity.txt} and
 * {@code sweep-report.html} ({@link SweepHtmlReport}: effect of each factor, heat map) to the
 * output directory. Bad input is reported like every other command's (one line, exit 2, nothing written). Each
 * design point's replications are kept in {@code points/point-NNN/} as they finish (checksummed like a run's), so an
 * interrupted sweep (exit 130) continues with {@code --resume}; {@code provenance.json} is written last.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = GapsimCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        modelTransformer = SweepCommand.FactorCatalogue.class,
        description = {"Sweep the model's assumptions (data farming): run the study at each point of a Latin "
                + "hypercube over the --factor ranges, all on the same master seed (common random numbers across "
                + "packages and design points). Prints, per package, the standardized regression coefficient of its "
                + "mean slowdown on each factor, and writes design.csv (one row per point and package), "
                + "sensitivity.csv, sensitivity.txt and sweep-report.html (effect plots and a heat map) to --out."},
        footer = {"", "Example (9 points x 100 replications of every package):",
                "  gapsim sweep --factor doctrine.smokeKillFactor=0.1:0.9 \\",
                "      --factor doctrine.reconDetectionProbability=0.2:0.9 \\",
                "      --factor doctrine.decisionDelayScale=0.5:2 --points 9 --replications 100",
                "Details: docs/data-farming.md"})
final class SweepCommand implements Callable<Integer> {
    private static final Logger PROGRESS = LoggerFactory.getLogger(ProgressListener.LOGGER);
    /** The files a finished sweep writes besides {@code provenance.json} (which covers them) and its points. */
    private static final List<String> OUTPUTS = List.of(SweepReport.DESIGN_CSV, SweepReport.SENSITIVITY_CSV,
            SweepReport.SENSITIVITY_TXT, SweepHtmlReport.FILE, SweepHtmlReport.INTERACTIONS_SVG);

    @Spec
    private CommandSpec spec;

    @Mixin
    private PackageDirOption packageDir;

    @Mixin
    private SeasonOption seasonOption;

    @Mixin
    private StartTimeOption startTime;

    @ParentCommand
    private GapsimCli parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML), or the name of a built-in scenario. Default: the built-in "
                    + "Suwalki Gap study.")
    private String scenario;

    @Option(names = {"-f", "--factor"}, required = true, paramLabel = "NAME=LOW:HIGH",
            description = "An assumption to vary and its range, in its unit (repeat for more; see the list below), "
                    + "e.g. doctrine.smokeKillFactor=0.1:0.9.")
    private List<String> factors;

    @Option(names = {"--points"}, paramLabel = "N",
            description = "Design points, >= 2 (default 2k + 1 for k factors).")
    private Integer points;

    @Mixin
    private ExperimentOptions options;

    @Option(names = {"--design-seed"}, paramLabel = "SEED",
            description = "Seed of the Latin hypercube (default: --seed).")
    private Long designSeed;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output directory (default: results/<file name without .yaml>-sweep for a scenario file, "
                    + "results/<scenario name>-sweep for a built-in one).")
    private String out;

    @Option(names = {"--resume"},
            description = "Continue the interrupted sweep in --out (finished design points are read back, not run "
                    + "again) instead of starting afresh.")
    private boolean resume;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        // 1. options on their own
        List<Factor> parsed = new ArrayList<>();
        for (String f : factors) {
            try {
                parsed.add(Factor.parse(f));
            } catch (ExperimentConfigException e) {
                throw new BadInputException("--factor", "factor".equals(e.field()) ? reason(e) : e.getMessage());
            }
        }
        if (points != null && points < 2) {
            throw new BadInputException("--points", "must be >= 2, was " + points);
        }
        options.check();
        int pointCount = points == null ? Sweep.defaultPoints(parsed.size()) : points;
        // a package's replications over every point
        JitPolicy.applyFor(parent != null && parent.processEntry(), pointCount * options.replicationsPerPackage());
        startTime.check();
        // 2. the scenario, then the sweep (validated as a whole; experiment settings map to their options)
        seasonOption.parsed();
        Scenario s = startTime.apply(seasonOption.apply(ScenarioArgument.load(scenario, packageDir.directory())));
        Experiment experiment = options.experiment(s);
        Sweep sweep;
        try {
            sweep = new Sweep(experiment, parsed, points == null ? Sweep.defaultPoints(parsed.size()) : points,
                    designSeed == null ? options.seed : designSeed);
        } catch (ExperimentConfigException e) {
            String f = e.field() == null ? "" : e.field();
            if (f.equals("points")) {
                throw new BadInputException("--points", reason(e));
            }
            if (f.startsWith("factors")) {
                throw new BadInputException("--factor", reason(e));
            }
            throw e;
        }
        // 3. the output directory: nothing is written before this point
        Path dir = Study.writableDirectory(RunCommand.outputDirectory(scenario, s, out,
                seasonOption.folderSuffix() + "-sweep"));
        SweepRunner runner = new SweepRunner(sweep).withCheckpoints(dir)
                .withProgress(options.quiet ? SweepProgressListener.silent() : SweepProgressListener.logging());
        SweepResult result;
        try (OutputLock lock = OutputLock.acquire(dir)) {
            byte[] finished = finishedProvenance(dir);
            prepare(dir);
            if (!options.quiet) {
                Experiment e = sweep.experiment();
                PROGRESS.info("{}: {} design points x {} packages x {} replications, {} factors, seed {}, design seed "
                                + "{}, {} threads -> {}", ScenarioArgument.describe(scenario), sweep.points(),
                        e.allPackages().size(), options.replicationsLabel(e), sweep.factors().size(), options.seed,
                        sweep.designSeed(), e.threads(), dir);
            }
            if (parent != null) {
                parent.setCancelRunning(runner::cancel);
            }
            try {
                result = runner.run();
            } catch (ExperimentConfigException e) {
                if (finished != null) {   // refused before any point ran: the finished sweep stays as it was
                    try {
                        AtomicFiles.write(dir.resolve(Study.PROVENANCE), o -> o.write(finished));
                    } catch (IOException io) {
                        e.addSuppressed(io);
                    }
                }
                throw e;
            } finally {
                if (parent != null) {
                    parent.setCancelRunning(null);
                }
            }
            if (result.cancelled()) {
                stderr.println("gapsim sweep: interrupted after " + result.points().size() + " of " + sweep.points()
                        + " design points; run the same command with --resume to continue");
                return GapsimCli.EXIT_INTERRUPTED;
            }
            try {
                SweepReport.write(result, dir);
                String page = SweepHtmlReport.render(result);
                AtomicFiles.writeText(dir.resolve(SweepHtmlReport.FILE), w -> w.write(page));
                String interactions = SweepHtmlReport.interactionMap(Interactions.of(result));
                AtomicFiles.writeText(dir.resolve(SweepHtmlReport.INTERACTIONS_SVG), w -> w.write(interactions));
                Study.writeProvenance(dir, Provenance.of(sweep.experiment())
                                .withCommandLine(RunCommand.commandLine(spec)), design(sweep),
                        OUTPUTS);
            } catch (IOException e) {
                throw OutputException.of(dir, e);
            }
        }
        stdout.print(SweepReport.table(result));
        stdout.flush();
        if (!options.quiet) {
            PROGRESS.info("wrote {}: {}, {}", dir, String.join(", ", OUTPUTS), Study.PROVENANCE);
        }
        return GapsimCli.EXIT_OK;
    }

    /** @return the provenance.json of a finished sweep that {@code --resume} will reopen, or null */
    private byte[] finishedProvenance(Path dir) {
        Path provenance = dir.resolve(Study.PROVENANCE);
        try {
            return resume && Files.isRegularFile(provenance) ? Files.readAllBytes(provenance) : null;
        } catch (IOException e) {
            throw OutputException.of(dir, e);
        }
    }

    /**
     * Without {@code --resume}: refuses a directory holding an interrupted sweep and removes a finished one's files.
     * With it: keeps everything (finished points are read back, an interrupted one continues).
     */
    private void prepare(Path dir) {
        Path points = dir.resolve(SweepRunner.POINTS);
        try {
            if (resume) {
                Files.deleteIfExists(dir.resolve(Study.PROVENANCE));   // written again when the sweep ends
                return;
            }
            if (Files.isDirectory(points) && !Files.exists(dir.resolve(Study.PROVENANCE))) {
                try (Stream<Path> s = Files.list(points)) {
                    if (s.findAny().isPresent()) {
                        throw new BadInputException("--out", "'" + dir + "' holds an interrupted sweep ("
                                + SweepRunner.POINTS + "/); add --resume to continue it, or choose another --out");
                    }
                }
            }
            for (String f : OUTPUTS) {
                Files.deleteIfExists(dir.resolve(f));
            }
            Files.deleteIfExists(dir.resolve(Study.PROVENANCE));
            if (Files.isDirectory(points)) {
                try (Stream<Path> s = Files.walk(points)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw OutputException.of(dir, e);
        }
    }

    /** @return the sweep's design for the provenance record: factors and ranges, points, design seed */
    private static Map<String, Object> design(Sweep sweep) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> fs = new ArrayList<>();
        for (Factor f : sweep.factors()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", f.name());
            one.put("low", f.low());
            one.put("high", f.high());
            fs.add(one);
        }
        m.put("sweep_factors", fs);
        m.put("sweep_points", sweep.points());
        m.put("sweep_design_seed", sweep.designSeed());
        return m;
    }

    private static String reason(ExperimentConfigException e) {
        String m = e.getMessage();
        String prefix = e.field() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    /**
     * Adds the factor catalogue (name, unit, legal range, meaning) to the help, from {@link Assumption}, when the help
     * is rendered: picocli builds every subcommand's model on every command line, and initialising the catalogue (an
     * enum of about 50 entries, each with its lambdas) for a {@code run} was start-up work for nothing (issue 16).
     */
    static final class FactorCatalogue implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>(spec.usageMessage().sectionMap());
            CommandLine.IHelpSectionRenderer footer = sections.get(UsageMessageSpec.SECTION_KEY_FOOTER);
            boolean[] added = {false};
            sections.put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
                synchronized (added) {
                    if (!added[0]) {
                        extend(spec);
                        added[0] = true;
                    }
                }
                return footer.render(help);
            });
            spec.usageMessage().sectionMap(sections);
            return spec;
        }

        /** Appends the catalogue to the footer. */
        private static void extend(CommandSpec spec) {
            List<String> footer = new ArrayList<>(List.of(spec.usageMessage().footer()));
            footer.add("");
            footer.add("Factors (NAME, unit, legal range; a ...Scale multiplies every parameter of the");
            footer.add("scenario's distribution, 1 = as it is):");
            int w = 0;
            for (Assumption a : Assumption.values()) {
                w = Math.max(w, a.key().length());
            }
            for (Assumption a : Assumption.values()) {
                footer.add(String.format(Locale.ROOT, "  %-" + w + "s  %s %s", a.key(), a.unit(), a.range())
                        .replace("%", "%%"));
            }
            spec.usageMessage().footer(footer.toArray(String[]::new));
        }
    }
}
