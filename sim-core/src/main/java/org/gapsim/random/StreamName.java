package org.gapsim.random;

/**
 * The names of the model's random inputs. Each is a purpose plus the ids of the entities it concerns, so a draw
 * belongs to one decision in one place and is the same in every fortification package (common random numbers).
 */
public final class StreamName {
    private StreamName() {
    }

    /**
     * @param column the column's id
     * @return departure delay and per-segment speed factors of a column
     */
    public static String march(String column) {
        return "march/" + column;
    }

    /**
     * @param column the column's id
     * @param obstacle the obstacle's id
     * @return whether a column's recon detects an obstacle in advance
     */
    public static String detection(String column, String obstacle) {
        return "detection/" + column + "/" + obstacle;
    }

    /**
     * @param obstacle the minefield's id
     * @return the positions of a minefield's mines
     */
    public static String mineLayout(String obstacle) {
        return "mine-layout/" + obstacle;
    }

    /**
     * @param column the column's id
     * @param obstacle the minefield's id
     * @return a column's vehicles' lateral paths across a minefield and the kill draws of the mines they set off
     */
    public static String encounter(String column, String obstacle) {
        return "encounter/" + column + "/" + obstacle;
    }

    /**
     * @param column the column's id
     * @param obstacle the obstacle's id
     * @return a column's breach, bypass and proofing times at an obstacle
     */
    public static String breachTime(String column, String obstacle) {
        return "breach-time/" + column + "/" + obstacle;
    }

    /**
     * @param column the column's id
     * @param obstacle the obstacle's id
     * @return the attacker's side of a column's fight at a defended obstacle: smoke, counter-fire, replacements,
     *         further attempts, misfires
     */
    public static String fight(String column, String obstacle) {
        return "fight/" + column + "/" + obstacle;
    }

    /**
     * @param column the column's id
     * @param obstacle the obstacle's id
     * @return the column's assault at a defended obstacle: its finding and engagements of the defender's
     *         direct-fire units (a new name, so no other stream shifts)
     */
    public static String assault(String column, String obstacle) {
        return "assault/" + column + "/" + obstacle;
    }

    /**
     * @param unit the defender unit's id
     * @return a defender unit's detections, reactions, shots, targets and kills
     */
    public static String defender(String unit) {
        return "defender/" + unit;
    }

    /**
     * @param unit the defender unit's id
     * @return whether the attacker knew a defender unit's position before the battle
     */
    public static String known(String unit) {
        return "known/" + unit;
    }

    /**
     * @param unit the defender unit's id
     * @return whether a defender unit is manned and fights at all in a replication (its cohesion)
     */
    public static String cohesion(String unit) {
        return "cohesion/" + unit;
    }

    /**
     * @param column the column's id
     * @return a column's own side of its interdiction on the march: the contact halts after its losses (each unit's
     *         draws are on {@link #interdiction(String, String)})
     */
    public static String interdiction(String column) {
        return "interdiction/" + column;
    }

    /**
     * @param target the id of the obstacle, belt or layout entry emplaced on warning
     * @return whether an obstacle or belt emplaced on early warning works (drawn once per replication) and how long
     *         it takes to emplace (issue 12 item 4)
     */
    public static String dynamic(String target) {
        return "dynamic/" + target;
    }

    /**
     * @param column the column's id
     * @param unit the sensor's or fire unit's id
     * @return one defender unit's side of a column's interdiction on the march: a sensor's detection clock, or a fire
     *         unit's own detection clock, reaction, engagement gaps, targets, kills and the counter-fire it draws (one
     *         stream per unit, so adding a unit never shifts another unit's draws)
     */
    public static String interdiction(String column, String unit) {
        return "interdiction/" + column + "/" + unit;
    }
}
