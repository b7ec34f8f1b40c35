package org.gapsim.scenarios.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentFailedException;
import org.gapsim.experiment.Provenance;
import org.gapsim.report.OutputException;
import org.gapsim.scenario.ScenarioException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code gapsim} command line: {@code run} a study (the built-in Suwalki Gap study by default), {@code validate}
 * a scenario file, {@code list} the built-in scenarios and packages, {@code trace} one replication event by event,
 * {@code show} a built-in scenario's YAML, {@code sweep} the model's assumptions (data farming).
 *
 * <p>Exit codes: {@value #EXIT_OK} done; {@value #EXIT_BAD_INPUT} bad input (one line on stderr naming the file,
 * field, option or argument and the reason; nothing written), also for an output directory that cannot be used
 * (named with {@code --out}: another run holds it, a file cannot be written, the disk is full);
 * {@value #EXIT_INTERNAL} internal error (one line on stderr); {@value #EXIT_INTERRUPTED} interrupted by Ctrl-C (143
 * for SIGTERM; the JVM reports 128 + the signal): the replications done are kept, and the same command with
 * {@code --resume} continues. Results go to stdout, progress and messages to stderr.
 *
 * <p>Embedding: {@link #execute(PrintWriter, PrintWriter, String...)} runs a command line in-process and returns its
 * exit code without exiting the JVM.
 */
@Command(name = "gapsim", mixinStandardHelpOptions = true, versionProvider = GapsimCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Simulates armoured columns crossing the Suwalki Gap against fortification packages, and "
                + "reports how much each package slows the force (paired with common random numbers)."},
        subcommands = {RunCommand.class, ValidateCommand.class, ListCommand.class, TraceCommand.class,
                MapCommand.class, ReplayCommand.class,
                ShowCommand.class, SweepCommand.class, ValidateHistoryCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Quick start:",
                "  gapsim run                      the Suwalki Gap study, 1,000 replications",
                "  gapsim list                     built-in scenarios, packages and costs",
                "  gapsim trace --package full     one replication, event by event",
                "Exit codes: 0 done, 1 internal error, 2 bad input, 130 (143) interrupted by",
                "Ctrl-C (SIGTERM): run the same command with --resume to continue."})
public final class GapsimCli implements java.util.concurrent.Callable<Integer> {
    /** Exit code: done. */
    public static final int EXIT_OK = 0;
    /** Exit code: internal error. */
    public static final int EXIT_INTERNAL = 1;
    /** Exit code: bad input (file, field, option or argument). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code: interrupted by Ctrl-C (128 + SIGINT); the replications done are kept, {@code --resume} continues. */
    public static final int EXIT_INTERRUPTED = 130;

    private static final Logger LOG = LoggerFactory.getLogger(GapsimCli.class);

    /** Cancels the study in progress (set by {@code run} while it runs); used by the Ctrl-C hook. */
    private final AtomicReference<Runnable> cancelRunning = new AtomicReference<>();
    /** Whether this command is the process {@link #main} started (not one embedded by {@link #execute}). */
    private boolean processEntry;

    @Spec
    private CommandSpec spec;

    /** Creates the command (one per command line). */
    public GapsimCli() {
    }

    /**
     * Entry point of {@code java -jar gapsim.jar}. Ctrl-C stops a running study after the replications in flight,
     * keeping them for {@code --resume}.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        GapsimCli app = new GapsimCli();
        app.processEntry = true;
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            Runnable cancel = app.cancelRunning.get();
            if (cancel != null) {
                cancel.run();
                try {
                    finished.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "gapsim-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        Charset cs = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true);
        int code = app.commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return; // Ctrl-C: the JVM is already exiting; the hook has let it go
        }
        System.exit(code);
    }

    /**
     * Runs a command line in-process.
     *
     * @param out  where results go (stdout)
     * @param err  where messages go (stderr)
     * @param args the command line
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        int code = new GapsimCli().commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * @param out where results go
     * @param err where messages go
     * @return the configured picocli command line of this command
     */
    public CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(this);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(GapsimCli::onParameterError);
        cl.setExecutionExceptionHandler(GapsimCli::onExecutionError);
        cl.setExecutionStrategy(GapsimCli::executeMatched);
        return cl;
    }

    /** No subcommand: usage on stderr, bad input. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("gapsim: a command is required: run, validate, list, trace, map, replay, show, sweep or validate-history (see 'gapsim --help')");
        return EXIT_BAD_INPUT;
    }

    /** @return whether this command is the process {@link #main} started (see {@link JitPolicy}) */
    boolean processEntry() {
        return processEntry;
    }

    /** Registers the action that cancels the study now running ({@code null} when none runs). */
    void setCancelRunning(Runnable cancel) {
        cancelRunning.set(cancel);
    }

    /**
     * Refuses a command line with an unknown command or argument even when {@code --help} or {@code --version} is
     * on it (picocli would print the help and exit 0), then runs the last command named.
     */
    private static int executeMatched(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (!r.unmatched().isEmpty()) {
                String name = r.commandSpec().qualifiedName();
                r.commandSpec().commandLine().getErr().println(oneLine(name + ": unknown command or argument '"
                        + r.unmatched().get(0) + "' (see '" + name + " --help')"));
                return EXIT_BAD_INPUT;
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private static int onParameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println(oneLine(name + ": " + e.getMessage() + " (see '" + name + " --help')"));
        return EXIT_BAD_INPUT;
    }

    private static int onExecutionError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        if (e instanceof BadInputException || e instanceof ScenarioException) {
            err.println(oneLine(name + ": " + e.getMessage()));
            return EXIT_BAD_INPUT;
        }
        if (e instanceof OutputException o) {
            err.println(oneLine(name + ": --out: " + o.getMessage()));
            return EXIT_BAD_INPUT;
        }
        if (e instanceof ExperimentConfigException c) {
            err.println(oneLine(name + ": " + optionName(c.field()) + ": " + reason(c)));
            return EXIT_BAD_INPUT;
        }
        LOG.debug("internal error", e);
        String what = e instanceof ExperimentFailedException || e instanceof UncheckedIOException
                ? e.getMessage() : e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        err.println(oneLine(name + ": internal error: " + what));
        return EXIT_INTERNAL;
    }

    /** Maps an experiment setting to the option that sets it. */
    static String optionName(String field) {
        if (field == null) {
            return "experiment";
        }
        if (field.startsWith("packages")) {
            return "--packages";
        }
        return switch (field) {
            case "replications", "maxReplications" -> "--replications";
            case "targetPrecision" -> "--precision";
            case "threads" -> "--threads";
            case "outputDirectory", "checkpoint" -> "--out";
            default -> field;
        };
    }

    private static String reason(ExperimentConfigException e) {
        String m = e.getMessage();
        String prefix = e.field() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    /** @return the text with every run of line breaks and tabs turned into one space */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+\\s*", " ").strip();
    }

    /** {@code --version} (of gapsim and of every command): the version Maven filtered into sim-core. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"gapsim " + Provenance.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
