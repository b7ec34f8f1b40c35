package org.gapsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gapsim.scenarios.examples.ExampleStudy;
import org.gapsim.scenario.Abatis;
import org.gapsim.scenario.Armour;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.UnitPosition;
import org.gapsim.scenario.VehicleType;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Crater;
import org.gapsim.scenario.DragonsTeeth;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.IsrEffect;
import org.gapsim.scenario.Limits;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Every numeric field of a complete scenario file (the example study, with every obstacle kind, an ISR effect and a
 * fraction closure rule added, written with every field spelled out: doctrine, march and engineers included), set
 * in turn to extreme values: 0, 1, -1, 2^31, 1e308, NaN, infinity and, where {@link Limits} bounds the field, the
 * bound and just above it. Each field of each record kind is tried once (the first place, segment, obstacle of a
 * type...). {@code validate} and a 2-replication {@code run} through the command line must each end with exit 0 or 2
 * (bad input, one line), never 1 (internal error), an exception or a hang; run is tried on every value validate
 * accepts and on the first it refuses (run loads the file the same way).
 */
class NumericFieldFuzzTest {
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(?:[0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");
    private static final List<String> EXTREMES = List.of("0", "1", "-1", "2147483648", "1e308", ".nan", ".inf");
    /** Per case, validate and run together. */
    private static final Duration CASE_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** A numeric scalar of the file: its record path, and where its text lies. */
    private record Field(String path, int start, int end) {
    }

    @Test
    void everyNumericFieldAtEveryExtremeIsAcceptedOrRejectedAsBadInput() throws IOException {
        String yaml = new ScenarioWriter().write(fixture());
        List<Field> fields = new ArrayList<>();
        collect(new Yaml().compose(new StringReader(yaml)), "", "", new HashSet<>(), fields);
        assertTrue(fields.size() > 70, "the example's every numeric field is found: " + fields.size());
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int accepted = 0;
        for (Field f : fields) {
            List<String> values = new ArrayList<>(EXTREMES);
            String bound = bound(f.path);
            if (bound != null) {
                values.add(bound);
                values.add(above(bound));
            }
            boolean rejectedRun = false;
            for (String v : values) {
                String mutated = yaml.substring(0, f.start) + v + yaml.substring(f.end);
                if (mutated.equals(yaml)) {
                    continue;
                }
                Path file = dir.resolve("case" + cases + ".yaml");
                Files.writeString(file, mutated, StandardCharsets.UTF_8);
                Path out = dir.resolve("out" + cases);
                cases++;
                String what = f.path + " = " + v;
                Cli.Result[] r = new Cli.Result[2];
                boolean runAnyway = !rejectedRun;
                try {
                    assertTimeoutPreemptively(CASE_TIMEOUT, () -> {
                        r[0] = Cli.gapsim("validate", file.toString());
                        // a value validate refuses is refused by run's identical load: run it once per field only
                        if (r[0].code() == GapsimCli.EXIT_OK || runAnyway) {
                            r[1] = Cli.gapsim("run", file.toString(), "--replications", "2", "--threads",
                                    "1", "--out", out.toString(), "--quiet");
                        }
                    }, what);
                } catch (AssertionError e) {
                    failures.add(what + ": " + e.getMessage());
                    continue;
                }
                if (r[0].code() == GapsimCli.EXIT_OK) {
                    accepted++;
                }
                check(what, "validate", r[0], failures);
                if (r[1] == null) {
                    continue;
                }
                rejectedRun |= r[0].code() != GapsimCli.EXIT_OK;
                check(what, "run", r[1], failures);
                if (r[0].code() != r[1].code()) {
                    failures.add(what + ": validate exited " + r[0].code() + " but run " + r[1].code() + ": "
                            + r[1].err());
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases + " cases failed:\n" + String.join("\n", failures));
        }
        assertTrue(accepted > fields.size(), "most fields accept some extreme (0, 1, the bound): " + accepted);
    }

    /**
     * The example study plus a package holding every other obstacle kind, an ISR effect and defender units, an
     * existing obstacle, the scenario's defender, a clock with night, carriers, misfires and rollers, so that every
     * numeric field of the format appears in the written file.
     */
    private static Scenario fixture() {
        Scenario s = ExampleStudy.scenario();
        List<Obstacle> obstacles = new ArrayList<>();
        s.packages().forEach(p -> obstacles.addAll(p.obstacles()));
        obstacles.add(new Crater("cr", "r2", 12, Coverage.OBSERVED, 10_000, 8, 2));
        obstacles.add(new DragonsTeeth("dt", "r2", 14, Coverage.COVERED_BY_FIRE, 20_000, 5, 300));
        obstacles.add(new Abatis("ab", "r2", 16, Coverage.UNOBSERVED, 5_000, 80));
        obstacles.add(new BridgeDemolition("bd", "r2", 18, Coverage.OBSERVED, 50_000, 12));
        Defender bought = Defender.builder().electronicProtection(0.4).sensors(Sensor.builder().id("uav")
                .kind(SensorKind.UAV).position(UnitPosition.on("r2", 10)).rangeKm(8).detectionsPerHour(4)
                .costEur(100_000).build()).build();
        FortificationPackage all = new FortificationPackage("all", "every obstacle kind", List.of("LT"), 2_786_000,
                obstacles, List.of(), new IsrEffect(0.8, Coverage.OBSERVED), bought);
        Defender defender = Defender.builder().electronicProtection(0.2)
                .sensors(Sensor.builder().id("op").kind(SensorKind.OBSERVATION_POST).position(UnitPosition.at("x"))
                        .build())
                .fireUnits(FireUnit.builder().id("atgm").kind(FireUnitKind.ATGM_TEAM)
                        .position(UnitPosition.on("r2", 12)).build()).build();
        ColumnSpec c = s.columns().get(0);
        String carrier = c.marchOrder().get(0).type();
        EngineerAssets e = c.engineers().toBuilder()
                .lineCharges(c.engineers().lineCharges().toBuilder().carrier(carrier).misfireProbability(0.1)
                        .primingMin(new Distribution.Triangular(2, 5, 10)).failureProbability(0.05).build())
                .mineRollers(new EngineerAssets.MineRollers(1, 4, carrier)).build();
        List<ColumnSpec> columns = new ArrayList<>(s.columns());
        columns.set(0, c.toBuilder().engineers(e).build());
        List<VehicleType> types = new ArrayList<>(s.vehicleTypes());
        types.set(0, types.get(0).toBuilder().armour(Armour.LIGHT).build());
        return new Scenario(s.name(), s.description(), s.network(), types, columns,
                List.of(new Crater("old", "r1", 5, Coverage.UNOBSERVED, 0, 6, 1.5)), List.of(all), s.doctrine(),
                s.march(), new ClosureRule(ClosureRule.Kind.FRACTION_OF_VEHICLES, 0.9), s.horizonMin(), defender,
                new Clock(5, 7.25, 16.5));
    }

    private static void check(String what, String command, Cli.Result r, List<String> failures) {
        if (r.code() == GapsimCli.EXIT_OK) {
            return;
        }
        if (r.code() != GapsimCli.EXIT_BAD_INPUT) {
            failures.add(what + ": " + command + " exited " + r.code() + ": " + r.err());
        } else if (r.errLines().size() != 1 || !r.err().contains("case") || r.err().contains("Exception")) {
            failures.add(what + ": " + command + " must print one line naming the file, printed: " + r.err());
        }
    }

    /**
     * Collects the numeric scalars, the first of each kind only: a field of a record kind (the path without list
     * indices, and an obstacle's {@code type}) is tried once, not once per place, segment or obstacle.
     */
    private static void collect(Node node, String path, String kind, Set<String> seen, List<Field> out) {
        if (node instanceof MappingNode m) {
            String type = kind;
            for (NodeTuple t : m.getValue()) {
                if ("type".equals(((ScalarNode) t.getKeyNode()).getValue()) && t.getValueNode() instanceof ScalarNode v) {
                    type = v.getValue();
                }
            }
            for (NodeTuple t : m.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                collect(t.getValueNode(), path.isEmpty() ? key : path + "." + key, type, seen, out);
            }
        } else if (node instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                collect(s.getValue().get(i), path + "[" + i + "]", kind, seen, out);
            }
        } else if (node instanceof ScalarNode sc && sc.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                && NUMBER.matcher(sc.getValue()).matches()
                && seen.add(kind + " " + path.replaceAll("\\[\\d+]", "[]"))) {
            out.add(new Field(path, sc.getStartMark().getIndex(), sc.getEndMark().getIndex()));
        }
    }

    /** @return the {@link Limits} bound of the field at this path, as text, or null */
    private static String bound(String path) {
        String key = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        if (path.contains("Min.") || path.contains("Min[") || path.contains("speedFactor")) {
            return number(Limits.MAX_DISTRIBUTION_VALUE);
        }
        if (key.equals("count")) {
            return path.contains("marchOrder") ? "" + Limits.MAX_VEHICLES_PER_COLUMN : "" + Limits.MAX_EQUIPMENT_COUNT;
        }
        return switch (key) {
            case "rows" -> "" + Limits.MAX_ROWS;
            case "lanesPerObstacle" -> "" + Limits.MAX_LANES_PER_OBSTACLE;
            case "lanes" -> "" + Limits.MAX_ROAD_LANES;
            case "densityPerM" -> number(Limits.MAX_DENSITY_PER_M);
            case "horizonMin" -> number(Limits.MAX_HORIZON_MIN);
            case "departureMin" -> number(Limits.MAX_DEPARTURE_MIN);
            case "corridorWidthM" -> number(Limits.MAX_CORRIDOR_WIDTH_M);
            case "costEur", "budgetEur" -> number(Limits.MAX_COST_EUR);
            case "lengthKm", "positionKm", "bypassBaseDetourKm", "km" -> number(Limits.MAX_LENGTH_KM);
            case "rangeKm" -> number(Limits.MAX_RANGE_KM);
            case "detectionsPerHour", "engagementsPerHour", "ownDetectionsPerHour" -> number(Limits.MAX_RATE_PER_HOUR);
            case "ammunition" -> "" + Limits.MAX_AMMUNITION;
            case "maxBreachAttempts" -> "" + Limits.MAX_BREACH_ATTEMPTS;
            case "blastsSurvived" -> "" + Limits.MAX_BLASTS_SURVIVED;
            case "leadLateralSdM", "followerLateralSdM" -> number(Limits.MAX_LATERAL_SD_M);
            case "fillRateM3PerMin", "clearRateMPerMin", "minefieldRateMPerMin", "obstacleRateMPerMin" ->
                    number(Limits.MAX_RATE_PER_MIN);
            default -> key.endsWith("Kmh") ? number(Limits.MAX_SPEED_KMH)
                    : key.endsWith("M") ? number(Limits.MAX_SIZE_M) : null;
        };
    }

    private static String above(String bound) {
        return bound.contains("e") || bound.contains(".") ? number(Double.parseDouble(bound) * 1.001)
                : Long.toString(Long.parseLong(bound) + 1);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Test
    void theBoundsAreWhatTheFuzzTestUses() {
        assertEquals("100001", above("" + Limits.MAX_VEHICLES_PER_COLUMN));
        assertEquals("1001", above(number(Limits.MAX_CORRIDOR_WIDTH_M)));
    }

    /**
     * The crashes of issue 10 (item 5), on the built-in study as {@code gapsim show} prints it: before, validate
     * accepted each and run exited 1 (NegativeArraySizeException, OutOfMemoryError), or validate itself exited 1 or
     * took most of a minute.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "densityPerM: 1.0, fuze: track-width, layout: random}|densityPerM: 1e23, fuze: track-width, layout: random}",
        "rows: 2, densityPerM: 1.0, fuze: track-width, layout: random}"
            + "|rows: 2000000000, densityPerM: 1.0, fuze: track-width, layout: rows}",
        "lanesPerObstacle: 2 |lanesPerObstacle: 2000000000 ",
        "- {type: t72b3, count: 3}|- {type: t72b3, count: 2000000000}\\n      - {type: t72b3, count: 2000000000}",
        "- {type: t72b3, count: 3}|- {type: t72b3, count: 2000000000}",
        "- {type: t72b3, count: 3}|- {type: t72b3, count: 300000000}"})
    void theIssuesCrashesAreBadInputThroughTheCommandLine(String from, String to) throws IOException {
        String shown = Cli.gapsim("show").out();
        assertTrue(shown.contains(from), from);
        Path file = dir.resolve("crash.yaml");
        Files.writeString(file, shown.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n"))), StandardCharsets.UTF_8);
        Path out = dir.resolve("crash-out");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (Cli.Result r : List.of(Cli.gapsim("validate", file.toString()),
                    Cli.gapsim("run", file.toString(), "--replications", "2", "--out", out.toString(),
                            "--quiet"))) {
                assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), r.err());
                assertEquals(1, r.errLines().size(), r.err());
                assertTrue(r.err().contains("crash.yaml:") && r.err().contains("must be at most"), r.err());
            }
        });
        assertFalse(Files.exists(out), "nothing written");
    }
}
