package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.MINI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import umontreal.ssj.util.Num;

/**
 * Every SSJ continuous distribution by name ({@code {ssj: NAME, params: [...]}}) and empirical distributions
 * (inline or from a CSV file next to the scenario): each sampled by inversion with the analytic mean, refused with
 * a one-line error naming the field when the name or the parameters are wrong, and written back by the writer.
 */
class DistributionCatalogueTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    /** The mean by inversion: the integral of F^-1(u) over (0, 1), midpoint rule on {@code n} points. */
    private static double meanByInversion(Distribution d, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += d.inverse((i + 0.5) / n);
        }
        return s / n;
    }

    private Distribution read(String yaml) {
        Scenario s = loader.parse(MINI + "doctrine: {decisionDelayMin: " + yaml + "}\n", "mini.yaml");
        return s.doctrine().decisionDelayMin();
    }

    @Test
    void ssjDistributionsHaveTheirAnalyticMeans() {
        // Gamma(alpha 2, rate 0.5): mean alpha / lambda = 4
        Distribution gamma = read("{ssj: GammaDist, params: [2.0, 0.5]}");
        assertEquals(4.0, gamma.mean(), 1e-12);
        assertEquals(4.0, meanByInversion(gamma, 200_000), 2e-3);
        // Weibull(alpha 2, lambda 0.1, delta 0): mean Gamma(1 + 1/alpha) / lambda = Gamma(1.5) * 10
        Distribution weibull = read("{ssj: WeibullDist, params: [2, 0.1, 0]}");
        double weibullMean = Math.exp(Num.lnGamma(1.5)) * 10;
        assertEquals(weibullMean, weibull.mean(), 1e-9);
        assertEquals(weibullMean, meanByInversion(weibull, 200_000), 2e-3);
        // Erlang(k 3, rate 0.5), an int parameter: mean k / lambda = 6
        Distribution erlang = read("{ssj: ErlangDist, params: [3, 0.5]}");
        assertEquals(6.0, meanByInversion(erlang, 200_000), 3e-3);
        // Beta(2, 3) on [0, 1]: mean 2 / 5
        assertEquals(0.4, meanByInversion(read("{ssj: BetaDist, params: [2, 3]}"), 100_000), 1e-6);
        // Lognormal(mu 1, sigma 0.5) of SSJ: mean exp(mu + sigma^2 / 2)
        assertEquals(Math.exp(1.125), meanByInversion(read("{ssj: LognormalDist, params: [1, 0.5]}"), 200_000),
                2e-3);
    }

    @Test
    void empiricalInlineAndFromCsvHaveTheSampleMean(@TempDir Path dir) throws IOException {
        Distribution inline = read("{empirical: [10, 1, 3, 2]}");
        assertInstanceOf(Distribution.Empirical.class, inline);
        assertEquals(4.0, inline.mean(), 0.0);
        assertEquals(4.0, meanByInversion(inline, 1000), 1e-12, "each value has probability 1/n");
        assertEquals(1.0, inline.inverse(0.0), 0.0);
        assertEquals(10.0, inline.inverse(0.999), 0.0);
        Files.writeString(dir.resolve("delays.csv"), "site,delay_min\na,12\nb,18\nc,30\n");
        Files.writeString(dir.resolve("one.csv"), "minutes\n5\n7\n");
        Scenario s = loader.parse(MINI + "doctrine: {decisionDelayMin: {empirical: {file: delays.csv, column: "
                + "delay_min}}}\n", "mini.yaml", dir);
        assertEquals(20.0, s.doctrine().decisionDelayMin().mean(), 1e-12);
        Scenario t = loader.parse(MINI + "doctrine: {decisionDelayMin: {empirical: {file: one.csv}}}\n",
                "mini.yaml", dir);
        assertEquals(6.0, t.doctrine().decisionDelayMin().mean(), 1e-12);
    }

    @Test
    void aUsersKindIsFoundThroughServiceLoaderWithTheBuiltInOnes() {
        assertEquals(java.util.List.of("fixed", "uniform", "triangular", "lognormal", "exponential",
                "shifted-exponential"), org.gapsim.scenario.DistributionKinds.load(null).names());
        Distribution d = read("{shifted-exponential: [5, 10]}");
        assertEquals(new ShiftedExponential(5, 10), d);
        assertEquals(15.0, meanByInversion(d, 200_000), 2e-3, "shift + mean");
        assertEquals(d, read("{shifted-exponential: {shift: 5, mean: 10}}"));
        Scenario s = loader.parse(MINI + "doctrine: {decisionDelayMin: {shifted-exponential: [5, 10]}}\n",
                "mini.yaml");
        String yaml = new ScenarioWriter().write(s);
        assertTrue(yaml.contains("{shifted-exponential: [5.0, 10.0]}"), yaml);
        assertEquals(s, loader.parse(yaml, "again.yaml"));
        assertMessage("doctrine.decisionDelayMin.shifted-exponential.mean: must be a positive finite number, was 0.0",
                "{shifted-exponential: {shift: 5, mean: 0}}");
    }

    @Test
    void theWriterWritesThemBack() {
        Scenario s = loader.parse(MINI + "doctrine: {decisionDelayMin: {ssj: GammaDist, params: [2, 0.5]}, "
                + "bypassReconMin: {empirical: [3, 1, 2]}}\n", "mini.yaml");
        String yaml = new ScenarioWriter().write(s);
        assertTrue(yaml.contains("{ssj: GammaDist, params: [2, 0.5]}") || yaml.contains("{ssj: GammaDist, params: [2.0, 0.5]}"),
                yaml);
        assertEquals(s, loader.parse(yaml, "again.yaml"));
    }

    @Test
    void badNamesAndParametersAreOneLineErrorsNamingTheField() {
        assertMessage("mini.yaml:18:36: doctrine.decisionDelayMin.ssj: unknown SSJ distribution 'GamaDist'",
                "{ssj: GamaDist, params: [2, 0.5]}");
        assertMessage("doctrine.decisionDelayMin.params: GammaDist has no public constructor taking "
                + "4 numbers", "{ssj: GammaDist, params: [2, 0.5, 7, 1]}");
        assertMessage("doctrine.decisionDelayMin.params: GammaDist",
                "{ssj: GammaDist, params: [-2, 0.5]}");
        assertMessage("mini.yaml:18:36: doctrine.decisionDelayMin.ssj: NormalDist[10.0, 2.0] takes values below 0",
                "{ssj: NormalDist, params: [10, 2]}");
        assertMessage("doctrine.decisionDelayMin.ssj: 'Distribution' is not a concrete continuous distribution",
                "{ssj: Distribution, params: []}");
        assertMessage("doctrine.decisionDelayMin.params: ParetoDist[0.5, 1.0] has no finite mean",
                "{ssj: ParetoDist, params: [0.5, 1]}");
        assertMessage("doctrine.decisionDelayMin.empirical: must be a finite number >= 0, was -1.0",
                "{empirical: [1, -1]}");
        assertMessage("doctrine.decisionDelayMin.empirical.file: an empirical file cannot be resolved",
                "{empirical: {file: x.csv}}");
        assertThrows(ScenarioException.class, () -> new Distribution.Ssj("GammaDist", 2, -1));
    }

    private void assertMessage(String expectedStart, String yaml) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> read(yaml));
        String m = e.getMessage();
        assertTrue(m.startsWith(expectedStart) || m.contains(expectedStart), m);
        assertEquals(1, m.lines().count(), m);
    }
}
