package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates valid files at random (fixed seed) and checks that the loader only ever returns a valid scenario or
 * throws a {@link ScenarioFileException} with a non-blank one-line message: never another exception, never an
 * "internal error", never a hang. Loaded scenarios must also survive a write/parse round trip.
 */
class ScenarioLoaderFuzzTest {
    private static final long SEED = 20240917L;
    /** Cases always run, however slow the machine: a fixed, reproducible core. */
    private static final int MIN_CASES = 300;
    /** Cases run at most; on an idle machine the time budget allows a few thousand. */
    private static final int MAX_CASES = 6000;
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(4);
    private static final long CASE_TIMEOUT_MS = 5000;
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] )-?[0-9][0-9_.]*");
    private static final Pattern VALUE = Pattern.compile("(?<=: )[^,{}\\[\\]\\n]+");
    private static final Pattern KEY = Pattern.compile("[A-Za-z]+(?=: )");
    private static final String[] NUMBER_REPLACEMENTS = {"-1", "-0.0", "0", "1e309", "-1e309", "1e-320", ".nan",
        ".inf", "-.inf", "NaN", "abc", "\"12\"", "'7'", "99999999999", "2.5", "1_0", "0x10", "~", "", "[1, 2]",
        "{a: 1}", "{triangular: [3, 2, 1]}", "true", "*x", "&x 3", "1e3", "+5", "."};
    private static final String[] VALUE_REPLACEMENTS = {"[]", "{}", "[a, b]", "{x: 1}", "~", "\"\"", "''", "-1",
        ".nan", "yes", "|\n  block", ">", "&a", "*a", "!!binary AAAA", "!!python/object:os.system x", "x: y",
        "- a", "\"unterminated", "'\\u0000'", "\"\\u0000\"", "{<<: {id: z}}", "covered-by-fire", "none",
        "minefield", "[[[[[[[[[[]]]]]]]]]]", "*undefined"};
    private static final String JUNK = ":{}[]&*!|>'\"%@`#-,?<=\t\r\n\u0000\u0001\u0007\u001b\u007f\u0085\u00a0"
            + "\u2028\ufeff\ufffe\ud800\udc00\u00e9\u0142\u4e2d";

    private final ScenarioLoader loader = new ScenarioLoader();
    private final ScenarioWriter writer = new ScenarioWriter();
    private ExecutorService executor;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void mutatedFilesLoadOrFailCleanly(TestReporter report) throws Exception {
        String rich = Files.readString(resource("rich.yaml"));
        String plBarriers = Files.readString(resource("packages/pl-barriers.yaml"));
        String ltExtra = Files.readString(resource("packages/lt-extra.yaml"));
        String example = Files.readString(resource("example.yaml"));
        Path base = resource("rich.yaml").getParent();
        Files.createDirectories(dir.resolve("packages"));
        Path main = dir.resolve("rich.yaml");
        write(main, rich);
        write(dir.resolve("packages/pl-barriers.yaml"), plBarriers);
        write(dir.resolve("packages/lt-extra.yaml"), ltExtra);
        Path bytesFile = dir.resolve("bytes.yaml");
        List<String> seeds = List.of(rich, example, ScenarioLoaderTest.MINI);

        Random rnd = new Random(SEED);
        long start = System.nanoTime();
        int cases = 0;
        int valid = 0;
        while (cases < MAX_CASES && (cases < MIN_CASES || System.nanoTime() - start < BUDGET_NANOS)) {
            int kind = rnd.nextInt(20);
            String input;
            Outcome outcome;
            if (kind == 0) {
                // a mutated package file, loaded through the scenario that names it
                boolean first = rnd.nextBoolean();
                Path pkgFile = dir.resolve(first ? "packages/pl-barriers.yaml" : "packages/lt-extra.yaml");
                String original = first ? plBarriers : ltExtra;
                String pkg = mutate(original, rnd);
                write(pkgFile, pkg);
                input = "package file " + pkgFile.getFileName() + ":\n" + pkg;
                outcome = run(() -> loader.load(main), input, cases);
                write(pkgFile, original);
            } else if (kind == 1) {
                // raw bytes on disk: random bytes spliced in, possibly invalid UTF-8
                byte[] bytes = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd).getBytes(StandardCharsets.UTF_8);
                bytes = spliceBytes(bytes, rnd);
                Files.write(bytesFile, bytes);
                input = "bytes:\n" + new String(bytes, StandardCharsets.ISO_8859_1);
                outcome = run(() -> loader.load(bytesFile), input, cases);
            } else {
                String text = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
                input = text;
                outcome = run(() -> loader.parse(text, "fuzz.yaml", base), input, cases);
            }
            if (outcome.scenario != null) {
                valid++;
                Scenario s = outcome.scenario;
                assertEquals(s, loader.parse(writer.write(s), "rewritten.yaml"), () -> "round trip of\n" + input);
            } else {
                String m = outcome.error.getMessage();
                assertNotNull(m);
                assertFalse(m.isBlank(), input);
                assertFalse(m.contains("\n") || m.contains("\r"), () -> "multi-line message: " + m);
                assertFalse(m.contains("internal error"), () -> m + "\nfor input\n" + input);
                assertTrue(m.startsWith("fuzz.yaml") || m.startsWith(dir.toString())
                        || m.startsWith(base.toString()), m);
            }
            cases++;
        }
        report.publishEntry("cases", cases + " (" + valid + " valid)");
        assertTrue(valid > 0 && valid < cases, "valid " + valid + " of " + cases);
    }

    /** Writes text as UTF-8, a lone surrogate becoming '?'. */
    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The result of one case: a scenario or a file error. */
    private record Outcome(Scenario scenario, ScenarioFileException error) {
    }

    private interface Load {
        Scenario run();
    }

    private Outcome run(Load load, String input, int index) throws InterruptedException {
        Future<Outcome> f = executor.submit(() -> {
            try {
                return new Outcome(load.run(), null);
            } catch (ScenarioFileException e) {
                return new Outcome(null, e);
            }
        });
        try {
            return f.get(CASE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return fail("case " + index + " (seed " + SEED + ") did not finish in " + CASE_TIMEOUT_MS + " ms:\n" + input);
        } catch (ExecutionException e) {
            throw new AssertionError("case " + index + " (seed " + SEED + ") threw " + e.getCause() + " for:\n"
                    + input, e.getCause());
        }
    }

    // ---------------------------------------------------------------- mutations

    static String mutate(String text, Random rnd) {
        String t = text;
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            t = mutateOnce(t, rnd);
        }
        return t;
    }

    private static String mutateOnce(String text, Random rnd) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int li = rnd.nextInt(lines.size());
        switch (rnd.nextInt(14)) {
            case 0 -> lines.remove(li);
            case 1 -> lines.add(li, lines.get(li));
            case 2 -> {
                int lj = rnd.nextInt(lines.size());
                String x = lines.get(li);
                lines.set(li, lines.get(lj));
                lines.set(lj, x);
            }
            case 3, 4 -> {
                return replaceMatch(text, NUMBER, NUMBER_REPLACEMENTS[rnd.nextInt(NUMBER_REPLACEMENTS.length)], rnd);
            }
            case 5 -> {
                String l = lines.get(li);
                int d = rnd.nextInt(4);
                lines.set(li, rnd.nextBoolean() ? " ".repeat(d + 1) + l
                        : rnd.nextInt(5) == 0 ? "\t" + l.stripLeading() : l.substring(Math.min(d + 1, l.length()
                                - l.stripLeading().length())));
            }
            case 6 -> {
                StringBuilder b = new StringBuilder(text);
                int k = 1 + rnd.nextInt(4);
                for (int j = 0; j < k; j++) {
                    b.insert(rnd.nextInt(b.length() + 1), JUNK.charAt(rnd.nextInt(JUNK.length())));
                }
                return b.toString();
            }
            case 7 -> {
                return text.substring(0, rnd.nextInt(text.length() + 1));
            }
            case 8, 9 -> {
                return replaceMatch(text, VALUE, VALUE_REPLACEMENTS[rnd.nextInt(VALUE_REPLACEMENTS.length)], rnd);
            }
            case 10 -> {
                return replaceMatch(text, KEY, rnd.nextBoolean() ? "x" + rnd.nextInt(9) : "name", rnd);
            }
            case 11 -> lines.add(li, switch (rnd.nextInt(5)) {
                case 0 -> "---";
                case 1 -> "<<: *a";
                case 2 -> "anchor: &a {x: 1}";
                case 3 -> "  - " + lines.get(li).strip();
                default -> "...";
            });
            case 12 -> {
                StringBuilder b = new StringBuilder(text);
                if (b.length() > 0) {
                    int at = rnd.nextInt(b.length());
                    b.setCharAt(at, (char) (b.charAt(at) ^ (1 << rnd.nextInt(7))));
                }
                return b.toString();
            }
            default -> {
                // move a line's content under a different parent by re-indenting a block
                int lj = Math.min(lines.size(), li + 1 + rnd.nextInt(5));
                for (int j = li; j < lj; j++) {
                    lines.set(j, "  " + lines.get(j));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String replaceMatch(String text, Pattern p, String with, Random rnd) {
        Matcher m = p.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] s = spans.get(rnd.nextInt(spans.size()));
        return text.substring(0, s[0]) + with + text.substring(s[1]);
    }

    private static byte[] spliceBytes(byte[] bytes, Random rnd) {
        byte[] out = Arrays.copyOf(bytes, bytes.length + 3);
        int at = bytes.length == 0 ? 0 : rnd.nextInt(bytes.length);
        System.arraycopy(bytes, at, out, at + 3, bytes.length - at);
        for (int i = 0; i < 3; i++) {
            out[at + i] = (byte) (rnd.nextBoolean() ? 0x80 + rnd.nextInt(128) : rnd.nextInt(256));
        }
        return out;
    }

    @Test
    void mutatorIsDeterministic() throws IOException {
        String rich = Files.readString(resource("rich.yaml"));
        assertEquals(mutate(rich, new Random(1)), mutate(rich, new Random(1)));
    }
}
