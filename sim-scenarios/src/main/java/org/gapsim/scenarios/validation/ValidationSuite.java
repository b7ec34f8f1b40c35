package org.gapsim.scenarios.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.LossCause;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioLoader;

/**
 * The validation suite: runs each historical case's scenario file (baseline, no package) and compares what the model
 * gives with what history says, within the tolerances of issue 11. Every case uses the same parameter set (doctrine,
 * unit-kind figures, engineer-asset figures: see the files' SHARED labels); nothing is tuned per case. Stateless;
 * a run is deterministic for a seed and replication counts.
 *
 * <p>Measures (times in simulated time):
 * <ul>
 * <li>V1 time to clear the obstacle belt: from the head reaching the first line's minefield to the head past the
 * second line's ditch, hours (not crossed by the horizon: infinite). The source's "2.5 to 9.5 hours to clear two
 * lanes through an Iraqi obstacle belt" is read as the whole belt of two lines: the same division's fastest lanes
 * took ~2.5-2.7 h through both, the low end of that range. Each line's time is shown without a tolerance.</li>
 * <li>V1 losses to fire: vehicles lost to fire at the belts and on the march over the vehicles at the start, mean
 * over replications.</li>
 * <li>V2 lane reduction: from the start of the first reduction at the belt to the first lane open, and to four
 * distinct lanes open at once (a lane reopened after reseeding counts once; infinite if fewer open), minutes.</li>
 * <li>V4 advance rate: depth of minefield crossed by the horizon, km (the fields crossed, each its depth, plus in
 * the field the head is held at the deepest cleared depth at the horizon of a lane of the breach attempt in progress,
 * from {@link org.gapsim.model.ModelEvent.LaneProgress}), divided by the days from the head reaching the first
 * minefield to the horizon, or to the head past the last minefield if it crossed them all.</li>
 * <li>V4 mechanised breach fails in the first day: the head did not get past the first minefield within 24 h of
 * reaching it through a line charge's or a plough's lanes (a lane opened but never used, being reseeded, blocked or
 * abandoned, is no breach).</li>
 * </ul>
 */
public final class ValidationSuite {
    /** Master seed of the published table. */
    public static final long DEFAULT_SEED = 1;

    private static final double MIN_PER_H = 60;
    private static final double MIN_PER_DAY = 24 * 60;

    private ValidationSuite() {
    }

    /** The historical cases, each a scenario file under {@code /scenarios/validation/}. */
    public enum Case {
        /** 2nd Marine Division, two Iraqi belts, 24 Feb 1991. */
        V1("v1-2nd-marine-division-1991.yaml", "2nd Marine Division, 24 Feb 1991", 200),
        /** Task Force Ripper's four lanes through the second Iraqi belt, 24 Feb 1991. */
        V2("v2-task-force-ripper-1991.yaml", "Task Force Ripper lane reduction, 24 Feb 1991", 200),
        /** A Ukrainian battle group against the Zaporizhzhia line, Jun-Aug 2023. */
        V4("v4-zaporizhzhia-2023.yaml", "Zaporizhzhia line, Jun-Aug 2023", 100);

        private final String file;
        private final String title;
        private final int defaultReplications;

        Case(String file, String title, int defaultReplications) {
            this.file = file;
            this.title = title;
            this.defaultReplications = defaultReplications;
        }

        /** @return the scenario file's name under {@code /scenarios/validation/} */
        public String file() {
            return file;
        }

        /** @return a one-line title */
        public String title() {
            return title;
        }

        /** @return the replications of the published table (modest: the whole suite runs in the tests) */
        public int defaultReplications() {
            return defaultReplications;
        }

        /** @return the case's YAML text, comments included */
        public String yaml() {
            String resource = "/scenarios/validation/" + file;
            try (InputStream in = ValidationSuite.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("validation scenario " + resource + " is missing from the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + resource, e);
            }
        }

        /** @return the validated scenario of this case */
        public Scenario scenario() {
            return new ScenarioLoader().parse(yaml(), file);
        }
    }

    /**
     * One line of the validation table.
     *
     * @param validationCase the case
     * @param measure        what is compared
     * @param history        what history says, with its source
     * @param model          what the model gives
     * @param tolerance      the tolerance, or "-" for a figure shown without one
     * @param pass           whether the model is within the tolerance; null for a figure shown without one
     */
    public record Check(Case validationCase, String measure, String history, String model, String tolerance,
                        Boolean pass) {
        /** @return "pass", "FAIL" or "-" */
        public String verdict() {
            return pass == null ? "-" : pass ? "pass" : "FAIL";
        }
    }

    /**
     * Runs every case at its default replications.
     *
     * @param seed master seed
     * @return the table's lines, case by case
     */
    public static List<Check> run(long seed) {
        List<Check> all = new ArrayList<>();
        for (Case c : Case.values()) {
            all.addAll(run(c, c.defaultReplications(), seed));
        }
        return all;
    }

    /**
     * Runs one case.
     *
     * @param c            the case
     * @param replications replications (>= 1)
     * @param seed         master seed
     * @return its lines of the table
     */
    public static List<Check> run(Case c, int replications, long seed) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + replications);
        }
        return run(c, c.scenario(), replications, seed);
    }

    /**
     * Runs one case's measures on a variant of its scenario (a diagnosis: what a mechanism contributes to a number).
     *
     * @param c            the case whose measures are taken
     * @param s            the scenario run (the case's, or a variant with the same obstacle ids)
     * @param replications replications (>= 1)
     * @param seed         master seed
     * @return its lines of the table
     */
    static List<Check> run(Case c, Scenario s, int replications, long seed) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + replications);
        }
        List<ReplicationRecord> records = replicate(s, replications, seed);
        return switch (c) {
            case V1 -> v1(s, records);
            case V2 -> v2(records);
            case V4 -> v4(s, records);
        };
    }

    private static List<ReplicationRecord> replicate(Scenario s, int n, long seed) {
        CrossingPlan plan = CrossingPlan.compile(s, FortificationPackage.BASELINE);
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(seed));
        List<ReplicationRecord> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            ReplicationRecord rec = new ReplicationRecord();
            Replications.run(plan, streams, r, rec);
            out.add(rec);
        }
        return out;
    }

    private static List<Check> v1(Scenario s, List<ReplicationRecord> recs) {
        List<Check> out = new ArrayList<>();
        String[][] belts = {{"belt1-mines", "belt1-ditch"}, {"belt2-mines", "belt2-ditch"}};
        String history = "\"2.5 to 9.5 hours to clear two lanes through an Iraqi obstacle belt\" (Engineer May 2001 via DTIC ADA596549, HIGH-MED)";
        for (int b = 0; b < belts.length; b++) {
            String[] belt = belts[b];
            double[] h = values(recs, r -> {
                double arrival = r.obstacle(belt[0]).arrivalMin;
                double passed = r.obstacle(belt[belt.length - 1]).passedMin;
                return Double.isNaN(arrival) || Double.isNaN(passed) ? Double.POSITIVE_INFINITY
                        : (passed - arrival) / MIN_PER_H;
            });
            out.add(new Check(Case.V1, "time to clear belt " + (b + 1) + " (head at the belt to head past it), h",
                    "2nd MarDiv: first belt 0600-0615, both by ~0850 in the fastest lanes (USMC history, HIGH)",
                    describe(h, "h", recs.size()), "-", null));
        }
        double[] both = values(recs, r -> {
            double arrival = r.obstacle(belts[0][0]).arrivalMin;
            double passed = r.obstacle(belts[1][1]).passedMin;
            return Double.isNaN(arrival) || Double.isNaN(passed) ? Double.POSITIVE_INFINITY
                    : (passed - arrival) / MIN_PER_H;
        });
        double medianBoth = quantile(both, 0.5);
        out.add(new Check(Case.V1, "time to clear the obstacle belt, both minefield-and-ditch lines (head at the "
                + "first to head past the last), h", history + "; ~2.5-2.7 h in 2nd MarDiv's fastest lanes, 0600 to "
                + "~0850 (USMC history, HIGH)", describe(both, "h", recs.size()), "median in [2.5, 9.5] h",
                medianBoth >= 2.5 && medianBoth <= 9.5));
        double[] fire = values(recs, r -> 100.0 * (r.lost(LossCause.FIRE) + r.lost(LossCause.FIRE_ON_MARCH))
                / r.startVehicles());
        double meanFire = mean(fire);
        out.add(new Check(Case.V1, "losses to fire (at the belts and on the march), % of vehicles",
                "light; ~300 rounds of indirect fire \"but they had no forward observers\" (USMC history, HIGH)",
                String.format(Locale.ROOT, "mean %.1f %% (all causes %.1f %%)", meanFire,
                        mean(values(recs, r -> 100.0 * r.lost() / r.startVehicles()))),
                "mean <= 5 %", meanFire <= 5.0));
        return out;
    }

    private static List<Check> v2(List<ReplicationRecord> recs) {
        String belt = "belt2-mines";
        double[] first = values(recs, r -> lane(r.obstacle(belt), 1));
        double[] fourth = values(recs, r -> lane(r.obstacle(belt), 4));
        double m1 = quantile(first, 0.5);
        double m4 = quantile(fourth, 0.5);
        return List.of(
                new Check(Case.V2, "first lane: reduction start to lane open, min",
                        "\"within eight minutes\" (USMC history, 1st MarDiv p. 77, HIGH)",
                        describe(first, "min", recs.size()), "median in [5, 20] min", m1 >= 5 && m1 <= 20),
                new Check(Case.V2, "all four lanes: reduction start to the fourth lane open, min",
                        "lanes 2-4 open by 1215, 15 min after the start (same, HIGH)",
                        describe(fourth, "min", recs.size()), "median in [5, 20] min", m4 >= 5 && m4 <= 20));
    }

    /**
     * @return minutes from the first reduction's start to k distinct lanes open at once (a lane reopened after
     *         reseeding counts once), or infinity
     */
    private static double lane(ReplicationRecord.AtObstacle o, int k) {
        if (Double.isNaN(o.firstBreachMin) || o.lanesOpenAtOnceMin.size() < k) {
            return Double.POSITIVE_INFINITY;
        }
        return o.lanesOpenAtOnceMin.get(k - 1) - o.firstBreachMin;
    }

    private static List<Check> v4(Scenario s, List<ReplicationRecord> recs) {
        List<Minefield> fields = new ArrayList<>();
        for (Obstacle o : s.existingObstacles()) {
            if (o instanceof Minefield m) {
                fields.add(m);
            }
        }
        fields.sort((a, b) -> Double.compare(a.positionKm(), b.positionKm()));
        double horizon = s.horizonMin();
        String firstId = fields.get(0).id();
        double[] rate = values(recs, r -> {
            double start = r.obstacle(firstId).arrivalMin;
            if (Double.isNaN(start)) {
                return Double.NaN;
            }
            double depthKm = 0;
            double end = horizon;
            boolean all = true;
            for (Minefield m : fields) {
                double passed = r.obstacle(m.id()).passedMin;
                if (Double.isNaN(passed)) {
                    all = false;
                    // the field the head is held at: its deepest lane's cleared depth at the horizon
                    depthKm += r.obstacle(m.id()).deepestClearedM(horizon) / 1000;
                    break;
                }
                depthKm += m.depthM() / 1000;
                end = passed;
            }
            double days = ((all ? end : horizon) - start) / MIN_PER_DAY;
            return days <= 0 ? Double.NaN : depthKm / days;
        });
        double medianRate = quantile(rate, 0.5);
        int failed = 0;
        int reached = 0;
        for (ReplicationRecord r : recs) {
            ReplicationRecord.AtObstacle o = r.obstacle(firstId);
            if (Double.isNaN(o.arrivalMin)) {
                continue;
            }
            reached++;
            // the breach succeeds when the force gets through, not when a lane is opened that it never uses
            // (reseeded, blocked or abandoned after the call-off): the head past the field within 24 h of reaching
            // it, while the reduction in progress is a line charge's or a plough's
            BreachMethod m = o.methodAtPass;
            boolean mechanised = !Double.isNaN(o.passedMin) && o.passedMin - o.arrivalMin <= MIN_PER_DAY
                    && (m == BreachMethod.LINE_CHARGE || m == BreachMethod.MINE_PLOUGH);
            if (!mechanised) {
                failed++;
            }
        }
        double pFail = reached == 0 ? Double.NaN : (double) failed / reached;
        double[] losses = values(recs, r -> 100.0 * r.lost() / r.startVehicles());
        double[] firstField = values(recs, r -> {
            ReplicationRecord.AtObstacle o = r.obstacle(firstId);
            if (Double.isNaN(o.arrivalMin)) {
                return Double.NaN;
            }
            return Double.isNaN(o.passedMin) ? Double.POSITIVE_INFINITY : (o.passedMin - o.arrivalMin) / MIN_PER_H;
        });
        double[] fieldsCrossed = values(recs, r -> {
            int n = 0;
            for (Minefield m : fields) {
                n += Double.isNaN(r.obstacle(m.id()).passedMin) ? 0 : 1;
            }
            return (double) n;
        });
        return List.of(
                new Check(Case.V4, "advance rate: minefield depth crossed / days in the mined zone, km/day",
                        "50-200 m a day, sometimes 300-400 m (Shtupun; RBC-Ukraine, MED)",
                        describe(rate, "km/day", recs.size()), "median in [0.025, 0.8] km/day (x2 of 0.05-0.4)",
                        medianRate >= 0.025 && medianRate <= 0.8),
                new Check(Case.V4, "P(mechanised breach fails in the first day: the head not through the first "
                        + "minefield by line charge or plough lanes within 24 h)",
                        "mechanised breaching failed; \"only by infantry and only at night\" (RUSI; Tarnavskyi via The Guardian, MED)",
                        String.format(Locale.ROOT, "%.2f (%d of %d)", pFail, failed, reached), ">= 0.5",
                        reached > 0 && pFail >= 0.5),
                new Check(Case.V4, "first minefield: head at the field to head past it, h",
                        "the first line took \"weeks\" (Tarnavskyi via The Guardian, MED)",
                        describe(firstField, "h", recs.size()) + String.format(Locale.ROOT,
                                "; minefields crossed in 14 days: mean %.2f of %d", mean(fieldsCrossed),
                                fields.size()), "-", null),
                new Check(Case.V4, "vehicles lost in 14 days, % (all causes)",
                        "up to 20 % of equipment damaged or destroyed in the first two weeks (NYT, MED)",
                        String.format(Locale.ROOT, "mean %.1f %% (P10-P90 %.1f-%.1f)", mean(losses),
                                quantile(losses, 0.1), quantile(losses, 0.9)),
                        "-", null));
    }

    private static double[] values(List<ReplicationRecord> recs, Function<ReplicationRecord, Double> f) {
        double[] v = new double[recs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.apply(recs.get(i));
        }
        return v;
    }

    /** @return the q-quantile (lower median convention: order statistic ceil(q n)) ignoring NaN, or NaN if none */
    static double quantile(double[] v, double q) {
        double[] s = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (s.length == 0) {
            return Double.NaN;
        }
        int k = Math.max(1, (int) Math.ceil(q * s.length));
        return s[k - 1];
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN);
    }

    private static String describe(double[] v, String unit, int n) {
        long inf = Arrays.stream(v).filter(Double::isInfinite).count();
        double median = quantile(v, 0.5);
        String s = String.format(Locale.ROOT, "median %s (P10-P90 %s-%s)",
                Double.isInfinite(median) ? "never" : fmt(median) + " " + unit, fmt(quantile(v, 0.1)),
                fmt(quantile(v, 0.9)));
        return inf == 0 ? s : s + String.format(Locale.ROOT, "; not done in %d of %d", inf, n);
    }

    private static String fmt(double x) {
        if (Double.isInfinite(x)) {
            return "never";
        }
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return Math.abs(x) >= 10 ? String.format(Locale.ROOT, "%.1f", x) : String.format(Locale.ROOT, "%.2f", x);
    }

    /**
     * @param checks the table's lines
     * @return the table in Markdown, as in the README's "Validation against history"
     */
    public static String markdown(List<Check> checks) {
        StringBuilder b = new StringBuilder();
        b.append("| Case | Measure | History (source) | Model | Tolerance | Result |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (Check c : checks) {
            b.append("| ").append(c.validationCase()).append(' ').append(c.validationCase().title())
                    .append(" | ").append(c.measure()).append(" | ").append(c.history().replace("|", "/"))
                    .append(" | ").append(c.model()).append(" | ").append(c.tolerance()).append(" | ")
                    .append(c.verdict()).append(" |\n");
        }
        return b.toString();
    }
}
