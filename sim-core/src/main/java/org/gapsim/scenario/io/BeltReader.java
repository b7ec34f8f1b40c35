package org.gapsim.scenario.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gapsim.scenario.Belt;
import org.gapsim.scenario.BudgetLayout;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Flank;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.Limits;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a package's {@code belts:} (docs/scenario-format.md#belts): each belt names its segment, position, front,
 * flanks and elements; an element is written like an obstacle without {@code id}, {@code segment},
 * {@code positionKm} and {@code frontM} (the belt sets them) and is read by the scenario reader's obstacle method.
 */
final class BeltReader {
    private static final String[] SET_BY_BELT = {"id", "segment", "positionKm", "frontM"};

    private final Ctx ctx;
    private final RoadNetwork network;
    private final double standoffM;
    private final Function<YNode, Obstacle> obstacle;

    BeltReader(Ctx ctx, RoadNetwork network, double standoffM, Function<YNode, Obstacle> obstacle) {
        this.ctx = ctx;
        this.network = network;
        this.standoffM = standoffM;
        this.obstacle = obstacle;
    }

    /** @return the belts of {@code list} (absent: none) */
    List<Belt> belts(List<YNode> list) {
        List<Belt> out = new ArrayList<>();
        for (YNode y : list) {
            out.add(belt(y));
        }
        return out;
    }

    private Belt belt(YNode y) {
        YMap m = y.map().only("id", "segment", "positionKm", "frontM", "flanks", "gapM", "effect", "elements");
        String id = m.str("id");
        YNode segNode = m.req("segment");
        String segId = segNode.text();
        RoadSegment s = network.segment(segId).orElseThrow(() -> segNode.error("unknown segment "
                + Text.quote(segId)));
        double pos = m.num("positionKm");
        double front = m.numOr("frontM", Double.NaN);
        List<Flank> flanks = new ArrayList<>();
        for (YNode f : m.list("flanks")) {
            flanks.add(f.enumValue(Flank.class));
        }
        double gap = m.numOr("gapM", Belt.DEFAULT_GAP_M);
        String effect = m.strOr("effect", "");
        List<YNode> els = m.list("elements");
        if (els.isEmpty()) {
            throw m.self.error("elements: a belt needs at least one obstacle element");
        }
        if (els.size() > Limits.MAX_BELT_ELEMENTS) {
            throw m.self.error("elements: at most " + Limits.MAX_BELT_ELEMENTS + " per belt (gapsim's bound, "
                    + "docs/scenario-format.md#bounds), was " + els.size());
        }
        List<Obstacle> templates = new ArrayList<>();
        for (YNode e : els) {
            templates.add(obstacle.apply(asObstacle(e, segId)));
        }
        return ctx.build(y.path, () -> Belt.place(id, s, pos, front, flanks.isEmpty() ? null : flanks, gap, effect,
                templates, standoffM));
    }

    /**
     * @param list        the package's {@code layout:} entries
     * @param borderKm    the package's {@code borderKm}, or NaN
     * @param packageName names the entries that give no {@code id} ({@code <package>-<n>})
     * @return the layout, its belts not yet placed (the scenario lays it out on its network)
     */
    BudgetLayout layout(List<YNode> list, double borderKm, String packageName) {
        List<BudgetLayout.Entry> entries = new ArrayList<>();
        for (YNode y : list) {
            YMap m = y.map().only("id", "item", "laying", "eur", "as", "echelonKm", "spacingM", "fuze", "coverage",
                    "countries");
            String id = m.strOr("id", packageName + "-" + (entries.size() + 1));
            String item = m.str("item");
            String laying = m.strOr("laying", null);
            double eur = m.num("eur");
            BudgetLayout.Effect effect = m.enumReq("as", BudgetLayout.Effect.class);
            YNode ech = m.req("echelonKm");
            List<YNode> fromTo = ech.list();
            if (fromTo.size() != 2) {
                throw ech.error("expected [near, far] km from the avenue's entry, found " + fromTo.size() + " value(s)");
            }
            double from = fromTo.get(0).number();
            double to = fromTo.get(1).number();
            double spacing = m.numOr("spacingM", BudgetLayout.Entry.DEFAULT_SPACING_M);
            Fuze fuze = m.enumOr("fuze", Fuze.class, Fuze.TRACK_WIDTH);
            Coverage cov = m.enumOr("coverage", Coverage.class, Coverage.UNOBSERVED);
            List<String> states = m.texts("countries");
            entries.add(ctx.build(y.path, () -> new BudgetLayout.Entry(id, item, laying, eur, effect, from, to, spacing,
                    fuze, cov, states, List.of())));
        }
        return new BudgetLayout(borderKm, entries);
    }

    /** @return the element's map with placeholder id, segment, position and front (replaced when the belt is placed) */
    private YNode asObstacle(YNode e, String segment) {
        if (!(e.node instanceof MappingNode mn)) {
            throw e.error("expected a map of obstacle fields, found " + e.describe());
        }
        List<NodeTuple> tuples = new ArrayList<>(mn.getValue());
        for (NodeTuple t : mn.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                for (String f : SET_BY_BELT) {
                    if (f.equals(k.getValue())) {
                        throw Loc.of(k, e.source, Ctx.child(e.path, f)).error("'" + f + "' is set by the belt, not by its element");
                    }
                }
            }
        }
        tuples.add(tuple(mn, "id", "element", Tag.STR));
        tuples.add(tuple(mn, "segment", segment, Tag.STR));
        tuples.add(tuple(mn, "positionKm", "0", Tag.FLOAT));
        if (hasFront(mn)) {
            tuples.add(tuple(mn, "frontM", "1", Tag.FLOAT));
        }
        MappingNode copy = new MappingNode(mn.getTag(), true, tuples, mn.getStartMark(), mn.getEndMark(),
                mn.getFlowStyle());
        return new YNode(ctx, copy, e.source, e.path);
    }

    /**
     * @return whether the element's obstacle type has a front of its own (minefield, ditch, teeth, or a kind of the
     *         user's whose provider reads {@code frontM})
     */
    private boolean hasFront(MappingNode mn) {
        for (NodeTuple t : mn.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && "type".equals(k.getValue())
                    && t.getValueNode() instanceof ScalarNode v) {
                String type = v.getValue().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                if (type.equals("minefield") || type.equals("anti-tank-ditch") || type.equals("dragons-teeth")) {
                    return true;
                }
                org.gapsim.scenario.ObstacleKindProvider p = ctx.obstacleKinds().find(v.getValue());
                return p != null && p.fieldNames().contains("frontM")
                        && org.gapsim.scenario.ObstacleKinds.builtIn().find(v.getValue()) == null;
            }
        }
        return false;
    }

    private static NodeTuple tuple(Node at, String key, String value, Tag tag) {
        return new NodeTuple(
                new ScalarNode(Tag.STR, key, at.getStartMark(), at.getEndMark(), DumperOptions.ScalarStyle.PLAIN),
                new ScalarNode(tag, value, at.getStartMark(), at.getEndMark(), DumperOptions.ScalarStyle.PLAIN));
    }
}
