package org.gapsim.scenarios.cli;

import static org.gapsim.scenarios.cli.Cli.gapsim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.gapsim.experiment.Provenance;
import org.gapsim.experiment.sweep.SweepReport;
import org.gapsim.experiment.sweep.SweepRunner;
import org.gapsim.report.internal.CsvReplicationLog;
import org.gapsim.report.OutputLock;
import org.gapsim.report.Study;
import org.gapsim.scenarios.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provenance, resume identity and runs that cannot corrupt each other, through the command line (in-process,
 * stdout and stderr captured): each defect of issue 10 item 1 and 7 that exits with the wrong code or loses work.
 */
class RunIntegrityCliTest {
    @TempDir
    Path dir;

    private static void assertBadInput(Result r, String named) {
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.errLines().size(), "one line on stderr, was:\n" + r.err());
        assertTrue(r.err().contains(named), "names " + named + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    /** {@code gapsim show > file}, with one doctrine value edited. */
    private Path editedScenario(String fileName) throws IOException {
        Result show = gapsim("show");
        assertEquals(GapsimCli.EXIT_OK, show.code(), show.err());
        String recon = "\n  reconDetectionProbability: 0.6";
        assertTrue(show.out().contains(recon), "show spells out the doctrine");
        Path file = dir.resolve(fileName);
        Files.writeString(file, show.out().replace(recon, "\n  reconDetectionProbability: 0.3"));
        return file;
    }

    /**
     * Defect (issue 10, item 1): an edited copy of the built-in study kept its name, wrote to results/suwalki-gap
     * and "--resume" mixed it into the built-in study's replications, exit 0.
     */
    @Test
    void anEditedFileGetsItsOwnFolderAndCannotResumeTheBuiltInStudy() throws IOException {
        Path builtIn = dir.resolve("results/suwalki-gap");
        Result first = gapsim("run", "-n", "3", "--packages", "ditches", "--out", builtIn.toString(), "-q");
        assertEquals(GapsimCli.EXIT_OK, first.code(), first.err());
        byte[] before = Files.readAllBytes(builtIn.resolve(Study.REPLICATIONS));

        Path mine = editedScenario("my-gap.yaml");
        Result mixed = gapsim("run", mine.toString(), "-n", "6", "--packages", "ditches", "--out",
                builtIn.toString(), "-q", "--resume");
        assertBadInput(mixed, "--out");
        assertTrue(mixed.err().contains("differ in doctrine"), mixed.err());
        assertArrayEquals(before, Files.readAllBytes(builtIn.resolve(Study.REPLICATIONS)), "nothing mixed in");

        assertEquals(Path.of("results", "my-gap"), RunCommand.outputDirectory(mine.toString(),
                ScenarioArgument.load(mine.toString()), null, ""));
        assertEquals(Path.of("results", "suwalki-gap"), RunCommand.outputDirectory(null,
                ScenarioArgument.load(null), null, ""));
        assertEquals(Path.of("results", "my-gap-sweep"), RunCommand.outputDirectory(mine.toString(),
                ScenarioArgument.load(mine.toString()), null, "-sweep"));
    }

    /** The default folder of a scenario file, through the command line (in the working directory, cleaned up). */
    @Test
    void runningAFileWithoutOutWritesToResultsNamedAfterTheFile() throws IOException {
        String stem = "gapsim-test-" + UUID.randomUUID();
        Path mine = editedScenario(stem + ".yaml");
        Path expected = Path.of("results", stem);
        try {
            Result r = gapsim("run", mine.toString(), "-n", "2", "--packages", "ditches", "-q");
            assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
            assertTrue(Files.isRegularFile(expected.resolve(Study.SUMMARY_CSV)));
            assertTrue(Files.readString(expected.resolve(Study.PROVENANCE)).contains("\"command_line\" : \"gapsim run "
                    + mine + " -n 2 --packages ditches -q\""));
        } finally {
            deleteTree(expected);
            try (Stream<Path> s = Files.list(Path.of("results"))) {
                if (s.findAny().isEmpty()) {
                    Files.delete(Path.of("results"));
                }
            } catch (IOException ignored) {
                // another test's folder is there
            }
        }
    }

    @Test
    void aResumeOfAnotherSeedOrPackageListIsRefusedNamingIt() {
        String out = dir.toString();
        assertEquals(GapsimCli.EXIT_OK, gapsim("run", "-n", "2", "--packages", "ditches", "--out", out, "-q").code());
        Result seed = gapsim("run", "-n", "4", "--packages", "ditches", "--seed", "2", "--out", out, "-q", "--resume");
        assertBadInput(seed, "it used seed 1, this run uses seed 2");
        Result pk = gapsim("run", "-n", "4", "--packages", "trees", "--out", out, "-q", "--resume");
        assertBadInput(pk, "it compares packages [ditches], this run compares [trees]");
        Result threads = gapsim("run", "-n", "4", "--packages", "ditches", "--threads", "3", "--out", out, "-q",
                "--resume");
        assertEquals(GapsimCli.EXIT_OK, threads.code(), "resumes across thread counts: " + threads.err());
    }

    /** Defect: "--resume --replications 1000" on a finished 3,000-replication run cut the CSV to 1,000. */
    @Test
    void aResumeWithFewerReplicationsIsRefusedAndDeletesNothing() throws IOException {
        String out = dir.toString();
        assertEquals(GapsimCli.EXIT_OK, gapsim("run", "-n", "6", "--packages", "ditches", "--out", out, "-q").code());
        byte[] before = Files.readAllBytes(dir.resolve(Study.REPLICATIONS));
        Result r = gapsim("run", "-n", "3", "--packages", "ditches", "--out", out, "-q", "--resume");
        assertBadInput(r, "--replications");
        assertTrue(r.err().contains("holds 6 replications"), r.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(Study.REPLICATIONS)));
    }

    /**
     * Defect (found verifying issue 10): a refused resume (another seed, fewer replications, another sweep range)
     * deleted the finished run's provenance.json before refusing, exit 2: the folder's outputs lost their
     * provenance, and a finished sweep then read as "an interrupted sweep" that only --resume could touch.
     */
    @Test
    void aRefusedResumeLeavesTheFinishedFolderAsItWas() throws IOException {
        Path run = dir.resolve("run");
        assertEquals(GapsimCli.EXIT_OK, gapsim("run", "-n", "4", "--packages", "ditches", "--out", run.toString(),
                "-q").code());
        byte[] provenance = Files.readAllBytes(run.resolve(Study.PROVENANCE));
        assertBadInput(gapsim("run", "-n", "4", "--packages", "ditches", "--seed", "2", "--out", run.toString(), "-q",
                "--resume"), "seed");
        assertBadInput(gapsim("run", "-n", "2", "--packages", "ditches", "--out", run.toString(), "-q",
                "--resume"), "--replications");
        assertArrayEquals(provenance, Files.readAllBytes(run.resolve(Study.PROVENANCE)));

        Path sw = dir.resolve("sweep");
        String[] sweep = {"sweep", "-f", "doctrine.nightWorkFactor=1:3", "--points", "2", "-n", "2",
            "--packages", "ditches", "--out", sw.toString(), "-q"};
        assertEquals(GapsimCli.EXIT_OK, gapsim(sweep).code());
        byte[] sweepProvenance = Files.readAllBytes(sw.resolve(Study.PROVENANCE));
        String[] other = sweep.clone();
        other[2] = "doctrine.nightWorkFactor=1:4";
        String[] otherResume = Arrays.copyOf(other, other.length + 1);
        otherResume[other.length] = "--resume";
        assertBadInput(gapsim(otherResume), "--out");
        assertArrayEquals(sweepProvenance, Files.readAllBytes(sw.resolve(Study.PROVENANCE)));
        Result again = gapsim(sweep);
        assertEquals(GapsimCli.EXIT_OK, again.code(), "the finished sweep is still a finished one: " + again.err());
    }

    /** Defect: a checkpoint value edited but still parseable was accepted. */
    @Test
    void anEditedCheckpointIsRefused() throws IOException {
        String out = dir.toString();
        assertEquals(GapsimCli.EXIT_OK, gapsim("run", "-n", "3", "--packages", "ditches", "--out", out, "-q").code());
        Path csv = dir.resolve(Study.REPLICATIONS);
        List<String> lines = Files.readAllLines(csv);
        String[] f = lines.get(2).split(",", -1);
        int closure = Arrays.asList(lines.get(0).split(",")).indexOf("closure_h");
        f[closure] = f[closure].substring(0, f[closure].length() - 1)
                + (f[closure].endsWith("1") ? "2" : "1");   // same length, still a number
        lines.set(2, String.join(",", f));
        Files.write(csv, lines);
        Result r = gapsim("run", "-n", "5", "--packages", "ditches", "--out", out, "-q", "--resume");
        assertBadInput(r, "does not match its checksum record");
    }

    @Test
    void aCheckpointOfAnOlderVersionWithoutChecksumIsCleanlyRefused() throws IOException {
        Files.writeString(dir.resolve(Study.REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX),
                "scenario,master_seed,replication,package\nsuwalki-gap,1,0,none\n");
        Result r = gapsim("run", "-n", "3", "--out", dir.toString(), "-q", "--resume");
        assertBadInput(r, "has no checksum record");
    }

    /** Defect: nothing locked the output folder; a second run there mixed its files with the first's. */
    @Test
    void aSecondRunInAHeldFolderIsRefusedNamingTheHolder() throws IOException {
        Files.createDirectories(dir);
        try (OutputLock lock = OutputLock.acquire(dir)) {
            Result r = gapsim("run", "-n", "2", "--packages", "ditches", "--out", dir.toString(), "-q");
            assertBadInput(r, "in use by another gapsim run (pid " + ProcessHandle.current().pid());
            assertFalse(Files.exists(dir.resolve(Study.REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX)));
        }
    }

    /** Defects: output-folder I/O problems exited 1 as "internal error"; --out '' wrote into the current folder. */
    @Test
    void outputFolderProblemsExitTwoNamingOut() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertBadInput(gapsim("run", "-n", "2", "--out", file.resolve("under").toString(), "-q"), "--out");
        assertBadInput(gapsim("run", "-n", "2", "--out", dir.resolve("x".repeat(300)).toString(), "-q"), "--out");
        assertBadInput(gapsim("run", "-n", "2", "--out", "", "-q"), "--out");
        assertBadInput(gapsim("sweep", "-f", "doctrine.nightWorkFactor=1:2", "-n", "2", "--out", "", "-q"),
                "--out");
        Files.createDirectories(dir.resolve("d").resolve(Study.REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX)
                .resolve("x"));
        Result partialDir = gapsim("run", "-n", "2", "--out", dir.resolve("d").toString(), "-q", "--resume");
        assertBadInput(partialDir, "--out");
    }

    /** Defects: --threads 2147483647 died of OutOfMemoryError; --packages , and none ran the baseline alone. */
    @Test
    void boundedThreadsAndPackageListsThatNameNoPackage() {
        Path out = dir.resolve("out");
        assertBadInput(gapsim("run", "--threads", "2147483647", "--out", out.toString()), "--threads");
        assertBadInput(gapsim("run", "--threads", "1025", "--out", out.toString()), "--threads");
        assertBadInput(gapsim("run", "--packages", ",", "--out", out.toString()), "--packages");
        assertBadInput(gapsim("run", "--packages", "none", "--out", out.toString()), "--packages");
        assertFalse(Files.exists(out));
    }

    /** Defects: "run --version" printed nothing; "gapsim nosuch --help" printed the top-level help, exit 0. */
    @Test
    void versionOfACommandAndHelpOfAnUnknownOne() {
        Result v = gapsim("run", "--version");
        assertEquals(GapsimCli.EXIT_OK, v.code(), v.err());
        assertTrue(v.out().startsWith("gapsim " + Provenance.version() + "\n"), v.out());
        assertFalse(Provenance.version().equals("unknown"));
        Result nosuch = gapsim("nosuch", "--help");
        assertBadInput(nosuch, "nosuch");
        assertEquals("", nosuch.out());
        Result extra = gapsim("run", "a.yaml", "b.yaml", "--help");
        assertBadInput(extra, "b.yaml");
    }

    /** Boolean columns read as logical in R: TRUE/FALSE. */
    @Test
    void booleanColumnsAreTrueOrFalseInCapitals() throws IOException {
        assertEquals(GapsimCli.EXIT_OK, gapsim("run", "-n", "2", "--packages", "ditches", "--out", dir.toString(),
                "-q").code());
        List<String> lines = Files.readAllLines(dir.resolve(Study.REPLICATIONS));
        int reached = Arrays.asList(lines.get(0).split(",")).indexOf("reached");
        for (String l : lines.subList(1, lines.size())) {
            String v = l.split(",")[reached];
            assertTrue(v.equals("TRUE") || v.equals("FALSE"), l);
        }
    }

    /** Defect: an interrupted sweep kept nothing. Its finished points are kept and --resume continues. */
    @Test
    void anInterruptedSweepResumesFromItsFinishedPoints() throws IOException {
        String[] sweep = {"sweep", "-f", "doctrine.nightWorkFactor=1:3", "--points", "3", "-n", "3",
            "--packages", "ditches", "--out", dir.toString(), "-q"};
        Result first = gapsim(sweep);
        assertEquals(GapsimCli.EXIT_OK, first.code(), first.err());
        byte[] design = Files.readAllBytes(dir.resolve(SweepReport.DESIGN_CSV));
        assertTrue(Files.readString(dir.resolve(Study.PROVENANCE)).contains("\"sweep_factors\""));
        // as a sweep interrupted in its last point leaves it: no summaries, no provenance, point 2 unfinished
        for (String f : List.of(SweepReport.DESIGN_CSV, SweepReport.SENSITIVITY_CSV, SweepReport.SENSITIVITY_TXT,
                Study.PROVENANCE)) {
            Files.delete(dir.resolve(f));
        }
        deleteTree(SweepRunner.pointDirectory(dir, 2));
        Result fresh = gapsim(sweep);
        assertBadInput(fresh, "--resume");
        String[] resume = Arrays.copyOf(sweep, sweep.length + 1);
        resume[sweep.length] = "--resume";
        Result resumed = gapsim(resume);
        assertEquals(GapsimCli.EXIT_OK, resumed.code(), resumed.err());
        assertArrayEquals(design, Files.readAllBytes(dir.resolve(SweepReport.DESIGN_CSV)));
        assertEquals(first.out(), resumed.out());
    }

    /**
     * Defect: packageFiles read any path ({@code ../../etc/passwd}, {@code /etc/shadow}) and the error quoted the
     * file's first line.
     */
    @Test
    void packageFilesAreReadOnlyFromTheScenarioFolderAndNeverQuoted() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:secret-line\n");
        Path folder = Files.createDirectories(dir.resolve("study"));
        String show = gapsim("show").out();
        for (String ref : List.of("../secret.txt", secret.toString())) {
            Path scn = folder.resolve("scn.yaml");
            Files.writeString(scn, show + "\npackageFiles: ['" + ref + "']\n");
            Result r = gapsim("validate", scn.toString());
            assertBadInput(r, "lies outside the scenario's folder");
            assertFalse(r.err().contains("secret-line"), r.err());
            Result allowed = gapsim("validate", scn.toString(), "--package-dir", dir.toString());
            assertBadInput(allowed, "found a plain value");
            assertFalse(allowed.err().contains("secret-line"), allowed.err());
        }
        Files.createDirectories(folder.resolve("pk"));
        Files.writeString(folder.resolve("pk/extra.yaml"), "- name: extra\n  countries: [LT]\n");
        Path ok = folder.resolve("ok.yaml");
        Files.writeString(ok, show + "\npackageFiles: [pk/extra.yaml]\n");
        Result valid = gapsim("validate", ok.toString());
        assertEquals(GapsimCli.EXIT_OK, valid.code(), valid.err());
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
