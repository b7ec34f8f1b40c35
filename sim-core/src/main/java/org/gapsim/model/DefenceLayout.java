package org.gapsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The defender's units as one plan sees them (immutable, shared by every replication): the scenario's units, the
 * package's units, and a copy of the coverage template's units at every obstacle marked {@code observed} or
 * {@code covered} (ids {@code <obstacle>/<unit>}), each with the obstacles its range reaches. Positions are turned
 * into coordinates (a place's lat/lon; a segment position interpolated on the straight line between the segment's
 * end places at {@code km / lengthKm}); distances are great-circle km between those points.
 *
 * <p><b>Roads</b> (interdiction on the march): per road segment, the stretch of it each unit sees or reaches
 * ({@link RoadCover}, km from the segment's {@code from} end): the points of the segment, placed as above, within
 * the unit's range. Worked out once per plan; a segment no unit reaches has no entry.
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
    /** Per obstacle index, parallel to {@link #fireUnitsAt}: the unit's distance from the obstacle, km. */
    final double[][] fireDistanceKm;
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
    /** Per road segment id, the stretches of it the units cover; only segments some unit reaches. */
    private final Map<String, RoadCover> roads;

    /**
     * The stretches of one road segment that units cover, km from its {@code from} end: sensors' (indices into
     * {@link #sensors}) and fire units' (into {@link #fireUnits}), parallel arrays, each stretch in [0, length].
     */
    static final class RoadCover {
        final int[] sensors;
        final double[] sensorFromKm;
        final double[] sensorToKm;
        final int[] fireUnits;
        final double[] fireFromKm;
        final double[] fireToKm;

        RoadCover(int[] sensors, double[] sensorFromKm, double[] sensorToKm, int[] fireUnits, double[] fireFromKm,
                  double[] fireToKm) {
            this.sensors = sensors;
            this.sensorFromKm = sensorFromKm;
            this.sensorToKm = sensorToKm;
            this.fireUnits = fireUnits;
            this.fireFromKm = fireFromKm;
            this.fireToKm = fireToKm;
        }
    }

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
            sAt.add(network.latLon(x.position()));
        }
        for (FireUnit x : all.fireUnits()) {
            f.add(x);
            fAt.add(network.latLon(x.position()));
        }
        double[][] obstacleAt = new double[obstacles.size()][];
        for (int i = 0; i < obstacles.size(); i++) {
            Obstacle o = obstacles.get(i);
            obstacleAt[i] = network.latLon(o.segment(), o.positionKm());
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
        fireDistanceKm = new double[obstacles.size()][];
        for (int i = 0; i < obstacles.size(); i++) {
            sensorApproachKm[i] = new double[sensorsAt[i].length];
            for (int j = 0; j < sensorsAt[i].length; j++) {
                int k = sensorsAt[i][j];
                sensorApproachKm[i][j] = Math.max(0, sensors[k].rangeKm() - km(sAt.get(k), obstacleAt[i]));
            }
            fireApproachKm[i] = new double[fireUnitsAt[i].length];
            fireDistanceKm[i] = new double[fireUnitsAt[i].length];
            for (int j = 0; j < fireUnitsAt[i].length; j++) {
                int k = fireUnitsAt[i][j];
                fireDistanceKm[i][j] = km(fAt.get(k), obstacleAt[i]);
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
        roads = roads(network, sAt, fAt);
    }

    /** @return the stretches of {@code segment} the units cover, or null if no unit reaches it (no look-up then) */
    RoadCover roadCover(RoadSegment segment) {
        return roads.isEmpty() ? null : roads.get(segment.id());
    }

    /** @return whether some unit reaches some road (interdiction on the march can happen) */
    boolean coversRoads() {
        return !roads.isEmpty();
    }

    private Map<String, RoadCover> roads(RoadNetwork network, List<double[]> sAt, List<double[]> fAt) {
        Map<String, RoadCover> m = new HashMap<>();
        if (sensors.length == 0 && fireUnits.length == 0) {
            return m;
        }
        for (RoadSegment seg : network.segments()) {
            Place a = network.place(seg.from()).orElseThrow();
            Place b = network.place(seg.to()).orElseThrow();
            double[] pa = {a.latDeg(), a.lonDeg()};
            double[] pb = {b.latDeg(), b.lonDeg()};
            double len = seg.lengthKm();
            double[] mid = along(pa, pb, 0.5);
            double radius = Math.max(km(mid, pa), km(mid, pb)) * 1.01 + 1e-3;   // slack: lat/lon is not a great circle
            int[] si = new int[sensors.length];
            double[] sf = new double[sensors.length];
            double[] st = new double[sensors.length];
            int ns = 0;
            for (int k = 0; k < sensors.length; k++) {
                double[] r = stretch(pa, pb, len, mid, radius, sAt.get(k), sensors[k].rangeKm());
                if (r != null) {
                    si[ns] = k;
                    sf[ns] = r[0];
                    st[ns++] = r[1];
                }
            }
            int[] fi = new int[fireUnits.length];
            double[] ff = new double[fireUnits.length];
            double[] ft = new double[fireUnits.length];
            int nf = 0;
            for (int k = 0; k < fireUnits.length; k++) {
                double[] r = stretch(pa, pb, len, mid, radius, fAt.get(k), fireUnits[k].rangeKm());
                if (r != null) {
                    fi[nf] = k;
                    ff[nf] = r[0];
                    ft[nf++] = r[1];
                }
            }
            if (ns + nf > 0) {
                m.put(seg.id(), new RoadCover(Arrays.copyOf(si, ns), Arrays.copyOf(sf, ns), Arrays.copyOf(st, ns),
                        Arrays.copyOf(fi, nf), Arrays.copyOf(ff, nf), Arrays.copyOf(ft, nf)));
            }
        }
        return m;
    }

    /**
     * @return the stretch {from, to} (km from {@code pa}, in [0, len]) of the straight segment {@code pa}-{@code pb}
     *         whose points are within {@code rangeKm} of {@code unit}, or null if none: the distance along the segment
     *         has one minimum (ternary search), and the stretch's ends are found by bisection to 1e-9 of the length
     */
    static double[] stretch(double[] pa, double[] pb, double len, double[] mid, double radius, double[] unit,
                            double rangeKm) {
        if (km(unit, mid) - radius > rangeKm) {
            return null;
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 100 && hi - lo > 1e-12; i++) {
            double m1 = lo + (hi - lo) / 3;
            double m2 = hi - (hi - lo) / 3;
            if (km(unit, along(pa, pb, m1)) <= km(unit, along(pa, pb, m2))) {
                hi = m2;
            } else {
                lo = m1;
            }
        }
        double fmin = (lo + hi) / 2;
        if (km(unit, along(pa, pb, fmin)) > rangeKm + 1e-9) {
            return null;
        }
        double from = km(unit, pa) <= rangeKm + 1e-9 ? 0 : edge(pa, pb, unit, rangeKm, 0, fmin);
        double to = km(unit, pb) <= rangeKm + 1e-9 ? 1 : edge(pa, pb, unit, rangeKm, 1, fmin);
        return new double[] {from * len, to * len};
    }

    /** @return the fraction between {@code out} (beyond range) and {@code in} (within) where the range is crossed */
    private static double edge(double[] pa, double[] pb, double[] unit, double rangeKm, double out, double in) {
        for (int i = 0; i < 60; i++) {
            double m = (out + in) / 2;
            if (km(unit, along(pa, pb, m)) <= rangeKm) {
                in = m;
            } else {
                out = m;
            }
        }
        return in;
    }

    private static double[] along(double[] pa, double[] pb, double f) {
        return new double[] {pa[0] + f * (pb[0] - pa[0]), pa[1] + f * (pb[1] - pa[1])};
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
