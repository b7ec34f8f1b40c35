package org.gapsim.report;

import org.gapsim.report.internal.Csv;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.MeanEstimate;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.PairComparison;
import org.gapsim.experiment.Provenance;
import org.gapsim.experiment.SampleSummary;
import org.gapsim.measure.FightCount;
import org.gapsim.model.LossCause;
import org.gapsim.report.map.MapView;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Scenario;

/**
 * The study's report as one self-contained HTML file ({@value #FILE}): a summary, the table (with P(reached) and
 * losses by vehicle class), the counts per replication with their 95% intervals (losses by cause and class, breach
 * attempts and failures, engineer assets lost, the defender's engagements and losses), the charts
 * ({@link SvgCharts}, inline SVG: slowdown with means and CIs, hours per euro), the censoring view (P(reached) and
 * the closure curves), the map ({@link MapView}), the assumptions with their labels, the paired comparisons and the
 * provenance. No script, no external style sheet, font or image: it opens
 * in any browser without a network and prints on A4. It holds no time and no command line, so an interrupted and
 * resumed study writes the same bytes as an uninterrupted one.
 */
public final class HtmlReport {
    /** File name in a study's directory. */
    public static final String FILE = "report.html";

    private HtmlReport() {
    }

    /**
     * @param result     the result
     * @param scenario   the scenario (for the summary, assumptions and map), or null
     * @param provenance where the result came from, or null
     * @return the page
     */
    public static String render(ExperimentResult result, Scenario scenario, Provenance provenance) {
        String title = "gapsim study: scenario '" + result.scenarioName() + "'";
        HtmlPage p = new HtmlPage(title);
        p.el("h1", title);
        p.raw("<nav><a href=\"#summary\">Summary</a><a href=\"#results\">Results</a><a href=\"#charts\">Charts</a>"
                + "<a href=\"#censoring\">Censoring</a>" + (scenario != null ? "<a href=\"#map\">Map</a>" : "")
                + "<a href=\"#assumptions\">Assumptions</a><a href=\"#comparisons\">Comparisons</a>"
                + "<a href=\"#provenance\">Provenance</a></nav>");
        summary(p, result, scenario);
        results(p, result);
        p.el("h2", "charts", "Charts");
        p.figure("figure-slowdown", SvgCharts.slowdown(result), "How many hours each package adds to the force's "
                + "closure time, paired with the baseline on common random numbers. Restricted to the horizon: "
                + "with censored runs the true slowdown is larger.");
        p.figure("figure-cost", SvgCharts.costEffect(result), "Hours of slowdown bought per EUR 100 M; packages "
                + "that cost nothing are left out.");
        p.el("h2", "censoring", "Censoring: runs that did not arrive");
        p.el("p", "A replication stops at the horizon. A force that has not closed by then is censored: its closure "
                + "time is only known to exceed the horizon. P(reached) is the share that closed (Wilson 95% "
                + "interval); the closure curves are Kaplan-Meier estimates that stop at P(reached) instead of "
                + "jumping to 1.");
        p.figure("figure-preached", SvgCharts.pReached(result), "P(reached by the horizon) per package.");
        p.figure("figure-closure", SvgCharts.closureCurves(result), "Closure time distribution per package.");
        if (scenario != null) {
            String pkg = richestPackage(result, scenario);
            p.el("h2", "map", "Map");
            p.figure("figure-map", MapView.svg(scenario, pkg), "The scenario with package '" + pkg + "' (the "
                    + "compared package with the most obstacles): roads, places, every obstacle in play and the "
                    + "columns' planned routes. 'gapsim map --package P' draws any other package; 'gapsim replay' "
                    + "draws one replication.");
            assumptions(p, scenario);
        } else {
            p.el("h2", "assumptions", "Assumptions");
            p.el("p", "The scenario was not given to the report writer: see the scenario file for its assumptions.");
        }
        comparisons(p, result);
        provenance(p, result, provenance);
        return p.finish();
    }

    private static void summary(HtmlPage p, ExperimentResult r, Scenario s) {
        p.el("h2", "summary", "Summary");
        if (s != null && !s.description().isEmpty()) {
            p.el("p", s.description());
        }
        PackageSummary base = r.summary(r.baseline());
        SampleSummary c = base.closureH();
        p.el("p", String.format(Locale.ROOT, "%d replications of each of %d packages, master seed %d, stopped: %s "
                        + "(%s). Baseline '%s' closes in %.2f h [%.2f, %.2f] (restricted mean, 95%% CI), P(reached) "
                        + "%.3f. Slowdown = closure time with a package minus without it in the same replication "
                        + "(common random numbers), hours, restricted to the horizon of %.1f h.", r.replications(),
                r.packages().size(), r.masterSeed(), label(r.stopReason().name()), r.stopping(), r.baseline(),
                c.mean(), c.ciLow(), c.ciHigh(), base.pReached(), r.horizonH()));
        PackageSummary best = null;
        for (PackageSummary ps : r.packages()) {
            if (!ps.baseline() && Double.isFinite(ps.hoursPer100MEurPlaced())
                    && (best == null || ps.hoursPer100MEurPlaced() > best.hoursPer100MEurPlaced())) {
                best = ps;
            }
        }
        if (best != null) {
            p.el("p", String.format(Locale.ROOT, "Most hours per euro placed in the model: '%s', %.2f h per EUR 100 M "
                            + "placed (slowdown %.2f h for EUR %.2f M placed of its EUR %.1f M budget; EUR %.1f M is "
                            + "spent outside the model). These figures rest on the assumptions below, not on data.",
                    best.packageName(), best.hoursPer100MEurPlaced(), best.slowdownH().mean(), best.placedEur() / 1e6,
                    best.costEur() / 1e6, best.outsideEur() / 1e6));
        }
        for (PackageSummary ps : r.packages()) {
            if (ps.underPlaced()) {
                p.el("p", ps.placedWarning());
            }
        }
    }

    private static void assumptions(HtmlPage p, Scenario s) {
        p.el("h2", "assumptions", "Assumptions and their sources");
        p.el("p", "Every figure of a scenario file carries its source and a confidence label in a comment (REF, "
                + "SHEET, HIGH, MED, LOW, ASSUMPTION, ESTIMATE; 'gapsim show' prints the built-in study with them). "
                + "The attacker's doctrine and the march variation have no published figures: every value below is "
                + "an ASSUMPTION, a parameter to sweep ('gapsim sweep').");
        List<List<String>> rows = new ArrayList<>();
        addRecord(rows, "doctrine", s.doctrine(), BreachDoctrine.DEFAULT);
        addRecord(rows, "march", s.march(), MarchRules.DEFAULT);
        rows.add(List.of("closure", s.closure().toString(), "model choice", "when the force counts as closed"));
        rows.add(List.of("horizonMin", fmt(s.horizonMin()), "model choice", "replications stop here; later "
                + "arrivals are censored"));
        p.el("h3", "Doctrine and march (" + rows.size() + " values)");
        p.table(List.of("parameter", "value", "label", "note"), rows, 4);
        p.el("h3", "Packages");
        List<List<String>> pk = new ArrayList<>();
        for (FortificationPackage f : s.packages()) {
            Map<ObstacleKind, Integer> kinds = new EnumMap<>(ObstacleKind.class);
            for (Obstacle o : f.obstacles()) {
                kinds.merge(o.kind(), 1, Integer::sum);
            }
            List<String> k = new ArrayList<>();
            kinds.forEach((kind, n) -> k.add(n + " " + label(kind.name())));
            pk.add(List.of(f.name(), f.description(), String.join(", ", f.countries()),
                    String.format(Locale.ROOT, "%.1f / %.2f / %.1f", f.budgetEur() / 1e6, f.placedEur() / 1e6,
                            f.outsideEur() / 1e6) + (f.costsFromCatalogue() ? "" : " (typed, not from a catalogue)"),
                    k.isEmpty() ? "-" : String.join(", ", k),
                    f.terrainChanges().isEmpty() ? "-" : f.terrainChanges().size() + " segments",
                    f.isr().equals(org.gapsim.scenario.IsrEffect.NONE) ? "-" : f.isr().toString()));
        }
        p.table(List.of("package", "description", "countries", "budget / placed / outside EUR M", "obstacles",
                "terrain changed", "ISR"), pk, 3);
        p.el("p", String.format(Locale.ROOT, "Force: %d columns; network: %d places, %d road segments; %d obstacles "
                        + "exist in every package (the baseline included).", s.columns().size(),
                s.network().places().size(), s.network().segments().size(), s.existingObstacles().size()));
    }

    private static void addRecord(List<List<String>> rows, String prefix, Record value, Record dflt) {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(value);
                Object d = c.getAccessor().invoke(dflt);
                rows.add(List.of(prefix + "." + c.getName(), v instanceof Double dv ? fmt(dv) : shown(v),
                        "ASSUMPTION", java.util.Objects.equals(v, d) ? "sim-core default" : "set by this scenario "
                                + "(default " + (d instanceof Double dd ? fmt(dd) : shown(d)) + ")"));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + prefix + "." + c.getName(), e);
            }
        }
    }

    /** @return a record component's value as the report shows it: "none" for an absent (null) block */
    private static String shown(Object v) {
        return v == null ? "none" : String.valueOf(v);
    }

    private static void results(HtmlPage p, ExperimentResult r) {
        p.el("h2", "results", "Results");
        List<List<String>> rows = new ArrayList<>();
        for (PackageSummary ps : r.packages()) {
            SampleSummary s = ps.slowdownH();
            SampleSummary c = ps.closureH();
            rows.add(List.of(ps.packageName() + (ps.baseline() ? " (baseline)" : ""),
                    String.format(Locale.ROOT, "%.2f", ps.placedEur() / 1e6),
                    String.format(Locale.ROOT, "%.2f", ps.outsideEur() / 1e6),
                    String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", c.mean(), c.ciLow(), c.ciHigh()),
                    ps.baseline() ? "-" : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", s.mean(), s.ciLow(),
                            s.ciHigh()),
                    ps.baseline() ? "-" : s.quantile(0.05).label("%.2f", false) + " - " + s.quantile(0.95).label("%.2f", false),
                    String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", ps.pReached(), ps.pReachedLow(),
                            ps.pReachedHigh()),
                    String.format(Locale.ROOT, "%.2f", ps.meanVehiclesLost()),
                    String.format(Locale.ROOT, "%.2f / %.2f", ps.count(FightCount.LOST_ARMOURED).mean(),
                            ps.count(FightCount.LOST_LIGHT).mean()),
                    Double.isFinite(ps.hoursPer100MEurPlaced()) ? String.format(Locale.ROOT, "%.2f%s",
                            ps.hoursPer100MEurPlaced(), ps.costEffectCensored() ? " !" : "") : "-",
                    Double.isFinite(ps.pReachedChangePer100MEurPlaced()) ? String.format(Locale.ROOT, "%+.3f",
                            ps.pReachedChangePer100MEurPlaced()) : "-",
                    Double.isFinite(ps.hoursPer100MEur()) ? String.format(Locale.ROOT, "%.2f%s",
                            ps.hoursPer100MEur(), ps.costEffectCensored() ? " !" : "") : "-",
                    ps.baseline() ? "-" : String.format(Locale.ROOT, "%.2f / %.2f", s.sd(), ps.unpairedSlowdownSdH())));
        }
        p.table(List.of("package", "placed EUR M", "outside EUR M", "closure h [95% CI]", "slowdown h [95% CI]",
                "slowdown P5 - P95 h", "P(reached) [Wilson 95%]", "vehicles lost", "lost armoured / light",
                "h per EUR 100 M placed", "change in P(reached) per EUR 100 M placed", "h per EUR 100 M budget",
                "sd paired / unpaired h"), rows, 1);
        p.el("p", "Closure and slowdown are restricted means (of min(T, H)); '!' marks a cost ratio resting on more "
                + "than 10 % censored runs; a quantile that censoring only bounds is printed with > or >=. Vehicles "
                + "lost are means per replication. Placed: what the package's obstacles and defender units cost (from "
                + "the catalogue, or typed where the scenario has none); outside: the rest of its budget, spent on "
                + "parts of the border or items the scenario does not model, never counted as placed. Budget = "
                + "placed + outside.");
        counts(p, r);
    }

    /** The counts per replication: one row per measure, one column per package, mean [95% CI]. */
    private static void counts(HtmlPage p, ExperimentResult r) {
        p.el("h3", "counts", "Losses, breaching, engineer assets and the defender");
        List<String> head = new ArrayList<>(List.of("per replication"));
        for (PackageSummary ps : r.packages()) {
            head.add(ps.packageName());
        }
        List<List<String>> rows = new ArrayList<>();
        countRow(rows, r, "vehicles lost", PackageSummary::vehiclesLost);
        for (LossCause c : LossCause.values()) {
            countRow(rows, r, "lost to " + Csv.key(c).replace('_', ' '), ps -> ps.lossesByCause().get(c));
        }
        countRow(rows, r, "breach attempts", PackageSummary::breachAttempts);
        for (FightCount c : FightCount.values()) {
            countRow(rows, r, c.key().replace('_', ' '), ps -> ps.count(c));
        }
        p.table(head, rows, 1);
        p.el("p", "Means per replication with their Student 95% intervals, up to the horizon. Carriers lost: vehicles "
                + "lost with engineer assets on board (also counted by class); assets lost: carried, not yet used.");
    }

    private static void countRow(List<List<String>> rows, ExperimentResult r, String label,
                                 java.util.function.Function<PackageSummary, MeanEstimate> of) {
        List<String> row = new ArrayList<>(List.of(label));
        for (PackageSummary ps : r.packages()) {
            MeanEstimate e = of.apply(ps);
            row.add(Double.isFinite(e.halfWidth())
                    ? String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", e.mean(), e.ciLow(), e.ciHigh())
                    : String.format(Locale.ROOT, "%.2f", e.mean()));
        }
        rows.add(row);
    }

    private static void comparisons(HtmlPage p, ExperimentResult r) {
        p.el("h2", "comparisons", "Every two packages compared");
        if (r.comparisons().isEmpty()) {
            p.el("p", "No comparisons (a single package).");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PairComparison c : r.comparisons()) {
            rows.add(List.of(c.second() + " minus " + c.first(), Long.toString(c.n()),
                    String.format(Locale.ROOT, "%.3f", c.meanH()),
                    Double.isFinite(c.halfWidthH()) ? String.format(Locale.ROOT, "[%.3f, %.3f]", c.ciLowH(),
                            c.ciHighH()) : "-", c.differs() ? "yes" : "no"));
        }
        PairComparison first = r.comparisons().get(0);
        p.table(List.of("difference", "pairs", "mean h", String.format(Locale.ROOT,
                "simultaneous %.0f%% interval", first.familyLevel() * 100), "differs"), rows, 1);
        p.el("p", "Paired restricted closure-time differences; Bonferroni intervals hold together for all "
                + first.pairs() + " comparisons.");
    }

    private static void provenance(HtmlPage p, ExperimentResult r, Provenance prov) {
        p.el("h2", "provenance", "Provenance");
        List<List<String>> rows = new ArrayList<>();
        if (prov != null) {
            for (Map.Entry<String, Object> e : prov.toFields().entrySet()) {
                if (e.getKey().equals("command_line")) {
                    continue;   // in provenance.json; left out here so a resumed study writes the same report
                }
                Object v = e.getValue();
                if (v instanceof Map<?, ?> m) {
                    for (Map.Entry<?, ?> part : m.entrySet()) {
                        rows.add(List.of(e.getKey() + "." + part.getKey(), String.valueOf(part.getValue())));
                    }
                } else {
                    rows.add(List.of(e.getKey(), String.valueOf(v)));
                }
            }
        } else {
            rows.add(List.of("scenario", r.scenarioName()));
            rows.add(List.of("master_seed", Long.toString(r.masterSeed())));
        }
        p.table(List.of("field", "value"), rows, 2);
        p.el("p", "provenance.json beside this file records the same fields, the command line and the SHA-256 of "
                + "every output, this report included.");
    }

    /** @return the compared package with the most obstacles (the baseline if none has any) */
    static String richestPackage(ExperimentResult r, Scenario s) {
        String best = r.baseline();
        int most = -1;
        for (PackageSummary ps : r.packages()) {
            int n = s.findPackage(ps.packageName()).map(f -> f.obstacles().size()).orElse(0);
            if (n > most) {
                most = n;
                best = ps.packageName();
            }
        }
        return best;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%s", Double.toString(v));
    }

    private static String label(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
