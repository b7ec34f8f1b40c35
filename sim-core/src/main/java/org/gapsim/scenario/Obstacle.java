package org.gapsim.scenario;

import java.util.List;
import java.util.Map;
import org.gapsim.scenario.internal.Check;
import umontreal.ssj.rng.RandomStream;

/**
 * A man-made obstacle placed on a road segment at a km position from the segment's {@code from} end.
 * Implementations are immutable records validated on construction: the six built-in kinds, and a user's kinds
 * through {@link Extension} (made from YAML by an {@link ObstacleKindProvider}).
 */
public sealed interface Obstacle
        permits Minefield, AntiTankDitch, DragonsTeeth, Abatis, Crater, BridgeDemolition, Obstacle.Extension {

    /** @return unique key */
    String id();

    /** @return id of the road segment it sits on */
    String segment();

    /** @return position on the segment from its {@code from} end, km */
    double positionKm();

    /** @return how the defender watches it */
    Coverage coverage();

    /** @return cost to build, EUR */
    double costEur();

    /** @return its kind */
    ObstacleKind kind();

    /** @return the distance along the road a breach lane must cross, m */
    double laneLengthM();

    /** @return its width across the avenue of approach, m; a bypass must go round it */
    double frontM();

    /**
     * @param c the copy's coverage
     * @return a copy with another coverage
     */
    Obstacle withCoverage(Coverage c);

    /**
     * Validates the fields every obstacle has.
     *
     * @param id the obstacle's id ({@link #id()})
     * @param segment id of the road segment it sits on ({@link #segment()})
     * @param positionKm position on the segment from its {@code from} end, km ({@link #positionKm()})
     * @param coverage how the defender watches it ({@link #coverage()})
     * @param costEur cost to build, EUR ({@link #costEur()})
     */
    static void checkCommon(String id, String segment, double positionKm, Coverage coverage, double costEur) {
        Check.id("id", id);
        Check.id("segment", segment);
        Check.nonNegative("positionKm", positionKm, Limits.MAX_LENGTH_KM);
        Check.required("coverage", coverage);
        Check.nonNegative("costEur", costEur, Limits.MAX_COST_EUR);
    }

    /**
     * A user's kind of lane obstacle (wire, a log crib, a road block ...), made by an {@link ObstacleKindProvider}
     * found on the class path or passed in ({@link ObstacleKinds}): the one open door of this sealed interface. The
     * model treats it like the built-in lane obstacles (detection, the defender's fight at the site, the choice of
     * method, lanes opened one by one, passage single file, call-off, bypass, events) and asks it only the rules
     * below. It is never a minefield (no mines in it: no mine strikes, no residual risk in its lanes) and never a
     * gap (no ford, ice or pontoons). Implementations must be immutable and thread-safe; the rules are called while
     * a replication runs (once per breach or lane, never per vehicle), so they should not allocate.
     */
    non-sealed interface Extension extends Obstacle {
        /** @return its provider's {@link ObstacleKindProvider#name()}: the YAML {@code type} */
        String type();

        /**
         * @return the built-in kind it is counted under in the outputs (held minutes by kind, events, the map's
         *         symbol): {@link ObstacleKind#ANTI_TANK_DITCH}, {@link ObstacleKind#DRAGONS_TEETH},
         *         {@link ObstacleKind#ABATIS} or {@link ObstacleKind#CRATER}, never a minefield or a blown bridge
         *         (checked when the scenario is read and when a plan is compiled)
         */
        @Override
        ObstacleKind kind();

        /**
         * @return the methods that can open a lane through it, in the attacker's order of preference (the doctrine's
         *         {@code methods} table, keyed by built-in kind, does not apply); not empty. The model uses the first
         *         one the column has the assets for, with the built-ins' asset rules: a line charge uses
         *         {@code ceil(laneLengthM / charge length)} charges per lane, a bridge one bridge per lane (only if
         *         {@link #laneLengthM()} is within its span), ploughs and earth movers one per lane, a manual party
         *         any number of lanes. Asked at each breach decision: return a constant list.
         */
        List<BreachMethod> breachMethods();

        /**
         * The working time by day to open one lane with {@code method} (the model adds night work, the fight's
         * suppression and the doctrine's delays as for the built-in kinds).
         *
         * @param method one of {@link #breachMethods()}
         * @param assets the breaching column's engineer assets (their rates, set-up times and distributions)
         * @param stream the column's breach-time stream at this obstacle: draw uniforms from it only, the same
         *               number whatever the outcome if you can (a later lane's draws then stay where they were)
         * @return minutes, finite and not negative
         */
        double laneWorkMin(BreachMethod method, EngineerAssets assets, RandomStream stream);

        /** @return whether a column may drive round it (where ground, season and its front allow); default yes */
        default boolean bypassable() {
            return true;
        }

        /**
         * @param ruleKm the model's detour round it, km: the doctrine's base detour plus the geometric path round
         *               its {@link #frontM()} and {@link #laneLengthM()} at the ground's stand-off
         * @return the detour a bypass drives off road, km; default {@code ruleKm}
         */
        default double detourKm(double ruleKm) {
            return ruleKm;
        }

        /**
         * @param unit the unit a catalogue item naming it is priced in
         * @return the quantity of {@code unit} it contains, or NaN if an item priced in that unit does not fit it
         *         (default: NaN for every unit, so only a typed {@code costEur} prices it)
         */
        default double quantity(CostUnit unit) {
            return Double.NaN;
        }

        /**
         * Places it as an element of a {@link Belt}: a belt lays its elements one behind the other, each with the
         * belt's front. By default a kind cannot be a belt element (refused, naming the belt's {@code elements} and
         * this method); override it to allow it (the belt's reader then leaves out {@code frontM} from the
         * element's fields and passes a placeholder of 1 m, replaced here, if the kind has that field).
         *
         * @param id         the element's id ({@code <belt id>.<k>})
         * @param segment    the belt's segment
         * @param positionKm the element's near edge from the segment's {@code from} end, km
         * @param frontM     the belt's front, m (a kind without a front ignores it)
         * @return a copy at that place, with that id and (where it has one) that front; every other field kept
         * @throws ScenarioException (field {@code elements}) if this kind cannot be a belt element
         */
        default Extension placedInBelt(String id, String segment, double positionKm, double frontM) {
            throw new ScenarioException("elements", "a '" + type() + "' obstacle cannot be a belt element: its kind "
                    + "does not say how a belt places it (Obstacle.Extension.placedInBelt); list it under obstacles");
        }

        /**
         * @param costEur the new cost, EUR
         * @return a copy with another cost, EUR (a catalogue's derived cost)
         */
        Extension withCostEur(double costEur);

        @Override
        Extension withCoverage(Coverage c);

        /**
         * @return its own YAML fields (not {@code type, id, segment, positionKm, coverage, costEur}) by name, in the
         *         order the writer should write them: numbers, strings, booleans or {@link Distribution}s, each
         *         readable back by its provider
         */
        Map<String, Object> fields();
    }
}
