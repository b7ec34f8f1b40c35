package org.gapsim.model;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.random.StreamName;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.CoverageTemplate;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.TargetGroup;
import org.gapsim.scenario.UnitPosition;

/**
 * The defender's units as one plan sees them (immutable, shared by every replication): the scenario's units, the
 * package's units, and a copy of the coverage template's units at every obstacle marked {@code observed} or
 * {@code covered} (ids {@code <obstacle>/<unit>}), each with the obstacles its range reaches. Positions are turned
 * into coordinates (a place's lat/lon; a segment position interpolated on the straight line between the segment's
 * end places at {@code km / lengthKm}); distances are great-circle km between those points.
 */
final class DefenceLayout {
    /** Every sensor, in order: scenario, package, then template copies by obstacle. */
    final Sensor[] sensors;
    /** Every fire unit, in the same order. */
    final FireUnit[] fireUnits;
    /** Per obstacle index: the sensors whose range reaches it. */
    final int[][] sensorsAt;
    /** Per obstacle index: the fire units whose range reaches it. */
    final int[][] fireUnitsAt;
    /**
     * Per obstacle index, parallel to {@link #sensorsAt} and {@link #fireUnitsAt}: how far the column's head comes
     * inside the unit's range on its approach to the obstacle, km: {@code rangeKm - distance} (ASSUMPTION: the
     * lower bound for a straight road through the site; exact for a unit at the site).
     */
    final double[][] sensorApproachKm;
    final double[][] fireApproachKm;
    /** Stream names per sensor and per fire unit ({@code defender/<unit id>}). */
    final String[] sensorStreams;
    final String[] fireStreams;
    /** Per fire unit: the name of its stream of the attacker's knowledge and preparation ({@code known/<unit>}). */
    final String[] knownStreams;
    /** Per fire unit: the name of its cohesion stream ({@code cohesion/<unit>}). */
    final String[] cohesionStreams;
    /** Share of the attacker's EW the defender cancels, scenario and package combined. */
    final double electronicProtection;
    /** Target groups in the defender's order. */
    final TargetGroup[] priority;

    DefenceLayout(RoadNetwork network, Defender own, Defender bought, List<Obstacle> obstacles) {
        Defender all = own.and(bought);
        electronicProtection = all.electronicProtection();
        priority = all.targetPriority().toArray(new TargetGroup[0]);
        List<Sensor> s = new ArrayList<>();
        List<double[]> sAt = new ArrayList<>();
        List<FireUnit> f = new ArrayList<>();
        List<double[]> fAt = new ArrayList<>();
        for (Sensor x : all.sensors()) {
            s.add(x);
            sAt.add(point(network, x.position()));
        }
        for (FireUnit x : all.fireUnits()) {
            f.add(x);
            fAt.add(point(network, x.position()));
        }
        double[][] obstacleAt = new double[obstacles.size()][];
        for (int i = 0; i < obstacles.size(); i++) {
            Obstacle o = obstacles.get(i);
            obstacleAt[i] = point(network, o.segment(), o.positionKm());
            CoverageTemplate t = o.coverage() == Coverage.COVERED_BY_FIRE ? own.coveredTemplate()
                    : o.coverage() == Coverage.OBSERVED ? own.observedTemplate() : CoverageTemplate.EMPTY;
            for (Sensor x : t.sensors()) {
                s.add(x.toBuilder().id(o.id() + "/" + x.id()).build());
                sAt.add(obstacleAt[i]);
            }
            for (FireUnit x : t.fireUnits()) {
                f.add(x.toBuilder().id(o.id() + "/" + x.id()).build());
                fAt.add(obstacleAt[i]);
            }
        }
        sensors = s.toArray(new Sensor[0]);
        fireUnits = f.toArray(new FireUnit[0]);
        sensorsAt = new int[obstacles.size()][];
        fireUnitsAt = new int[obstacles.size()][];
        for (int i = 0; i < obstacles.size(); i++) {
            sensorsAt[i] = inRange(sAt, obstacleAt[i], sensors.length, k -> sensors[k].rangeKm());
            fireUnitsAt[i] = inRange(fAt, obstacleAt[i], fireUnits.length, k -> fireUnits[k].rangeKm());
        }
        sensorApproachKm = new double[obstacles.size()][];
        fireApproachKm = new double[obstacles.size()][];
        for (int i = 0; i < obstacles.size(); i++) {
            sensorApproachKm[i] = new double[sensorsAt[i].length];
            for (int j = 0; j < sensorsAt[i].length; j++) {
                int k = sensorsAt[i][j];
                sensorApproachKm[i][j] = Math.max(0, sensors[k].rangeKm() - km(sAt.get(k), obstacleAt[i]));
            }
            fireApproachKm[i] = new double[fireUnitsAt[i].length];
            for (int j = 0; j < fireUnitsAt[i].length; j++) {
                int k = fireUnitsAt[i][j];
                fireApproachKm[i][j] = Math.max(0, fireUnits[k].rangeKm() - km(fAt.get(k), obstacleAt[i]));
            }
        }
        sensorStreams = new String[sensors.length];
        for (int k = 0; k < sensors.length; k++) {
            sensorStreams[k] = StreamName.defender(sensors[k].id());
        }
        fireStreams = new String[fireUnits.length];
        for (int k = 0; k < fireUnits.length; k++) {
            fireStreams[k] = StreamName.defender(fireUnits[k].id());
        }
        knownStreams = new String[fireUnits.length];
        for (int k = 0; k < fireUnits.length; k++) {
            knownStreams[k] = StreamName.known(fireUnits[k].id());
        }
        cohesionStreams = new String[fireUnits.length];
        for (int k = 0; k < fireUnits.length; k++) {
            cohesionStreams[k] = StreamName.cohesion(fireUnits[k].id());
        }
    }

    /** @return whether any fire unit's range reaches obstacle {@code i} (a wreck there blocks its lane) */
    boolean underFire(int i) {
        return fireUnitsAt[i].length > 0;
    }

    /** @return whether any unit's range reaches obstacle {@code i} */
    boolean defended(int i) {
        return sensorsAt[i].length > 0 || fireUnitsAt[i].length > 0;
    }

    private static int[] inRange(List<double[]> at, double[] target, int n, java.util.function.IntToDoubleFunction range) {
        int[] tmp = new int[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (km(at.get(k), target) <= range.applyAsDouble(k) + 1e-9) {
                tmp[m++] = k;
            }
        }
        return java.util.Arrays.copyOf(tmp, m);
    }

    private static double[] point(RoadNetwork network, UnitPosition p) {
        if (p.place() != null) {
            Place q = network.place(p.place()).orElseThrow();
            return new double[] {q.latDeg(), q.lonDeg()};
        }
        return point(network, p.segment(), p.km());
    }

    private static double[] point(RoadNetwork network, String segment, double km) {
        RoadSegment s = network.segment(segment).orElseThrow();
        Place a = network.place(s.from()).orElseThrow();
        Place b = network.place(s.to()).orElseThrow();
        double f = Math.min(1, km / s.lengthKm());
        return new double[] {a.latDeg() + f * (b.latDeg() - a.latDeg()), a.lonDeg() + f * (b.lonDeg() - a.lonDeg())};
    }

    /** @return great-circle distance between two lat/lon points, km (haversine, Earth radius 6371 km) */
    static double km(double[] a, double[] b) {
        double p1 = Math.toRadians(a[0]);
        double p2 = Math.toRadians(b[0]);
        double dp = p2 - p1;
        double dl = Math.toRadians(b[1] - a[1]);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
