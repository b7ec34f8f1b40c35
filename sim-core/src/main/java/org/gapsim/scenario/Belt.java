package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * An obstacle belt: a line across an avenue of approach at one place on a road segment, made of an ordered sequence
 * of obstacle elements (minefield rows, ditch, teeth, abatis, or a kind of your own that places itself in a belt:
 * {@link Obstacle.Extension#placedInBelt}) one behind the other, each {@link #gapM()} after the
 * previous one's far edge, all with the belt's front. It is compiled into the model's ordinary obstacles
 * ({@link #elements()}), so detection, breach, fights and the bypass-from-geometry and tie-in rules apply to each
 * element; a complex belt needs each element's own reduction method.
 *
 * <p>Geometry (ASSUMPTION, as for every obstacle in the model): the belt lies centred on the road. Its flanks are
 * tied in when its half-front plus the ground's bypass stand-off reaches the segment's {@link RoadSegment#openWidthM()}
 * (then no bypass); otherwise going round means driving to its open end and back (the detour grows with the front).
 * Both flanks are therefore tied in or both open.
 *
 * @param id         unique key within its package; element {@code k} (from 1) gets the id {@code id.k}
 * @param segment    road segment id
 * @param positionKm position of the first element's near edge from the segment's {@code from} end, km
 * @param frontM     width across the avenue of approach, m
 * @param flanks     what each end meets (left, right as seen by the attacker; two values)
 * @param gapM       distance between one element's far edge and the next element's near edge, m
 * @param effect     the belt's intended effect ({@code block}, {@code turn}, {@code fix}, {@code disrupt}, or empty)
 * @param elements   the compiled obstacles, in the order a column meets them
 */
public record Belt(String id, String segment, double positionKm, double frontM, List<Flank> flanks, double gapM,
                   String effect, List<Obstacle> elements) {
    /** Default gap between two elements of a belt, m (ASSUMPTION: a lane's worth of marked ground between them). */
    public static final double DEFAULT_GAP_M = 50;

    /**
     * Validates every field that needs no other part of the scenario.
     *
     * @param id value of {@link #id()}
     * @param segment value of {@link #segment()}
     * @param positionKm value of {@link #positionKm()}
     * @param frontM value of {@link #frontM()}
     * @param flanks value of {@link #flanks()}
     * @param gapM value of {@link #gapM()}
     * @param effect value of {@link #effect()}
     * @param elements value of {@link #elements()}
     */
    public Belt {
        Check.id("id", id);
        Check.id("segment", segment);
        Check.nonNegative("positionKm", positionKm, Limits.MAX_LENGTH_KM);
        Check.positive("frontM", frontM, Limits.MAX_SIZE_M);
        flanks = Check.list("flanks", flanks, 2);
        if (flanks.size() != 2) {
            throw new ScenarioException("flanks", "must name what each of the two ends meets (e.g. [forest, open]), "
                    + "was " + flanks.size() + " value(s)");
        }
        if (flanks.get(0).tiedIn() != flanks.get(1).tiedIn()) {
            throw new ScenarioException("flanks", "a belt lies centred on the road (ASSUMPTION): both flanks are tied "
                    + "in or both are open, was " + flanks);
        }
        Check.nonNegative("gapM", gapM, Limits.MAX_SIZE_M);
        effect = effect == null ? "" : effect;
        elements = Check.list("elements", elements, Limits.MAX_BELT_ELEMENTS);
        if (elements.isEmpty()) {
            throw new ScenarioException("elements", "a belt needs at least one obstacle element");
        }
        for (Obstacle o : elements) {
            if (!o.segment().equals(segment)) {
                throw new ScenarioException("elements", "element " + o.id() + " lies on segment " + o.segment()
                        + ", not on the belt's segment " + segment);
            }
        }
    }

    /** @return whether both flanks are tied in (no bypass) */
    public boolean tiedIn() {
        return flanks.get(0).tiedIn();
    }

    /** @return depth from the first element's near edge to the last one's far edge, m */
    public double depthM() {
        return depthM(elements, gapM);
    }

    private static double depthM(List<Obstacle> elements, double gapM) {
        double m = gapM * (elements.size() - 1);
        for (Obstacle o : elements) {
            m += o.laneLengthM();
        }
        return m;
    }

    /** @return mines in all its minefield elements */
    public long mineCount() {
        long n = 0;
        for (Obstacle o : elements) {
            if (o instanceof Minefield mf) {
                n += mf.mineCount();
            }
        }
        return n;
    }

    /** @return its elements' cost, EUR */
    public double costEur() {
        double c = 0;
        for (Obstacle o : elements) {
            c += o.costEur();
        }
        return c;
    }

    /**
     * Places a belt on a segment: the elements (templates whose id, segment, position and front are replaced) are laid
     * one behind the other from {@code positionKm}, and the front and flanks are checked against the ground.
     *
     * @param id         the belt's id
     * @param s          the segment it lies on
     * @param positionKm near edge of the first element from {@code s}'s {@code from} end, km
     * @param frontM     its front, m; NaN: spans the open ground beside the road (2 x {@code openWidthM}), tied in
     * @param flanks     what each end meets; null: derived from the front and the ground ({@link Flank#OPEN} or the
     *                   ground of the segment's tie-in, taken as {@link Flank#FOREST})
     * @param gapM       gap between elements, m
     * @param effect     intended effect (label)
     * @param templates  the elements, in order
     * @param standoffM  the ground's bypass stand-off ({@link Ground#bypassStandoffM()}), m
     * @return the placed belt
     * @throws ScenarioException naming the field when the belt does not fit or its flanks contradict the ground
     */
    public static Belt place(String id, RoadSegment s, double positionKm, double frontM, List<Flank> flanks,
                             double gapM, String effect, List<Obstacle> templates, double standoffM) {
        double reach = s.openWidthM();   // a flank ties in when front/2 + standoff >= reach (model Bypass.tiedIn)
        boolean wantTied = flanks != null && !flanks.isEmpty() && flanks.get(0).tiedIn();
        if (Double.isNaN(frontM)) {
            if (!Double.isFinite(reach)) {
                throw new ScenarioException("frontM", "required: segment " + s.id() + " has unbounded open ground "
                        + "(no openWidthM), so the belt's front cannot be taken from the ground");
            }
            if (flanks != null && !flanks.isEmpty() && !wantTied) {
                throw new ScenarioException("frontM", "required for a belt with open flanks (left out, the front spans "
                        + "the open ground and is tied in)");
            }
            frontM = 2 * reach;
        }
        boolean tied = frontM / 2 + standoffM >= reach;
        if (flanks == null || flanks.isEmpty()) {
            flanks = tied ? List.of(Flank.FOREST, Flank.FOREST) : List.of(Flank.OPEN, Flank.OPEN);
        } else if (flanks.size() == 2 && flanks.get(0).tiedIn() == flanks.get(1).tiedIn() && wantTied != tied) {
            throw new ScenarioException("flanks", wantTied
                    ? "tied in, but the front of " + Check.number(frontM) + " m does not reach ground that ties in on "
                    + "segment " + s.id() + " (half the front plus the " + Check.number(standoffM) + " m stand-off "
                    + "must reach its openWidthM of " + Check.number(reach) + " m)"
                    : "open, but the front of " + Check.number(frontM) + " m reaches the ground that ties in on segment "
                    + s.id() + " (openWidthM " + Check.number(reach) + " m): say what it meets (forest, lake, ...)");
        }
        List<Obstacle> placed = new ArrayList<>(templates.size());
        double at = positionKm;
        for (int k = 0; k < templates.size(); k++) {
            Obstacle o = placedElement(templates.get(k), id + "." + (k + 1), s.id(), at, frontM);
            placed.add(o);
            at = o.positionKm() + (o.laneLengthM() + gapM) / 1000.0;
        }
        Obstacle last = placed.isEmpty() ? null : placed.get(placed.size() - 1);
        if (last != null && last.positionKm() + last.laneLengthM() / 1000.0 > s.lengthKm()) {
            throw new ScenarioException("positionKm", "the belt (" + Check.number(depthM(placed, gapM))
                    + " m deep from km "
                    + Check.number(positionKm) + ") does not fit on segment " + s.id() + " ("
                    + Check.number(s.lengthKm()) + " km)");
        }
        return new Belt(id, s.id(), positionKm, frontM, flanks, gapM, effect, placed);
    }

    /**
     * @return a builder with the defaults {@link #place} applies to what a scenario file leaves out: front spanning
     *         the open ground (tied in), flanks derived from the front and the ground, gap {@value #DEFAULT_GAP_M} m,
     *         no effect, the ground's stand-off of {@link Ground#DEFAULT}; {@code id}, {@code segment},
     *         {@code positionKm} and at least one element are required
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this belt's values, its elements as the templates, to change a few; the segment
     *         ({@link Builder#segment}) must be given again (a belt keeps only its id, and its ground decides the
     *         flanks), and the stand-off is {@link Ground#DEFAULT}'s unless set
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.positionKm = positionKm;
        b.frontM = frontM;
        b.flanks = flanks;
        b.gapM = gapM;
        b.effect = effect;
        b.elements.addAll(elements);
        return b;
    }

    /**
     * Builds a {@link Belt} field by field; {@link #build()} calls {@link #place} (then the canonical constructor),
     * so the checks and their field-named messages are those of the YAML reader. Not thread-safe.
     */
    public static final class Builder {
        private String id;
        private RoadSegment segment;
        private double positionKm = Double.NaN;
        private double frontM = Double.NaN;
        private List<Flank> flanks;
        private double gapM = DEFAULT_GAP_M;
        private String effect = "";
        private final List<Obstacle> elements = new ArrayList<>();
        private double standoffM = Ground.DEFAULT.bypassStandoffM();

        private Builder() {
        }

        /**
         * @param v new value of {@link Belt#id()} (required); element {@code k} (from 1) gets the id {@code v.k}
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v the segment it lies on (required): its id becomes {@link Belt#segment()}, its length bounds the
         *          belt's depth and its {@link RoadSegment#openWidthM()} decides the flanks
         * @return this builder
         */
        public Builder segment(RoadSegment v) {
            segment = v;
            return this;
        }

        /**
         * @param v new value of {@link Belt#positionKm()}: the first element's near edge from the segment's
         *          {@code from} end, km (required)
         * @return this builder
         */
        public Builder positionKm(double v) {
            positionKm = v;
            return this;
        }

        /**
         * @param v new value of {@link Belt#frontM()}, m (default NaN: spans the open ground beside the road, 2 x
         *          its {@code openWidthM}, tied in; required with open flanks or unbounded open ground)
         * @return this builder
         */
        public Builder frontM(double v) {
            frontM = v;
            return this;
        }

        /**
         * @param left  what the left end meets, as seen by the attacker
         * @param right what the right end meets
         * @return this builder (default: derived from the front and the ground, {@link Flank#OPEN} or
         *         {@link Flank#FOREST})
         */
        public Builder flanks(Flank left, Flank right) {
            flanks = java.util.Arrays.asList(left, right);
            return this;
        }

        /**
         * Takes the flanks from the front and the ground again (the default), for instance after
         * {@link Belt#toBuilder()} when the front or the segment changes.
         *
         * @return this builder
         */
        public Builder deriveFlanks() {
            flanks = null;
            return this;
        }

        /**
         * @param v new value of {@link Belt#gapM()}: between one element's far edge and the next one's near edge, m
         *          (default {@value Belt#DEFAULT_GAP_M})
         * @return this builder
         */
        public Builder gapM(double v) {
            gapM = v;
            return this;
        }

        /**
         * @param v new value of {@link Belt#effect()}: {@code block}, {@code turn}, {@code fix}, {@code disrupt} or
         *          empty (default empty)
         * @return this builder
         */
        public Builder effect(String v) {
            effect = v;
            return this;
        }

        /**
         * @param templates the elements, in the order a column meets them (their id, segment, position and front
         *                  are replaced when placed); replaces any given before (at least one required)
         * @return this builder
         */
        public Builder elements(Obstacle... templates) {
            elements.clear();
            elements.addAll(java.util.Arrays.asList(templates));
            return this;
        }

        /**
         * @param v the ground's bypass stand-off, m ({@link Ground#bypassStandoffM()}; default
         *          {@link Ground#DEFAULT}'s): set it to the scenario's ground's, which ties the flanks in
         * @return this builder
         */
        public Builder standoffM(double v) {
            standoffM = v;
            return this;
        }

        /**
         * @return the placed, validated belt
         * @throws ScenarioException naming the field that is missing, invalid or does not fit the segment
         */
        public Belt build() {
            Check.id("id", id);
            Check.required("segment", segment);
            if (Double.isNaN(positionKm)) {
                throw new ScenarioException("positionKm", "is required (missing)");
            }
            if (elements.isEmpty()) {
                throw new ScenarioException("elements", "a belt needs at least one obstacle element");
            }
            if (flanks != null) {
                Check.required("flanks[0]", flanks.get(0));
                Check.required("flanks[1]", flanks.get(1));
            }
            Check.nonNegative("standoffM", standoffM, Limits.MAX_SIZE_M);
            return place(id, segment, positionKm, frontM, flanks, gapM, effect, elements, standoffM);
        }
    }

    /** @return {@code o} with another id, segment, position and (where it has one) front */
    static Obstacle placedElement(Obstacle o, String id, String segment, double positionKm, double frontM) {
        if (o instanceof Minefield m) {
            return new Minefield(id, segment, positionKm, m.coverage(), m.costEur(), frontM, m.depthM(), m.rows(),
                    m.densityPerM(), m.fuze(), m.layout());
        } else if (o instanceof AntiTankDitch d) {
            return new AntiTankDitch(id, segment, positionKm, d.coverage(), d.costEur(), d.widthM(), d.depthM(),
                    frontM);
        } else if (o instanceof DragonsTeeth t) {
            return new DragonsTeeth(id, segment, positionKm, t.coverage(), t.costEur(), t.depthM(), frontM);
        } else if (o instanceof Abatis a) {
            return new Abatis(id, segment, positionKm, a.coverage(), a.costEur(), a.depthM());
        } else if (o instanceof Obstacle.Extension x) {
            Obstacle.Extension p = x.placedInBelt(id, segment, positionKm, frontM);
            if (p == null || !p.type().equals(x.type()) || !p.id().equals(id) || !p.segment().equals(segment)
                    || p.positionKm() != positionKm) {
                throw new ScenarioException("elements", "the '" + x.type() + "' kind placed a belt element "
                        + (p == null ? "as nothing" : "as " + p.type() + " " + p.id() + " on " + p.segment() + " at km "
                        + Check.number(p.positionKm())) + ", not as " + x.type() + " " + id + " on " + segment
                        + " at km " + Check.number(positionKm) + " (Obstacle.Extension.placedInBelt)");
            }
            ObstacleKinds.check(p);
            return p;
        }
        throw new ScenarioException("elements", "a belt holds minefields, ditches, teeth, abatis and kinds of "
                + "your own that place themselves in a belt, not a " + o.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
