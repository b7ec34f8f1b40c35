package org.gapsim.scenarios.cli;

import static org.gapsim.scenarios.cli.Cli.gapsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gapsim.scenarios.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * trace3: felling trees across the roads must not make the force arrive sooner on the same random numbers (the
 * doctrinal direction of an obstacle). On frozen ground the built-in study gave package {@code trees} a negative
 * paired slowdown (-0.15 h over 1,000 replications; -0.17 h, standard error 0.06 h, over the first 200): contact
 * pull-backs repeated until a shooter's rounds ran out, and a pull-back of the whole road when the train's exit lay
 * past the move's end, which an obstacle's waypoint cut short. With one pull-back per shooter and the way forward
 * known when a reach ends short of the road's end, the mean paired slowdown is positive beyond two standard errors.
 */
class FrozenTreesSlowdownTest {

    @Test
    void fellingTreesDoesNotSpeedTheForceUpOnFrozenGround(@TempDir Path dir) throws IOException {
        Result r = gapsim("run", "--season", "frozen", "--packages", "trees", "-n", "200", "--quiet", "--out",
                dir.toString());
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("replications.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int pkg = header.indexOf("package");
        int slowdown = header.indexOf("slowdown_h");
        assertTrue(pkg >= 0 && slowdown >= 0, "columns package and slowdown_h: " + header);
        double[] x = lines.stream().skip(1).map(l -> l.split(",")).filter(c -> c[pkg].equals("trees"))
                .mapToDouble(c -> Double.parseDouble(c[slowdown])).toArray();
        assertEquals(200, x.length);
        double mean = Arrays.stream(x).average().orElseThrow();
        double var = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
        double se = Math.sqrt(var / x.length);
        assertTrue(mean - 2 * se > 0, "paired slowdown of 'trees' (frozen) " + mean + " h, standard error " + se);
    }
}
