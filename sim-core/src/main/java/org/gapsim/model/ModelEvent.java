package org.gapsim.model;

import java.util.List;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.ObstacleKind;

/**
 * What a replication publishes. Every event has its simulated time in minutes and the column it concerns;
 * listeners receive them in time order (ties in the order they were scheduled).
 */
public sealed interface ModelEvent {
    /** @return simulated time of the event, minutes */
    double timeMin();

    /** @return id of the column it concerns */
    String column();

    /**
     * A column's lead vehicle left its start place.
     *
     * @param timeMin  departure time, minutes
     * @param column   column id
     * @param place    start place id
     * @param vehicles vehicles in the column
     */
    record ColumnDeparted(double timeMin, String column, String place, int vehicles) implements ModelEvent {
    }

    /**
     * A column's head passed a place on its route.
     *
     * @param timeMin     head passage time, minutes
     * @param column      column id
     * @param place       place id
     * @param tailTimeMin time its last vehicle passes, minutes
     */
    record PlaceReached(double timeMin, String column, String place, double tailTimeMin) implements ModelEvent {
    }

    /**
     * A column learnt of an obstacle.
     *
     * @param timeMin  time, minutes
     * @param column   column id
     * @param obstacle obstacle id
     * @param kind     obstacle kind
     * @param mode     how
     */
    record ObstacleDetected(double timeMin, String column, String obstacle, ObstacleKind kind, DetectionMode mode)
            implements ModelEvent {
    }

    /**
     * A vehicle set off a mine.
     *
     * @param timeMin     time, minutes
     * @param column      column id
     * @param obstacle    minefield id
     * @param vehicle     the vehicle's index in the column's march order (0 = lead)
     * @param vehicleType vehicle type id
     * @param killed      whether it was stopped
     * @param inLane      whether it was in a breach lane (a residual mine)
     */
    record MineStrike(double timeMin, String column, String obstacle, int vehicle, String vehicleType, boolean killed,
                      boolean inLane) implements ModelEvent {
    }

    /**
     * A column started to breach an obstacle.
     *
     * @param timeMin    start of reduction (after the decision delay), minutes
     * @param column     column id
     * @param obstacle   obstacle id
     * @param method     breach method
     * @param lanes      lanes being opened
     * @param assetsUsed consumable assets used (line charges, bridges); 0 for reusable ones
     */
    record BreachStarted(double timeMin, String column, String obstacle, BreachMethod method, int lanes,
                         int assetsUsed) implements ModelEvent {
    }

    /**
     * A breach lane is open.
     *
     * @param timeMin  time the lane opened, minutes
     * @param column   column id
     * @param obstacle obstacle id
     * @param lane     lane index
     */
    record LaneOpened(double timeMin, String column, String obstacle, int lane) implements ModelEvent {
    }

    /**
     * How deep a breach lane under fire is cleared, published by the fight at the site whenever the lane's clearing
     * rate changes (work starts or stops, day/night, fire on manual work, a carrier lost or replaced, the attempt
     * fails), when it is reseeded (cleared depth back to 0) and just before its {@link LaneOpened} (cleared depth =
     * depth). Between two events of a lane its cleared depth at time t is {@code clearedM + rateMPerMin x (t -
     * timeMin)}, exact since the rate is constant in between. A breach with no defender's fight at the site (worked
     * out ahead) and a pontoon crossing publish none: such a lane is read as cleared at its {@link LaneOpened}.
     *
     * @param timeMin    time, minutes
     * @param column     column id
     * @param obstacle   obstacle id
     * @param lane       lane index within the current attempt
     * @param clearedM   depth cleared at {@code timeMin}, m (0 to {@code depthM})
     * @param depthM     the lane's whole depth, m (the obstacle's lane length)
     * @param rateMPerMin clearing rate from {@code timeMin} until the lane's next event, m per minute (0: stopped)
     */
    record LaneProgress(double timeMin, String column, String obstacle, int lane, double clearedM, double depthM,
                        double rateMPerMin) implements ModelEvent {
    }

    /**
     * A column found a bypass round an obstacle and started along it.
     *
     * @param timeMin  time the bypass was ready, minutes
     * @param column   column id
     * @param obstacle obstacle id
     * @param detourKm off-road distance, km
     */
    record BypassStarted(double timeMin, String column, String obstacle, double detourKm) implements ModelEvent {
    }

    /**
     * A column found an obstacle it cannot cross and turned to another route.
     *
     * @param timeMin  time, minutes
     * @param column   column id
     * @param obstacle obstacle id
     * @param route    the new route's places, from the place it turns back to
     */
    record Rerouted(double timeMin, String column, String obstacle, List<String> route) implements ModelEvent {
    }

    /**
     * A vehicle was lost.
     *
     * @param timeMin     time, minutes
     * @param column      column id
     * @param vehicle     index in march order
     * @param vehicleType vehicle type id
     * @param cause       cause
     * @param obstacle    obstacle where it happened (for {@link LossCause#FIRE_ON_MARCH}: the road segment's id)
     */
    record VehicleLost(double timeMin, String column, int vehicle, String vehicleType, LossCause cause,
                       String obstacle) implements ModelEvent {
    }

    /**
     * A column's head got past an obstacle.
     *
     * @param timeMin        head passage time (it has crossed the obstacle), minutes
     * @param column         column id
     * @param obstacle       obstacle id
     * @param kind           obstacle kind
     * @param headArrivalMin time the head reached the obstacle, minutes
     * @param tailPassMin    time the last vehicle got past, minutes
     * @param haltedMin      minutes the head waited at the obstacle beyond an unobstructed crossing
     * @param outcome        how it got past
     */
    record ObstaclePassed(double timeMin, String column, String obstacle, ObstacleKind kind, double headArrivalMin,
                          double tailPassMin, double haltedMin, Outcome outcome) implements ModelEvent {
    }

    /**
     * A column's head reached its objective.
     *
     * @param timeMin          lead arrival time, minutes
     * @param column           column id
     * @param objective        objective place id
     * @param tailMin          last surviving vehicle's arrival time, minutes
     * @param arrivalTimesMin  every surviving vehicle's arrival time, in march order, minutes
     * @param startVehicles    vehicles the column started with
     */
    record ColumnArrived(double timeMin, String column, String objective, double tailMin, double[] arrivalTimesMin,
                         int startVehicles) implements ModelEvent {
    }

    /**
     * A column found no route to its objective and waits where it is for the situation to change (another column
     * opening a lane or bridge through an obstacle that blocks it). It either resumes ({@link ColumnResumed}) or,
     * once no column that could still open such an obstacle is left, halts for good ({@link ColumnHalted}).
     *
     * @param timeMin time it started to wait, minutes
     * @param column  column id
     * @param reason  why (no route to the objective)
     * @param where   place or obstacle id where it waits
     */
    record ColumnWaiting(double timeMin, String column, String reason, String where) implements ModelEvent {
    }

    /**
     * A waiting column has a way again (an obstacle that blocked it was opened) and moves on, re-planning its
     * route from where it waited.
     *
     * @param timeMin  time it resumed, minutes
     * @param column   column id
     * @param where    place or obstacle id where it waited
     * @param waitedMin minutes it waited there
     */
    record ColumnResumed(double timeMin, String column, String where, double waitedMin) implements ModelEvent {
    }

    /**
     * A column stopped for good short of its objective: at the time of the loss that took it below its
     * combat-ineffective threshold, or when it was waiting for a way and no column able to open one was left.
     *
     * @param timeMin time, minutes
     * @param column  column id
     * @param reason  why (destroyed, combat ineffective, no route to the objective, culminated)
     * @param where   place or obstacle id
     */
    record ColumnHalted(double timeMin, String column, String reason, String where) implements ModelEvent {
    }

    /**
     * A defender sensor (or a direct-fire or drone unit by itself) found a column at an obstacle.
     *
     * @param timeMin  time, minutes
     * @param column   column id
     * @param obstacle obstacle id (the site)
     * @param unit     id of the defender unit that found it
     */
    record SiteDetected(double timeMin, String column, String obstacle, String unit) implements ModelEvent {
    }

    /**
     * A defender fire unit engaged one vehicle (one missile, salvo or drone). A kill also publishes
     * {@link VehicleLost} with {@link LossCause#FIRE} at the same time.
     *
     * @param timeMin     time, minutes
     * @param column      column id
     * @param obstacle    obstacle id (the site)
     * @param unit        id of the fire unit
     * @param vehicle     the target's index in march order
     * @param vehicleType the target's vehicle type id
     * @param killed      whether it was killed
     */
    record Engagement(double timeMin, String column, String obstacle, String unit, int vehicle, String vehicleType,
                      boolean killed) implements ModelEvent {
    }

    /**
     * An engineer asset was lost with the vehicle carrying it (one event per item).
     *
     * @param timeMin     time, minutes
     * @param column      column id
     * @param obstacle    obstacle id where it happened
     * @param vehicle     the carrier's index in march order
     * @param vehicleType the carrier's vehicle type id
     * @param asset       "line-charge", "plough", "roller", "bridge" or "earth-mover"
     */
    record AssetLost(double timeMin, String column, String obstacle, int vehicle, String vehicleType, String asset)
            implements ModelEvent {
    }

    /**
     * A line charge misfired (it is primed by hand) or was wasted (another charge is needed).
     *
     * @param timeMin  time it was fired, minutes
     * @param column   column id
     * @param obstacle obstacle id
     * @param wasted   whether the charge was wasted rather than primed by hand
     */
    record ChargeMisfired(double timeMin, String column, String obstacle, boolean wasted) implements ModelEvent {
    }

    /**
     * A vehicle struck in a breach lane blocks it until recovered.
     *
     * @param timeMin  time of the strike, minutes
     * @param column   column id
     * @param obstacle obstacle id
     * @param lane     lane index
     * @param untilMin time the lane is free again, minutes
     */
    record LaneBlocked(double timeMin, String column, String obstacle, int lane, double untilMin)
            implements ModelEvent {
    }

    /**
     * A defender unit's mine rounds reseeded lane {@code lane} of a breach under way: it must be cleared again.
     *
     * @param timeMin  when, minutes
     * @param column   the column breaching
     * @param obstacle the obstacle
     * @param unit     the defender unit that fired
     * @param lane     the lane reseeded
     */
    record LaneReseeded(double timeMin, String column, String obstacle, String unit, int lane) implements ModelEvent {
    }

    /**
     * A breach attempt failed: every lane's work stopped for want of assets, the attacker called the attempt off after
     * its losses, or every pontoon bridge of a crossing was lost to fire.
     *
     * @param timeMin  time, minutes
     * @param column   column id
     * @param obstacle obstacle id
     * @param method   the method that failed
     * @param attempt  the attempt's number at this obstacle (1 = first)
     * @param reason   why: "every lane stopped for want of assets", "called off after its losses" or "every pontoon
     *                 bridge lost to fire"
     */
    record BreachFailed(double timeMin, String column, String obstacle, BreachMethod method, int attempt,
                        String reason) implements ModelEvent {
    }

    /**
     * The attacker's counter-fire suppressed a defender unit it had located.
     *
     * @param timeMin  time, minutes
     * @param column   id of the column whose counter-fire it was
     * @param unit     defender unit id
     * @param untilMin time the suppression ends, minutes
     */
    record UnitSuppressed(double timeMin, String column, String unit, double untilMin) implements ModelEvent {
    }

    /**
     * The attacker's counter-fire destroyed a defender unit.
     *
     * @param timeMin time, minutes
     * @param column  id of the column whose counter-fire it was
     * @param unit    defender unit id
     */
    record UnitDestroyed(double timeMin, String column, String unit) implements ModelEvent {
    }

    /**
     * The column's assault force destroyed a defender direct-fire unit near an obstacle it had crossed (SOSRA's
     * assault; counted with the counter-fire's {@link UnitDestroyed} in the defender's units destroyed).
     *
     * @param timeMin  time, minutes
     * @param column   id of the column whose assault it was
     * @param obstacle id of the obstacle its vehicles were across
     * @param unit     defender unit id
     */
    record UnitAssaulted(double timeMin, String column, String obstacle, String unit) implements ModelEvent {
    }

    /**
     * The defender first detected a column on the march (its early warning): a sensor, or a direct-fire or drone
     * unit by itself, while the column was inside its coverage of a road.
     *
     * @param timeMin time, minutes
     * @param column  column id
     * @param unit    id of the defender unit that detected it
     * @param segment id of the road segment the column's head was on
     * @param km      the head's distance from the segment's {@code from} end, km
     */
    record ColumnDetected(double timeMin, String column, String unit, String segment, double km)
            implements ModelEvent {
    }

    /**
     * A defender fire unit engaged one vehicle of a column on the march (one missile, salvo or drone). A kill also
     * publishes {@link VehicleLost} with {@link LossCause#FIRE_ON_MARCH} (its place: the segment id) at the same
     * time.
     *
     * @param timeMin     time, minutes
     * @param column      column id
     * @param segment     id of the road segment the column's head was on
     * @param unit        id of the fire unit
     * @param vehicle     the target's number in march order at the start
     * @param vehicleType the target's vehicle type id
     * @param killed      whether it was killed
     */
    record MarchEngagement(double timeMin, String column, String segment, String unit, int vehicle,
                           String vehicleType, boolean killed) implements ModelEvent {
    }

    /**
     * An obstacle or belt on warning is in place (issue 12 item 4). Published when the force's emplacements are
     * decided (the first time a column's head reaches one after the first warning), at its own time.
     *
     * @param timeMin   time it is in place, minutes
     * @param column    id of the column whose detection was the force's first warning
     * @param target    id of the obstacle or belt
     * @param kind      what it is
     * @param warningMin the force's first warning, minutes
     */
    record ObstacleEmplaced(double timeMin, String column, String target, org.gapsim.scenario.DynamicKind kind,
                            double warningMin) implements ModelEvent {
    }

    /**
     * An obstacle or belt on warning failed (a demolition did not fire, a system did not arrive): never in place.
     *
     * @param timeMin   time it would have been in place, minutes
     * @param column    id of the column whose detection was the force's first warning
     * @param target    id of the obstacle or belt
     * @param kind      what it is
     * @param warningMin the force's first warning, minutes
     */
    record EmplacementFailed(double timeMin, String column, String target, org.gapsim.scenario.DynamicKind kind,
                             double warningMin) implements ModelEvent {
    }

    /**
     * A column's head reached an obstacle on warning: it was in place (the column deals with it as with any
     * obstacle) or not (the column drives on over where it would have been).
     *
     * @param timeMin  time, minutes
     * @param column   column id
     * @param obstacle obstacle id
     * @param inPlace  whether it was in place
     */
    record DynamicObstacleMet(double timeMin, String column, String obstacle, boolean inPlace) implements ModelEvent {
    }
}
