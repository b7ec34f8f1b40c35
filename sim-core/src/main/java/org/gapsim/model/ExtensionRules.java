package org.gapsim.model;

import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Obstacle;
import umontreal.ssj.rng.RandomStream;

/**
 * The one generic path by which the model asks a user's obstacle kind ({@link Obstacle.Extension}) its breach rules:
 * which of its methods the column can use with the assets it has left, and how long a lane takes. No switch over the
 * extension's type; the asset rules are the built-in ones (see {@link Obstacle.Extension#breachMethods()}). Lanes of
 * a line charge are as wide as the charge's lane, of a plough its two blades, of a manual party
 * {@link Breach#MANUAL_LANE_WIDTH_M}, else {@link Breach#MECHANICAL_LANE_WIDTH_M}; nothing in the lane is left
 * behind (clearance 1: there are no mines in it). A column's user breach methods ({@link EngineerAssets#extra()})
 * come first, in the order given, wherever {@link EngineerAssets.Extra#opens} accepts the obstacle and items are left:
 * one item per lane (used up if {@link EngineerAssets.Extra#consumable()}), lanes as wide as its
 * {@link EngineerAssets.Extra#laneWidthM()}. Times in minutes.
 */
final class ExtensionRules {
    private ExtensionRules() {
    }

    /**
     * @param x      the obstacle
     * @param breach the column's breaching (assets left)
     * @param assets the column's engineer assets
     * @param wanted lanes the doctrine wants per obstacle
     * @return the first of the obstacle's methods the column can use, with its lanes, or null if none
     */
    static Breach.Plan choose(Obstacle.Extension x, Breach breach, EngineerAssets assets, int wanted) {
        for (int k = 0; k < assets.extra().size(); k++) {
            EngineerAssets.Extra e = assets.extra().get(k);
            int left = breach.extraLeft(k);
            if (left > 0 && e.opens(x)) {
                int lanes = Math.min(wanted, left);
                return new Breach.Plan(e.countedAs(), lanes, e.consumable() ? lanes : 0, e.laneWidthM(), 1.0, k);
            }
        }
        for (BreachMethod m : x.breachMethods()) {
            int left = breach.left(m);
            switch (m) {
                case LINE_CHARGE -> {
                    EngineerAssets.LineCharges lc = assets.lineCharges();
                    int per = Math.max(1, (int) Math.ceil(x.laneLengthM() / lc.laneLengthM() - 1e-9));
                    int lanes = Math.min(wanted, left / per);
                    if (lanes >= 1) {
                        return new Breach.Plan(m, lanes, lanes * per, lc.laneWidthM(), 1.0);
                    }
                }
                case BRIDGE_LAYER -> {
                    if (left > 0 && x.laneLengthM() <= assets.bridgeLayers().spanM()) {
                        int lanes = Math.min(wanted, left);
                        return new Breach.Plan(m, lanes, lanes, Breach.MECHANICAL_LANE_WIDTH_M, 1.0);
                    }
                }
                case MINE_PLOUGH -> {
                    if (left > 0) {
                        return new Breach.Plan(m, Math.min(wanted, left), 0,
                                Breach.PLOUGH_BLADE_SPACING_M + Breach.PLOUGH_BLADE_WIDTH_M, 1.0);
                    }
                }
                case EARTH_MOVER -> {
                    if (left > 0) {
                        return new Breach.Plan(m, Math.min(wanted, left), 0, Breach.MECHANICAL_LANE_WIDTH_M, 1.0);
                    }
                }
                case MANUAL -> {
                    return new Breach.Plan(m, wanted, 0, Breach.MANUAL_LANE_WIDTH_M, 1.0);
                }
            }
        }
        return null;
    }

    /**
     * @return the obstacle's working time for one lane by day, minutes
     * @throws IllegalStateException if the extension gives a negative or NaN time (a bug in it, not bad input)
     */
    static double laneWorkMin(Obstacle.Extension x, BreachMethod m, EngineerAssets assets, RandomStream bt) {
        double w = x.laneWorkMin(m, assets, bt);
        if (!(w >= 0)) {
            throw new IllegalStateException("obstacle kind '" + x.type() + "' gave a lane work time of " + w
                    + " min for " + m + " at " + x.id());
        }
        return w;
    }

    /**
     * @return a user method's working time for one lane through {@code x} by day, minutes
     * @throws IllegalStateException if the method gives a negative or NaN time (a bug in it, not bad input)
     */
    static double laneWorkMin(Obstacle.Extension x, EngineerAssets.Extra e, RandomStream bt) {
        double w = e.laneWorkMin(x, bt);
        if (!(w >= 0)) {
            throw new IllegalStateException("breach method '" + e.method() + "' gave a lane work time of " + w
                    + " min at " + x.id());
        }
        return w;
    }
}
