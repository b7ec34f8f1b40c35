package org.gapsim.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gapsim.measure.EventTrace;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.report.map.MapView;
import org.gapsim.report.map.Replay;
import org.gapsim.report.map.ReplayPage;
import org.gapsim.report.map.Timeline;
import org.gapsim.report.map.Projection;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenarios.SuwalkiGap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The map, replay and timeline of the Suwalki Gap study, read back as XML. */
class MapFiguresTest {
    private static final Scenario S = SuwalkiGap.scenario();

    @Test
    void theMapOfTheFullPlanDrawsEveryPartWithALegend() {
        Xml svg = Xml.parse(MapView.svg(S, SuwalkiGap.FULL_EAST_SHIELD));
        CrossingPlan plan = CrossingPlan.compile(S, SuwalkiGap.FULL_EAST_SHIELD);
        assertEquals(S.network().segments().size(), svg.all("//g[@id='roads']/line").size());
        assertEquals(S.network().places().size(), svg.all("//g[@id='places']/g").size());
        assertEquals(plan.obstacles().size(), svg.all("//g[@id='obstacles']/g").size());
        // the existing teeth, 57 laid mine belts (gapsim show --expanded: 45 on the five avenues, 12 on the two
        // detours the package's own demolitions force), 3 ditches, 6 abatis, 6 bridges, 8 East Shield
        assertEquals(81, plan.obstacles().size());
        assertEquals(S.columns().size(), svg.all("//g[@id='routes']/polyline").size());
        List<String> isos = svg.all("//path[@class='country']").stream().map(e -> e.getAttribute("data-iso")).toList();
        assertTrue(isos.containsAll(List.of("PL", "LT", "RU", "BY")), isos.toString());
        assertEquals(1, svg.all("//g[@id='scale-bar']").size());
        assertEquals(1, svg.all("//g[@id='north-arrow']").size());
        assertFalse(svg.all("//g[@id='terrain']/line[@class='terrain-forest']").isEmpty());
        assertFalse(svg.all("//g[@id='bridges']/g").isEmpty());
        List<String> legend = svg.texts("//g[@id='legend']//text[@class='legend-item']");
        for (String item : List.of("motorway road", "local road", "forest beside the road (no bypass)",
                "minefield (59)", "anti tank ditch (5)", "dragons teeth (3)", "abatis (8)", "bridge demolition (6)",
                "objective", "border crossing")) {
            // no "covered by fire" since issue 11: the isr package buys sensors instead of raising every obstacle to
            // covered-by-fire, so no obstacle of the study carries the coverage shorthand
            assertTrue(legend.contains(item), item + " in " + legend);
        }
        assertTrue(legend.stream().anyMatch(t -> t.startsWith("k2: 2nd BTG")), legend.toString());
        // the k1 route runs through the places its spec names, in order
        Element k1 = svg.all("//g[@id='routes']/polyline[@data-column='k1']").get(0);
        assertTrue(k1.getTextContent().contains("gusev > nesterov > kybartai-crossing > vilkaviskis > marijampole"));
    }

    /**
     * The map's extent is the places' (53.5109-54.6517 N, 21.8156-24.0389 E) padded by 0.12 degrees of latitude
     * (0.12 / cos 54.0813 = 0.2046 degrees of longitude): 53.3909-54.7717 N, 21.6110-24.2435 E on a 900 x 900 panel
     * with a 20 px margin. By hand: cos 54.0813 = 0.58652; width-bound 860 / (2.6325 x 0.58652) = 556.90 px/deg,
     * height-bound 860 / 1.3808 = 622.8 px/deg, so 556.90 binds; vertical offset (860 - 1.3808 x 556.90) / 2 =
     * 45.52. Marijampole (54.5579 N, 23.35 E): x = 20 + (23.35 - 21.6110) x 0.58652 x 556.90 = 588.1,
     * y = 20 + 45.52 + (54.7717 - 54.5579) x 556.90 = 184.6.
     */
    @Test
    void marijampoleIsWhereTheProjectionComputedByHandPutsIt() {
        Xml svg = Xml.parse(MapView.svg(S, "none"));
        Element mark = svg.all("//g[@data-place='marijampole']/circle").get(0);
        assertEquals(588.1, Double.parseDouble(mark.getAttribute("cx")), 0.11);
        assertEquals(184.6, Double.parseDouble(mark.getAttribute("cy")), 0.11);
        assertEquals(556.90, MapView.projection(S).pxPerDeg(), 0.01);
    }

    @Test
    void theBaselineMapHasOnlyTheExistingObstacle() {
        Xml svg = Xml.parse(MapView.svg(S, "none"));
        assertEquals(1, svg.all("//g[@id='obstacles']/g").size());
        assertEquals("raigardas-teeth", svg.all("//g[@id='obstacles']/g").get(0).getAttribute("data-obstacle"));
    }

    @Test
    void theDefendersUnitsAreDrawnWhereTheirPositionsPutThem() {
        FortificationPackage pkg = S.packages().stream().filter(p -> p.name().equals("at-mines"))
                .findFirst().orElseThrow();
        Defender existing = S.defender();
        Defender bought = pkg.defender();
        Xml svg = Xml.parse(MapView.svg(S, "at-mines"));
        int units = existing.sensors().size() + existing.fireUnits().size() + bought.sensors().size()
                + bought.fireUnits().size();
        assertTrue(bought.fireUnits().size() > 0 && existing.fireUnits().size() > 0);
        assertEquals(units, svg.all("//g[@id='defender']/g[@data-unit]").size());
        // a unit on a segment: km / lengthKm of the straight line between its end places, by hand
        FireUnit f = bought.fireUnits().stream().filter(u -> u.position().segment() != null).findFirst()
                .orElseThrow();
        RoadSegment seg = S.network().segment(f.position().segment()).orElseThrow();
        Place a = S.network().place(seg.from()).orElseThrow();
        Place b = S.network().place(seg.to()).orElseThrow();
        double t = f.position().km() / seg.lengthKm();
        Projection pr = MapView.projection(S);
        Element box = svg.all("//g[@data-unit='" + f.id() + "']/rect").get(0);
        assertEquals(pr.x(a.lonDeg() + t * (b.lonDeg() - a.lonDeg())),
                Double.parseDouble(box.getAttribute("x")) + 9, 0.11);
        assertEquals(pr.y(a.latDeg() + t * (b.latDeg() - a.latDeg())),
                Double.parseDouble(box.getAttribute("y")) + 6, 0.11);
        // one reach circle per direct-fire unit, of its range at the map's scale
        long direct = java.util.stream.Stream.concat(existing.fireUnits().stream(), bought.fireUnits().stream())
                .filter(u -> u.kind().direct()).count();
        List<Element> rings = svg.all("//g[@id='defender-ranges']/circle");
        assertEquals(direct, rings.size());
        FireUnit d = existing.fireUnits().stream().filter(u -> u.kind().direct()).findFirst().orElseThrow();
        assertEquals(d.rangeKm() / pr.kmPerPx(), Double.parseDouble(rings.get(0).getAttribute("r")), 0.11);
        assertTrue(String.join(" ", svg.all("//g[@id='legend']/text").stream().map(Element::getTextContent)
                .toList()).contains("Defender (" + (existing.sensors().size() + bought.sensors().size())
                + " sensors, " + (existing.fireUnits().size() + bought.fireUnits().size()) + " fire units)"));
    }

    @Test
    void aReplayIsTheSameReplicationAsATraceAndDrawsWhatHappened() {
        Replay r = Replay.run(S, SuwalkiGap.FULL, 1, 17);
        EventTrace trace = new EventTrace();
        ReplicationResult t = Replications.run(CrossingPlan.compile(S, SuwalkiGap.FULL),
                new ReplicationStreams(new StreamFactory(1)), 17, trace);
        assertEquals(t.closureMin(), r.result().closureMin());
        assertEquals(trace.events().size(), r.events().size());

        Xml map = Xml.parse(MapView.svg(r));
        Map<String, Double> held = r.heldMinByObstacle();
        long heldDrawn = held.values().stream().filter(v -> v > 0).count();
        assertTrue(heldDrawn > 0);
        assertEquals(heldDrawn, map.all("//g[@id='replay']/g[@class='held']").size());
        assertEquals(r.lossesByObstacle().size(), map.all("//g[@id='replay']/g[@class='loss']").size());
        assertEquals(r.reroutes().size(), map.all("//g[@id='replay']/g[@class='reroute']").size());
        assertEquals(r.result().reroutes(), r.reroutes().size());
        int lost = r.lossesByObstacle().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(r.result().vehiclesLost(), lost);
        assertTrue(map.texts("//g[@id='legend']//text[@class='legend-item']").contains("vehicles lost there"));

        // every column's timeline is contiguous from 0 to the end, and the held-type spans cover the held minutes
        Map<String, List<Replay.Span>> tl = r.timeline();
        assertEquals(S.columns().size(), tl.size());
        for (Map.Entry<String, List<Replay.Span>> e : tl.entrySet()) {
            List<Replay.Span> spans = e.getValue();
            assertEquals(0.0, spans.get(0).fromMin(), 1e-9);
            assertEquals(r.endMin(), spans.get(spans.size() - 1).toMin(), 1e-9);
            for (int i = 1; i < spans.size(); i++) {
                assertEquals(spans.get(i - 1).toMin(), spans.get(i).fromMin(), 1e-9, e.getKey() + " " + spans);
            }
            double stopped = spans.stream().filter(s -> s.activity() == Replay.Activity.HELD
                    || s.activity() == Replay.Activity.BREACHING || s.activity() == Replay.Activity.BYPASSING)
                    .mapToDouble(s -> s.toMin() - s.fromMin()).sum();
            double heldMin = r.holds().stream().filter(h -> h.column().equals(e.getKey()))
                    .mapToDouble(Replay.Hold::heldMin).sum();
            assertTrue(stopped + 1e-6 >= heldMin, e.getKey() + ": spans " + stopped + " < held " + heldMin);
        }
        Xml timeline = Xml.parse(Timeline.svg(r));
        assertEquals(S.columns().size(), timeline.all("//g[@id='bars']/text[@class='row-label']").size());
        assertFalse(timeline.all("//rect[@class='span span-breaching']").isEmpty());
        assertFalse(timeline.all("//rect[@class='span span-marching']").isEmpty());
        assertTrue(timeline.texts("//g[@id='timeline-legend']/text").containsAll(List.of("marching",
                "held at obstacle", "breaching")));

        // the moving heads: from the start place at 0 to the objective, times never going back; 2 animations each
        Map<String, List<double[]>> frames = MapView.headKeyFrames(r);
        org.gapsim.report.map.Projection pr = MapView.projection(S);
        int endsChecked = 0;
        for (org.gapsim.scenario.ColumnSpec c : S.columns()) {
            List<double[]> k = frames.get(c.id());
            org.gapsim.scenario.Place start = S.network().place(c.start()).orElseThrow();
            assertEquals(0.0, k.get(0)[0]);
            assertEquals(pr.x(start.lonDeg()), k.get(0)[1], 1e-9);
            assertEquals(pr.y(start.latDeg()), k.get(0)[2], 1e-9);
            for (int i = 1; i < k.size(); i++) {
                assertTrue(k.get(i)[0] >= k.get(i - 1)[0], c.id() + " frame " + i);
            }
            org.gapsim.scenario.Place goal = S.network().place(c.objective()).orElseThrow();
            boolean reached = r.result().columns().stream().filter(x -> x.column().equals(c.id()))
                    .anyMatch(x -> x.arrivedVehicles() > 0);
            if (reached) {   // a column stopped short (culminated or turned back for good) ends where it stopped
                assertEquals(pr.x(goal.lonDeg()), k.get(k.size() - 1)[1], 1e-9, c.id() + " ends at its objective");
                endsChecked++;
            }
            assertEquals(r.endMin(), k.get(k.size() - 1)[0], 1e-9);
        }
        assertTrue(endsChecked > 0, "no column of this replication reached its objective: the end check ran for none");
        Xml animated = Xml.parse(MapView.animatedSvg(r, 40));
        assertEquals(2 * S.columns().size(), animated.all("//g[@id='moving-heads']//animate").size());
        for (Element a : animated.all("//g[@id='moving-heads']//animate")) {
            String[] times = a.getAttribute("keyTimes").split(";");
            assertEquals(times.length, a.getAttribute("values").split(";").length);
            assertEquals("0.00000", times[0]);
            assertEquals("1.00000", times[times.length - 1]);
        }
        assertEquals(1, Xml.parse(Timeline.svg(r, 40)).all("//line[@id='time-cursor']").size());

        String page = ReplayPage.html(r);
        assertTrue(page.contains("id=\"gapsim-replay-map\"") && page.contains("id=\"gapsim-timeline\""));
        assertTrue(page.contains(EventTrace.line(r.events().get(0)).strip()));
    }
}
