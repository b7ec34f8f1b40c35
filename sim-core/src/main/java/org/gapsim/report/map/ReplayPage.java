package org.gapsim.report.map;

import java.util.List;
import java.util.Locale;
import org.gapsim.measure.EventTrace;
import org.gapsim.model.ModelEvent;
import org.gapsim.report.HtmlPage;

/**
 * A self-contained HTML page of one replication: the map of what happened with the columns' heads moving over it
 * ({@link MapView#animatedSvg(Replay, double)}), the columns' timeline with a cursor in step ({@link Timeline}) and
 * every event as {@code gapsim trace} prints it. The animation is SVG's own (no script).
 */
public final class ReplayPage {
    /** Seconds one pass of the animated replay lasts. */
    public static final double SECONDS = 40;

    private ReplayPage() {
    }

    /**
     * @param replay a replication's events
     * @return the page
     */
    public static String html(Replay replay) {
        String title = "gapsim replay: scenario '" + replay.plan().scenario().name() + "', package '"
                + replay.packageName() + "', replication " + replay.replication();
        HtmlPage p = new HtmlPage(title);
        p.el("h1", title);
        p.el("p", String.format(Locale.ROOT, "Master seed %d. Closure %.2f h%s; %d vehicles lost; %d breaches, "
                        + "%d bypasses, %d reroutes. The same replication is row replication=%d, package=%s of the "
                        + "replications.csv of 'gapsim run --seed %d'.", replay.masterSeed(),
                replay.result().closureHours(), replay.result().reached() ? "" : " (not closed by the horizon)",
                replay.result().vehiclesLost(), replay.result().breaches(), replay.result().bypasses(),
                replay.result().reroutes(), replay.replication(), replay.packageName(), replay.masterSeed()));
        p.figure("replay-map", MapView.animatedSvg(replay, SECONDS), "Where it happened: routes taken, where column "
                + "heads were held (circle area grows with the hours, all columns summed), vehicles lost, reroutes and "
                + "halts. The coloured discs are the columns' heads, replaying the whole timeline every "
                + Svg.num(SECONDS) + " s (no script: SVG animation).");
        p.figure("replay-timeline", Timeline.svg(replay, SECONDS), "What each column was doing over time; the "
                + "black cursor keeps time with the moving heads on the map.");
        p.el("h2", "Events");
        StringBuilder b = new StringBuilder();
        List<ModelEvent> events = replay.events();
        for (ModelEvent e : events) {
            b.append(EventTrace.line(e)).append('\n');
        }
        p.raw("<pre id=\"events\">" + HtmlPage.esc(b.toString()) + "</pre>");
        return p.finish();
    }
}
