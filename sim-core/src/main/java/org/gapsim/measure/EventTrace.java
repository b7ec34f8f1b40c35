package org.gapsim.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gapsim.model.ModelEvent;
import org.gapsim.model.ModelListener;

/**
 * Records a replication's timeline: one line per event (time in minutes and hh:mm, column, what happened, where).
 * Used by {@code gapsim trace} and by the determinism tests, which compare two traces line for line.
 */
public final class EventTrace implements ModelListener {
    private final List<ModelEvent> events = new ArrayList<>();

    @Override
    public void on(ModelEvent event) {
        events.add(event);
    }

    /** @return the events in the order they were published */
    public List<ModelEvent> events() {
        return List.copyOf(events);
    }

    /** @return one line per event */
    public List<String> lines() {
        List<String> out = new ArrayList<>(events.size());
        for (ModelEvent e : events) {
            out.add(line(e));
        }
        return out;
    }

    /**
     * @param e the event
     * @return one human-readable line for an event
     */
    public static String line(ModelEvent e) {
        String what;
        if (e instanceof ModelEvent.ColumnDeparted d) {
            what = "departed " + d.place() + " with " + d.vehicles() + " vehicles";
        } else if (e instanceof ModelEvent.PlaceReached p) {
            what = "head at " + p.place() + " (tail passes at " + hhmm(p.tailTimeMin()) + ")";
        } else if (e instanceof ModelEvent.ObstacleDetected d) {
            what = "found " + kind(d.kind().name()) + " " + d.obstacle() + switch (d.mode()) {
                case RECON -> " by recon, in advance";
                case ON_ARRIVAL -> " on arrival";
                case MINE_STRIKE -> " by a mine strike";
                case ALREADY_KNOWN -> " (already known)";
            };
        } else if (e instanceof ModelEvent.MineStrike m) {
            what = "vehicle " + m.vehicle() + " (" + m.vehicleType() + ") set off a mine in "
                    + m.obstacle() + (m.inLane() ? " lane" : "") + (m.killed() ? ": stopped" : ": survived");
        } else if (e instanceof ModelEvent.BreachStarted b) {
            what = "breach of " + b.obstacle() + " by " + kind(b.method().name()) + ", "
                    + b.lanes() + " lane(s)" + (b.assetsUsed() > 0 ? ", " + b.assetsUsed() + " used" : "");
        } else if (e instanceof ModelEvent.LaneOpened l) {
            what = "lane " + l.lane() + " open through " + l.obstacle();
        } else if (e instanceof ModelEvent.LaneProgress l) {
            what = String.format(Locale.ROOT, "lane %d of %s cleared %.0f of %.0f m, at %.2f m/min", l.lane(),
                    l.obstacle(), l.clearedM(), l.depthM(), l.rateMPerMin());
        } else if (e instanceof ModelEvent.BypassStarted b) {
            what = String.format(Locale.ROOT, "bypass round %s, %.1f km off road",
                    b.obstacle(), b.detourKm());
        } else if (e instanceof ModelEvent.Rerouted r) {
            what = "rerouted" + (r.obstacle().isEmpty() ? "" : " at " + r.obstacle()) + " via "
                    + String.join(" > ", r.route());
        } else if (e instanceof ModelEvent.VehicleLost l) {
            what = "lost vehicle " + l.vehicle() + " (" + l.vehicleType() + ") to "
                    + kind(l.cause().name()) + " at " + l.obstacle();
        } else if (e instanceof ModelEvent.ObstaclePassed p) {
            what = String.format(Locale.ROOT,
                    "head past %s (%s), held %.1f min, tail past at %s", p.obstacle(), kind(p.outcome().name()),
                    p.haltedMin(), hhmm(p.tailPassMin()));
        } else if (e instanceof ModelEvent.ColumnArrived a) {
            what = "head at objective " + a.objective() + ", " + a.arrivalTimesMin().length
                    + "/" + a.startVehicles() + " vehicles, tail at " + hhmm(a.tailMin());
        } else if (e instanceof ModelEvent.ColumnWaiting w) {
            what = "waiting at " + w.where() + ": " + w.reason();
        } else if (e instanceof ModelEvent.ColumnResumed r) {
            what = String.format(Locale.ROOT, "resumed at %s after %.1f min", r.where(), r.waitedMin());
        } else if (e instanceof ModelEvent.ColumnHalted h) {
            what = "halted at " + h.where() + ": " + h.reason();
        } else if (e instanceof ModelEvent.SiteDetected d) {
            what = "seen at " + d.obstacle() + " by " + d.unit();
        } else if (e instanceof ModelEvent.Engagement g) {
            what = g.unit() + " engaged vehicle " + g.vehicle() + " (" + g.vehicleType() + ") at " + g.obstacle()
                    + (g.killed() ? ": killed" : ": missed");
        } else if (e instanceof ModelEvent.AssetLost a) {
            what = "lost " + a.asset() + " with vehicle " + a.vehicle() + " (" + a.vehicleType() + ") at "
                    + a.obstacle();
        } else if (e instanceof ModelEvent.ChargeMisfired m) {
            what = "line charge at " + m.obstacle() + (m.wasted() ? " wasted" : " misfired: primed by hand");
        } else if (e instanceof ModelEvent.LaneBlocked l) {
            what = "lane " + l.lane() + " of " + l.obstacle() + " blocked by a struck vehicle until "
                    + hhmm(l.untilMin());
        } else if (e instanceof ModelEvent.LaneReseeded l) {
            what = "lane " + l.lane() + " of " + l.obstacle() + " reseeded by " + l.unit() + ": to clear again";
        } else if (e instanceof ModelEvent.BreachFailed f) {
            what = "breach of " + f.obstacle() + " by " + kind(f.method().name()) + " failed (attempt "
                    + f.attempt() + "): " + f.reason();
        } else if (e instanceof ModelEvent.UnitSuppressed u) {
            what = "suppressed " + u.unit() + " until " + hhmm(u.untilMin());
        } else if (e instanceof ModelEvent.UnitDestroyed u) {
            what = "destroyed " + u.unit() + " by counter-fire";
        } else if (e instanceof ModelEvent.UnitAssaulted u) {
            what = "destroyed " + u.unit() + " by the assault across " + u.obstacle();
        } else if (e instanceof ModelEvent.ColumnDetected d) {
            what = String.format(Locale.ROOT, "seen on the march by %s on %s at km %.2f (early warning)",
                    d.unit(), d.segment(), d.km());
        } else if (e instanceof ModelEvent.ObstacleEmplaced o) {
            what = String.format(Locale.ROOT, "%s emplaced on warning (%s; first warning at %.3f)", o.target(),
                    o.kind(), o.warningMin());
        } else if (e instanceof ModelEvent.EmplacementFailed o) {
            what = String.format(Locale.ROOT, "%s failed on warning (%s; first warning at %.3f)", o.target(),
                    o.kind(), o.warningMin());
        } else if (e instanceof ModelEvent.DynamicObstacleMet o) {
            what = o.obstacle() + (o.inPlace() ? " in place (on warning)" : " not in place in time: drove on");
        } else if (e instanceof ModelEvent.MarchEngagement g) {
            what = g.unit() + " engaged vehicle " + g.vehicle() + " (" + g.vehicleType() + ") on the march on "
                    + g.segment() + (g.killed() ? ": killed" : ": missed");
        } else {
            what = e.toString();
        }
        return String.format(Locale.ROOT, "%10.3f %s  %-12s %s", e.timeMin(), hhmm(e.timeMin()), e.column(), what);
    }

    private static String kind(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * @param min a time, minutes (NaN or infinite gives {@code --:--})
     * @return minutes as {@code HHH:MM}
     */
    public static String hhmm(double min) {
        if (Double.isNaN(min) || Double.isInfinite(min)) {
            return "--:--";
        }
        long m = Math.round(min);
        return String.format(Locale.ROOT, "%3d:%02d", m / 60, m % 60);
    }
}
