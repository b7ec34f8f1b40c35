package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.scenario.Armour;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.CoverageTemplate;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.TargetGroup;
import org.gapsim.scenario.UnitPosition;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.IsrEffect;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.gapsim.scenario.RoadClass;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.TerrainChange;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;
import org.junit.jupiter.api.Test;

/** docs/scenario-format.md holds the example verbatim, the example loads, and every field is documented. */
class ScenarioFormatDocTest {

    private static String doc() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve("docs/scenario-format.md");
            if (Files.isRegularFile(p)) {
                return Files.readString(p);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("docs/scenario-format.md not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void docHoldsTheExampleVerbatimAndItLoads() throws IOException {
        String example = Files.readString(resource("example.yaml"));
        assertTrue(doc().contains("## Complete example\n\n```yaml\n" + example + "```\n"),
                "docs/scenario-format.md must end with src/test/resources/scenario-io/example.yaml verbatim");
        Scenario s = new ScenarioLoader().load(resource("example.yaml"));
        assertEquals("example", s.name());
        assertEquals(List.of("mines", "mines-and-bridge"), s.packageNames().subList(1, 3));
        FortificationPackage both = s.requirePackage("mines-and-bridge");
        assertEquals(2, both.obstacles().size());
        assertEquals(1_500_000 + 400_000 + 60_000, both.costEur());
        assertEquals(new IsrEffect(0.8, Coverage.UNOBSERVED), both.isr());
        assertEquals(2, s.columns().get(0).engineers().lineCharges().count());
        assertEquals(ClosureRule.ALL_COLUMNS, s.closure());
        assertEquals(new Clock(5, 7.25, 16.5), s.clock());
        assertEquals(2, s.defender().sensors().size());
        assertEquals(UnitPosition.on("s2", 9), s.defender().fireUnits().get(1).position());
    }

    /** The default templates printed on the page are the records' defaults, and the kind factors are theirs. */
    @Test
    void theDocumentedDefaultsAreTheRecords() throws IOException {
        String doc = doc();
        int at = doc.indexOf("### Coverage templates");
        int from = doc.indexOf("```yaml\n", at) + 8;
        String templates = doc.substring(from, doc.indexOf("```", from));
        Scenario s = new ScenarioLoader().parse(ScenarioLoaderTest.MINI + "defender:\n"
                + templates.replaceAll("(?m)^(?=.)", "  "), "doc.yaml");
        assertEquals(CoverageTemplate.OBSERVED, s.defender().observedTemplate());
        assertEquals(CoverageTemplate.COVERED, s.defender().coveredTemplate());
        for (SensorKind k : SensorKind.values()) {
            assertTrue(doc.contains("| `" + Text.kebab(k) + "`") && doc.matches("(?s).*\\| `" + Text.kebab(k)
                    + "`[^|]*\\| " + k.smokeFactor() + " \\| " + k.nightFactor() + " \\| " + k.ewFactor()
                    + " \\| " + k.movingFactor() + "[ |].*"), "factors of " + k);
        }
        for (FireUnitKind k : FireUnitKind.values()) {
            assertTrue(doc.matches("(?s).*\\| `" + Text.kebab(k) + "`[^\n]*\\| " + k.nightFactor() + " \\| "
                    + k.signature() + " \\| " + k.movingTargetFactor() + "[ |][^\n]*\n.*"), "factors of " + k);
        }
    }

    @Test
    void everyFieldAndEnumValueIsDocumented() throws IOException {
        String doc = doc();
        for (Class<?> r : List.of(Scenario.class, Place.class, RoadSegment.class, VehicleType.class,
                ColumnSpec.class, VehicleGroup.class, EngineerAssets.class, EngineerAssets.LineCharges.class,
                EngineerAssets.MinePloughs.class, EngineerAssets.BridgeLayers.class, EngineerAssets.EarthMovers.class,
                EngineerAssets.ManualBreach.class, Minefield.class, org.gapsim.scenario.AntiTankDitch.class,
                org.gapsim.scenario.DragonsTeeth.class, org.gapsim.scenario.Abatis.class,
                org.gapsim.scenario.Crater.class, org.gapsim.scenario.BridgeDemolition.class,
                FortificationPackage.class, TerrainChange.class, IsrEffect.class, BreachDoctrine.class,
                MarchRules.class, ClosureRule.class, EngineerAssets.MineRollers.class, Defender.class,
                CoverageTemplate.class, Sensor.class, FireUnit.class, UnitPosition.class, Clock.class)) {
            for (RecordComponent c : r.getRecordComponents()) {
                assertTrue(doc.contains("`" + c.getName() + "`"), r.getSimpleName() + "." + c.getName());
            }
        }
        for (Class<? extends Enum<?>> e : List.of(PlaceKind.class, RoadClass.class, Terrain.class, Coverage.class,
                Fuze.class, MineLayout.class, ObstacleKind.class, BreachMethod.class, ClosureRule.Kind.class,
                SensorKind.class, FireUnitKind.class, TargetGroup.class, Armour.class)) {
            for (Enum<?> v : e.getEnumConstants()) {
                assertTrue(doc.contains("`" + Text.kebab(v) + "`"), e.getSimpleName() + "." + v);
            }
        }
    }
}
