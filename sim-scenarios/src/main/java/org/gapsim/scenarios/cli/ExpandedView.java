package org.gapsim.scenarios.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gapsim.scenario.Belt;
import org.gapsim.scenario.BudgetLayout;
import org.gapsim.scenario.Flank;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Scenario;

/**
 * {@code gapsim show --expanded}: every belt each package places (by hand or laid out from its budget), with its
 * avenue, place, front, flanks, rows, mines and cost, and per package the money placed and outside the model and the
 * modelled front against the border it defends.
 */
final class ExpandedView {
    private ExpandedView() {
    }

    /** @return the expansion of every package of {@code s}, as text lines */
    static String of(Scenario s) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(s.name()).append(": belts placed by each package (gapsim show --expanded)\n");
        for (FortificationPackage p : s.packages()) {
            out.append('\n').append("package ").append(p.name()).append(": budget ").append(eur(p.budgetEur()))
                    .append(", placed in the model ").append(eur(p.placedEur())).append(", outside the model ")
                    .append(eur(p.outsideEur())).append('\n');
            for (org.gapsim.scenario.OnWarning.Entry e : p.onWarning().entries()) {   // issue 12 item 4
                out.append(String.format(Locale.ROOT, "  on warning: %s (%s), in place %s min (mean) after the order "
                                + "(%s min after the first warning), reliability %s%s%n", e.target(),
                        e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), num(e.emplaceMin().mean()),
                        num(p.onWarning().warningDelayMin()), num(e.reliability()),
                        e.kind() == org.gapsim.scenario.DynamicKind.MINE_LAYING
                                ? ", " + p.onWarning().layingSystems() + " laying system(s)" : ""));
            }
            List<Belt> belts = p.allBelts();
            if (belts.isEmpty()) {
                out.append("  no belts\n");
                continue;
            }
            out.append(String.format(Locale.ROOT, "  %-34s %-20s %-26s %8s %8s %-15s %-7s %4s %8s %14s%n", "belt",
                    "avenue", "segment", "km", "front m", "flanks", "effect", "rows", "mines", "cost EUR"));
            Map<String, String> avenueOf = avenues(p);
            Map<String, Double> frontByAvenue = new LinkedHashMap<>();
            long mines = 0;
            for (Belt b : belts) {
                String avenue = avenueOf.getOrDefault(b.id(), "(by hand)");
                int rows = 0;
                for (Obstacle o : b.elements()) {
                    if (o instanceof Minefield m) {
                        rows += m.rows();
                    }
                }
                out.append(String.format(Locale.ROOT, "  %-34s %-20s %-26s %8.2f %8.0f %-15s %-7s %4d %8d %14.0f%n",
                        b.id(), avenue, b.segment(), b.positionKm(), b.frontM(), flanks(b.flanks()), b.effect(),
                        rows, b.mineCount(), b.costEur()));
                mines += b.mineCount();
                frontByAvenue.merge(avenue, b.frontM(), Math::max);
            }
            double frontKm = frontByAvenue.values().stream().mapToDouble(Double::doubleValue).sum() / 1000;
            out.append(String.format(Locale.ROOT, "  %d belts, %d mines; modelled front %.1f km on %d avenue(s)",
                    belts.size(), mines, frontKm, frontByAvenue.size()));
            double border = p.layout().borderKm();
            if (!Double.isNaN(border)) {
                out.append(String.format(Locale.ROOT, " of a %.0f km border: %.0f km not modelled", border,
                        Math.max(0, border - frontKm)));
            }
            out.append('\n');
            for (BudgetLayout.Entry e : p.layout().entries()) {
                out.append(String.format(Locale.ROOT, "  layout %s: %s of %s as %s at km %s-%s: %d belts, %d mines, "
                                + "%s placed, %s not placed%n", e.id(), eur(e.eur()), e.item(), e.effect().label(),
                        num(e.fromKm()), num(e.toKm()), e.placed().size(), e.mines(), eur(e.placedEur()),
                        eur(e.eur() - e.placedEur())));
            }
        }
        return out.toString();
    }

    /** @return the avenue (entry place) of each laid belt, by belt id */
    private static Map<String, String> avenues(FortificationPackage p) {
        Map<String, String> m = new LinkedHashMap<>();
        for (BudgetLayout.Entry e : p.layout().entries()) {
            for (Belt b : e.placed()) {
                String rest = b.id().substring(e.id().length() + 1);
                m.put(b.id(), rest.substring(0, rest.lastIndexOf('.')));
            }
        }
        return m;
    }

    private static String flanks(List<Flank> f) {
        return f.get(0).name().toLowerCase(Locale.ROOT) + "/" + f.get(1).name().toLowerCase(Locale.ROOT);
    }

    private static String eur(double v) {
        return String.format(Locale.ROOT, "EUR %,.0f", v);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
