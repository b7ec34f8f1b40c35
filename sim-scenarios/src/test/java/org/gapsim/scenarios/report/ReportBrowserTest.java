package org.gapsim.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.report.HtmlReport;
import org.gapsim.report.Study;
import org.gapsim.report.map.Replay;
import org.gapsim.report.map.ReplayPage;
import org.gapsim.scenarios.SuwalkiGap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a small study opened in a real browser: Debian's headless Chromium takes a screenshot (it must be
 * a non-blank PNG) and dumps the DOM after rendering (the map and every chart SVG must be in it), with console
 * logging on (no JavaScript console error may appear). Where no {@code chromium} binary is on the PATH the test is
 * skipped with an assumption naming it, except under CI ({@code CI} set), where {@code .ci/run} installs it and
 * its absence is a failure.
 */
@Tag("browser")
class ReportBrowserTest {
    @TempDir
    static Path dir;
    private static Path report;
    private static String html;

    @BeforeAll
    static void writeTheReportOfASmallStudy() throws IOException {
        Experiment e = Experiment.builder(SuwalkiGap.scenario()).replications(20).threads(2).build();
        ExperimentResult r = new Study(e, dir.resolve("study")).run();
        assertEquals(20, r.replications());
        report = dir.resolve("study").resolve(HtmlReport.FILE);
        html = Files.readString(report, StandardCharsets.UTF_8);
    }

    @Test
    void theReportIsOneSelfContainedFile() throws IOException {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no external style sheet");
        assertFalse(html.contains("<img"), "no external image");
        assertFalse(html.contains("@import") || html.contains("url(http") || html.contains("src="), "no fetch");
        Matcher m = Pattern.compile("https?://[^\"' <]+").matcher(html);
        while (m.find()) {
            assertEquals("http://www.w3.org/2000/svg", m.group(), "the only URL is the SVG namespace");
        }
        for (String id : List.of("gapsim-map", "chart-slowdown", "chart-cost", "chart-preached", "chart-closure")) {
            assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id + "\""), id);
        }
        for (String text : List.of("doctrine.nightWorkFactor", "ASSUMPTION", "full+east-shield",
                "P(reached)", "scenario_sha256", "Kaplan-Meier")) {
            assertTrue(html.contains(text), text);
        }
        String prov = Files.readString(dir.resolve("study").resolve(Study.PROVENANCE));
        assertTrue(prov.contains("\"" + HtmlReport.FILE + "\""), "provenance covers the report");
    }

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        if (System.getenv("CI") != null) {
            fail("CI: no 'chromium' binary on the PATH (.ci/run installs Debian's chromium package)");
        }
        Assumptions.assumeTrue(false, "no 'chromium' binary on the PATH (apt-get install chromium): "
                + "browser test skipped");
        return null;
    }

    private static String run(List<String> cmd, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
        pb.environment().put("HOME", dir.toString());   // a profile of its own, never the user's
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s: " + cmd);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static List<String> base(String chromium, String profile) {
        return new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + dir.resolve(profile),
                "--enable-logging=stderr", "--v=0"));
    }

    /**
     * @param log chromium's stderr with {@code --enable-logging=stderr --v=0}
     * @return its console lines (Chromium logs every console message and uncaught error as {@code :CONSOLE(n)]})
     */
    static List<String> consoleMessages(String log) {
        List<String> out = new ArrayList<>();
        for (String line : log.split("\\R")) {
            if (line.contains(":CONSOLE")) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void chromiumRendersTheAnimatedReplayPage() throws Exception {
        String chromium = chromium();
        Path page = dir.resolve("replay.html");
        Files.writeString(page, ReplayPage.html(Replay.run(SuwalkiGap.scenario(), SuwalkiGap.FULL, 1, 17)));
        List<String> cmd = base(chromium, "profile-replay");
        cmd.addAll(List.of("--virtual-time-budget=5000", "--dump-dom", page.toUri().toString()));
        Path log = dir.resolve("replay.log");
        String dom = run(cmd, log);
        for (String id : List.of("gapsim-replay-map", "moving-heads", "gapsim-timeline", "time-cursor", "events")) {
            assertTrue(dom.contains("id=\"" + id + "\""), id + " in the rendered DOM");
        }
        assertTrue(consoleMessages(Files.readString(log)).isEmpty(), Files.readString(log));
    }

    @Test
    void theConsoleCheckCatchesAPageWithAnError() throws Exception {
        String chromium = chromium();
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><body><script>console.error('boom'); notDefined();</script>"
                + "</body></html>");
        List<String> cmd = base(chromium, "profile-bad");
        cmd.addAll(List.of("--dump-dom", bad.toUri().toString()));
        Path log = dir.resolve("bad.log");
        run(cmd, log);
        List<String> console = consoleMessages(Files.readString(log));
        assertTrue(console.stream().anyMatch(l -> l.contains("boom")), console.toString());
        assertTrue(console.stream().anyMatch(l -> l.contains("Uncaught ReferenceError")), console.toString());
    }

    @Test
    void chromiumRendersTheMapAndEveryChartWithoutConsoleErrors() throws Exception {
        String chromium = chromium();
        String url = report.toUri().toString();

        Path png = dir.resolve("report.png");
        List<String> shot = base(chromium, "profile-shot");
        shot.addAll(List.of("--hide-scrollbars", "--window-size=1300,3000", "--screenshot=" + png, url));
        Path shotLog = dir.resolve("shot.log");
        run(shot, shotLog);
        assertTrue(Files.isRegularFile(png) && Files.size(png) > 10_000, "screenshot written: "
                + Files.readString(shotLog));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1300, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.size() > 50, "not blank: " + colours.size() + " colours sampled");

        List<String> dump = base(chromium, "profile-dom");
        dump.addAll(List.of("--dump-dom", url));
        Path domLog = dir.resolve("dom.log");
        String dom = run(dump, domLog);
        for (String id : List.of("gapsim-map", "chart-slowdown", "chart-cost", "chart-preached", "chart-closure")) {
            assertTrue(dom.contains("id=\"" + id + "\""), id + " in the rendered DOM");
        }
        assertTrue(dom.contains("class=\"country\"") && dom.contains("data-obstacle=\"bridge-sesupe-a5\""),
                "map drawn");
        assertTrue(dom.contains("class=\"mean\""), "means drawn");
        List<String> console = consoleMessages(Files.readString(shotLog) + "\n" + Files.readString(domLog));
        assertTrue(console.isEmpty(), "console messages (the report has no script, so any is an error): "
                + console);
    }
}
