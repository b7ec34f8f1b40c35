package org.gapsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gapsim.model.TestWire;
import org.gapsim.scenario.Belt;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.DynamicKind;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleFields;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.ObstacleKindProvider;
import org.gapsim.scenario.ObstacleKinds;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

/**
 * A user's obstacle kind in a package's {@code belts:} and {@code onWarning:}: a kind that places itself in a belt
 * ({@link Obstacle.Extension#placedInBelt}) is laid like the built-in elements and written back; one that does not is
 * refused in one line naming the belt's elements and why; an obstacle of a user's kind may be emplaced on warning.
 */
class ExtensionKindPlacesTest {
    private static final String BELT = BeltFormatTest.BELTS.replace(
            "      - {type: anti-tank-ditch, costEur: 0, widthM: 6, depthM: 3}\n",
            "      - {type: test-wire, costEur: 0, depthM: 30, cutMinPer10m: 3}\n");

    @Test
    void aKindThatPlacesItselfIsABeltElement() {
        assertTrue(BELT.contains("type: test-wire"), "the fixture replaced the ditch");
        Scenario s = new ScenarioLoader().parse(BELT, "belts.yaml");
        Belt b1 = s.requirePackage("belt").belts().get(0);
        TestWire w = (TestWire) b1.elements().get(1);
        // behind the 100 m minefield from km 4 and the default 50 m gap; the belt's front (2 x 600 m open ground)
        assertEquals(new TestWire("b1.2", "ab", 4.15, Coverage.UNOBSERVED, 0, 30, 1200, Distribution.fixed(3), false),
                w);
        assertEquals(100 + 50 + 30, b1.depthM(), 1e-9);
        assertTrue(s.requirePackage("belt").obstacles().contains(w), "the model sees it as an obstacle");
        String yaml = new ScenarioWriter().write(s);
        assertEquals(s, new ScenarioLoader().parse(yaml, "again.yaml"), "round trip: " + yaml);
    }

    @Test
    void theBeltSetsTheFrontOfAUserKindToo() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> new ScenarioLoader()
                .parse(BELT.replace("depthM: 30,", "depthM: 30, frontM: 80,"), "bad.yaml"));
        assertTrue(e.getMessage().endsWith("packages[0].belts[0].elements[1].frontM: 'frontM' is set by the belt, "
                + "not by its element"), e.getMessage());
    }

    @Test
    void aKindThatDoesNotPlaceItselfIsRefusedInOneLine() {
        String yaml = BELT.replace("type: test-wire, costEur: 0, depthM: 30, cutMinPer10m: 3",
                "type: test-post, costEur: 0");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> new ScenarioLoader()
                .withObstacleKinds(ObstacleKinds.of(new Post.Provider())).parse(yaml, "bad.yaml"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().matches("bad\\.yaml:\\d+:\\d+: packages\\[0]\\.belts\\[0]\\.elements: a 'test-post' "
                + "obstacle cannot be a belt element: its kind does not say how a belt places it "
                + "\\(Obstacle\\.Extension\\.placedInBelt\\); list it under obstacles"), e.getMessage());
        // the same kind is fine as an obstacle of its own
        Scenario s = new ScenarioLoader().withObstacleKinds(ObstacleKinds.of(new Post.Provider())).parse(
                ScenarioLoaderTest.MINI + "existingObstacles:\n  - {type: test-post, id: p1, segment: ab, positionKm: 3, costEur: 0}\n",
                "ok.yaml");
        assertEquals(new Post("p1", "ab", 3, Coverage.UNOBSERVED, 0), s.existingObstacles().get(0));
    }

    @Test
    void anObstacleOfAUserKindMayBeEmplacedOnWarning() {
        String yaml = ScenarioLoaderTest.MINI + """
                packages:
                  - name: fort
                    countries: [LT]
                    obstacles:
                      - {type: test-wire, id: w1, segment: ab, positionKm: 8, depthM: 30, costEur: 1000}
                    onWarning:
                      entries:
                        - {target: w1, kind: felled-trees, emplaceMin: 40, reliability: 0.8}
                """;
        Scenario s = new ScenarioLoader().parse(yaml, "warned.yaml");
        FortificationPackage p = s.requirePackage("fort");
        assertEquals(DynamicKind.FELLED_TREES, p.onWarning().entries().get(0).kind());
        assertEquals("w1", p.onWarning().entries().get(0).target());
        assertEquals(s, new ScenarioLoader().parse(new ScenarioWriter().write(s), "again.yaml"));
    }

    /** A user's kind that is not meant for belts: a post in the road, removed by hand in 10 minutes. */
    record Post(String id, String segment, double positionKm, Coverage coverage, double costEur)
            implements Obstacle.Extension {
        Post {
            Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        }

        @Override
        public String type() {
            return "test-post";
        }

        @Override
        public ObstacleKind kind() {
            return ObstacleKind.ABATIS;
        }

        @Override
        public double laneLengthM() {
            return 1;
        }

        @Override
        public double frontM() {
            return 1;
        }

        @Override
        public List<BreachMethod> breachMethods() {
            return List.of(BreachMethod.MANUAL);
        }

        @Override
        public double laneWorkMin(BreachMethod method, EngineerAssets assets, RandomStream stream) {
            return 10;
        }

        @Override
        public Post withCostEur(double c) {
            return new Post(id, segment, positionKm, coverage, c);
        }

        @Override
        public Post withCoverage(Coverage c) {
            return new Post(id, segment, positionKm, c, costEur);
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of();
        }

        /** YAML {@code type: test-post}, no fields of its own. */
        static final class Provider implements ObstacleKindProvider {
            @Override
            public String name() {
                return "test-post";
            }

            @Override
            public List<String> fieldNames() {
                return List.of();
            }

            @Override
            public Obstacle create(String id, String segment, double positionKm, Coverage coverage, double costEur,
                                   ObstacleFields f) {
                return new Post(id, segment, positionKm, coverage, costEur);
            }
        }
    }
}
