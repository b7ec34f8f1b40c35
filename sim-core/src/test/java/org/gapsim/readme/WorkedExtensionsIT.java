package org.gapsim.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's worked extension examples (sim-core/src/it/examples: the obstacle kind {@code wire} and the measure
 * {@code wire-held}), compiled with {@link JavaCompiler} against the PACKAGED sim-core jar and its runtime
 * libraries only (never target/classes), and run in a JVM of their own on the class path with their
 * {@code META-INF/services}: a scenario file with {@code type: wire} loads, runs 40 replications on 2 threads, the
 * wire delays the column (the deeper the belt, the longer), and the measure's fields appear in replications.csv and
 * summary.csv. Run by failsafe at {@code integration-test} (after {@code package}): {@code mvn verify}.
 */
class WorkedExtensionsIT {
    private static final int REPLICATIONS = 40;

    @TempDir
    Path dir;

    @Test
    void theWireKindAndItsMeasureCompileAndRunAgainstThePackagedJar() throws Exception {
        Path jar = Path.of(System.getProperty("gapsim.jar"));
        assertTrue(Files.isRegularFile(jar), "packaged sim-core jar " + jar);
        List<String> cp = new ArrayList<>();
        cp.add(jar.toString());
        String deps = Files.readString(Path.of(System.getProperty("gapsim.runtimeClasspath")),
                StandardCharsets.UTF_8).trim();
        for (String d : deps.split(File.pathSeparator)) {
            assertFalse(d.contains("target" + File.separator + "classes"), d);
            cp.add(d);
        }
        Path examples = Path.of(System.getProperty("gapsim.examples"));
        Path classes = compile(examples.resolve("java"), String.join(File.pathSeparator, cp));
        copyTree(examples.resolve("resources"), classes);

        String yaml = Files.readString(examples.resolve("scenarios/wire-gap.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("depthM: 20"));
        Path shallow = dir.resolve("wire-20.yaml");
        Path deep = dir.resolve("wire-80.yaml");
        Files.writeString(shallow, yaml, StandardCharsets.UTF_8);
        Files.writeString(deep, yaml.replace("depthM: 20", "depthM: 80"), StandardCharsets.UTF_8);
        cp.add(0, classes.toString());
        String runCp = String.join(File.pathSeparator, cp);
        Path out20 = run(runCp, shallow, dir.resolve("out-20"));
        Path out80 = run(runCp, deep, dir.resolve("out-80"));

        // replications.csv: one measure field per value, the wire package's rows observed, the baseline's NaN
        List<List<String>> rows = csv(out20.resolve("replications.csv"));
        List<String> h = rows.get(0);
        int held = h.indexOf("measure_wire_held_h");
        int passages = h.indexOf("measure_wire_passages");
        int pkg = h.indexOf("package");
        assertTrue(held > 0 && passages > 0, h.toString());
        int wireRows = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.get(pkg).equals("wire")) {
                wireRows++;
                assertTrue(Double.parseDouble(r.get(held)) > 0, "held at the wire: " + r);
                assertEquals(1.0, Double.parseDouble(r.get(passages)), "one column, one wire: " + r);
            } else {
                assertEquals("NaN", r.get(held), "no wire in the baseline: " + r);
            }
        }
        assertEquals(REPLICATIONS, wireRows);

        // summary.csv: the measure summarised; the deeper belt holds the column longer (doctrinal direction)
        double mean20 = summary(out20, "measure_wire_held_h_mean");
        double mean80 = summary(out80, "measure_wire_held_h_mean");
        assertEquals(REPLICATIONS, summary(out20, "measure_wire_held_h_n"));
        assertTrue(mean20 > 0, "wire delays the column: " + mean20 + " h");
        assertTrue(mean80 > mean20 + 0.5, "80 m of wire holds longer than 20 m: " + mean80 + " h vs " + mean20);
        assertTrue(summary(out80, "slowdown_restricted_mean_h") > summary(out20, "slowdown_restricted_mean_h"));
    }

    private Path compile(Path src, String classPath) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<File> sources;
        try (Stream<Path> s = Files.walk(src)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        assertFalse(sources.isEmpty());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringBuilder diagnostics = new StringBuilder();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(new java.io.PrintWriter(new java.io.StringWriter() {
                @Override
                public void write(String str) {
                    diagnostics.append(str);
                }
            }), fm, d -> diagnostics.append(d).append('\n'),
                    List.of("--release", "17", "-Xlint:all", "-Werror", "-classpath", classPath, "-d",
                            classes.toString()),
                    null, fm.getJavaFileObjectsFromFiles(sources)).call();
            assertTrue(ok, "the examples compile against the packaged jar:\n" + diagnostics);
        }
        return classes;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                Files.createDirectories(t.getParent());
                Files.copy(p, t);
            }
        }
    }

    private static Path run(String classPath, Path scenario, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Process p = new ProcessBuilder(java, "-cp", classPath, "org.gapsim.examples.wire.WireStudy",
                scenario.toString(), out.toString(), String.valueOf(REPLICATIONS), "2")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "WireStudy finished");
        assertEquals(0, p.exitValue(), () -> "WireStudy failed:\n" + read(log));
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static double summary(Path out, String field) throws IOException {
        List<List<String>> rows = csv(out.resolve("summary.csv"));
        int k = rows.get(0).indexOf(field);
        int pkg = rows.get(0).indexOf("package");
        assertTrue(k >= 0, field + " in " + rows.get(0));
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.get(pkg).equals("wire")) {
                return Double.parseDouble(r.get(k));
            }
        }
        throw new AssertionError("no wire row in summary.csv");
    }

    /** Reads a CSV file (RFC 4180 quoting, no line breaks inside fields). */
    private static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> f = new ArrayList<>();
            StringBuilder b = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        b.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        b.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    f.add(b.toString());
                    b.setLength(0);
                } else {
                    b.append(c);
                }
            }
            f.add(b.toString());
            rows.add(f);
        }
        return rows;
    }
}
