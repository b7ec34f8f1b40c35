package org.gapsim.report.internal;

import org.gapsim.report.Study;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.ColumnRow;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.measure.FightCount;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.ObstacleKind;

/**
 * The per-replication CSV: the data-farming run contract, one row per replication and package, readable by R
 * ({@code read.csv}) and pandas ({@code read_csv}). Columns, in order:
 * <ol>
 *   <li>inputs: {@code scenario, master_seed, replication, package, package_cost_eur, package_obstacles}</li>
 *   <li>outputs: {@code closure_h} (hours; the horizon if not reached), {@code reached} ({@code TRUE}/{@code FALSE}:
 *       R's {@code read.csv} and pandas both read it as logical; files of older versions with {@code true/false}
 *       are still read),
 *       {@code first_lead_h}, {@code vehicles_start, vehicles_arrived, vehicles_lost}, {@code lost_mine,
 *       lost_residual_mine, lost_fire, lost_fire_on_march} (one per {@link LossCause}), {@code held_min_minefield, ...} (minutes held,
 *       one per {@link ObstacleKind}), {@code breaches} (attempts started), {@code bypasses, reroutes,
 *       line_charges, bridges}, then the counts of the fight, one per {@link FightCount} ({@code lost_armoured,
 *       lost_light, carriers_lost, assets_lost_line_charge, ..., breach_failures, ..., defender_units_destroyed})</li>
 *   <li>{@code slowdown_h}: closure time minus the baseline's in the same replication, hours</li>
 *   <li>per column of the scenario, in scenario order (wide: one block of fields per column, prefixed
 *       {@code col_ID_}): {@code col_ID_lead_h, col_ID_tail_h} (hours; the horizon if not by the horizon),
 *       {@code col_ID_reached} (the whole surviving column arrived), {@code col_ID_vehicles_start,
 *       col_ID_vehicles_arrived, col_ID_vehicles_lost, col_ID_lost_armoured, col_ID_lost_light,
 *       col_ID_lost_mine, ...} (one per {@link LossCause}), {@code col_ID_held_min} (minutes the head was held at
 *       obstacles, every kind) and {@code col_ID_halted} (stopped for good)</li>
 *   <li>per value of the experiment's user measures: {@code measure_NAME} ({@code NaN} if not observed)</li>
 * </ol>
 * The first four groups are {@link #columnNames()}; the whole header is {@link #columnNames(Experiment)}.
 * Doubles are written with {@link Double#toString(double)}, so reading the file back gives the same bits.
 */
public final class ReplicationCsv {
    private static final List<String> COLUMNS = columns();

    private ReplicationCsv() {
    }

    /** @return the names of the force-level fields, in order (the header of a scenario without columns) */
    public static List<String> columnNames() {
        return COLUMNS;
    }

    /** @return the force-level fields' header line, without line break */
    public static String header() {
        return String.join(",", COLUMNS);
    }

    /**
     * @param experiment the experiment
     * @return every field name of its per-replication CSV, in order: the force-level fields, each column's block,
     *         each user measure value
     */
    public static List<String> columnNames(Experiment experiment) {
        return Layout.of(experiment).names();
    }

    /** @return the header line of an experiment's per-replication CSV, without line break */
    public static String header(Experiment experiment) {
        return String.join(",", columnNames(experiment));
    }

    /** The fields of one column's block, after its prefix {@code col_ID_}. */
    public static List<String> columnFields() {
        List<String> c = new ArrayList<>(List.of("lead_h", "tail_h", "reached", "vehicles_start",
                "vehicles_arrived", "vehicles_lost", "lost_armoured", "lost_light"));
        for (LossCause cause : LossCause.values()) {
            c.add("lost_" + Csv.key(cause));
        }
        c.add("held_min");
        c.add("halted");
        return List.copyOf(c);
    }

    private static final List<String> COLUMN_FIELDS = columnFields();

    /**
     * The shape of a per-replication CSV past the force-level fields: the scenario's column ids and the user
     * measures' value names.
     *
     * @param columnIds    column ids, in scenario order
     * @param measureNames user measure value names, in order
     */
    public record Layout(List<String> columnIds, List<String> measureNames) {
        public Layout {
            columnIds = List.copyOf(columnIds);
            measureNames = List.copyOf(measureNames);
        }

        public static Layout of(Experiment experiment) {
            List<String> ids = new ArrayList<>();
            for (ColumnSpec c : experiment.scenario().columns()) {
                ids.add(c.id());
            }
            return new Layout(ids, experiment.measureNames());
        }

        /**
         * @param header a header's fields
         * @return the layout they describe
         * @throws IllegalArgumentException if they are not the header of a per-replication CSV
         */
        public static Layout parse(List<String> header) {
            if (header.size() < COLUMNS.size() || !header.subList(0, COLUMNS.size()).equals(COLUMNS)) {
                throw new IllegalArgumentException("header " + header + " does not start with the expected "
                        + COLUMNS);
            }
            List<String> ids = new ArrayList<>();
            List<String> measures = new ArrayList<>();
            String lead = "_" + COLUMN_FIELDS.get(0);
            int i = COLUMNS.size();
            while (i < header.size() && header.get(i).startsWith("col_") && header.get(i).endsWith(lead)) {
                String h = header.get(i);
                ids.add(h.substring(4, h.length() - lead.length()));
                i += COLUMN_FIELDS.size();
            }
            for (; i < header.size(); i++) {
                if (!header.get(i).startsWith("measure_")) {
                    throw new IllegalArgumentException("header field '" + header.get(i) + "' is neither a column's "
                            + "nor a measure's");
                }
                measures.add(header.get(i).substring("measure_".length()));
            }
            Layout l = new Layout(ids, measures);
            if (!l.names().equals(header)) {
                throw new IllegalArgumentException("header " + header + " differs from the expected " + l.names());
            }
            return l;
        }

        /** @return every field name, in order */
        List<String> names() {
            List<String> out = new ArrayList<>(COLUMNS);
            for (String id : columnIds) {
                for (String f : COLUMN_FIELDS) {
                    out.add("col_" + id + "_" + f);
                }
            }
            for (String m : measureNames) {
                out.add("measure_" + m);
            }
            return out;
        }

        /** @return fields per line */
        int size() {
            return COLUMNS.size() + columnIds.size() * COLUMN_FIELDS.size() + measureNames.size();
        }
    }

    /**
     * @param scenario   scenario name
     * @param masterSeed master seed
     * @param r          the row
     * @return the CSV line, without line break
     */
    public static String line(String scenario, long masterSeed, ReplicationRow r) {
        StringBuilder b = new StringBuilder(256);
        b.append(Csv.field(scenario)).append(',').append(masterSeed).append(',').append(r.replication()).append(',')
                .append(Csv.field(r.packageName())).append(',').append(Csv.number(r.packageCostEur())).append(',')
                .append(r.packageObstacles()).append(',')
                .append(Csv.number(r.closureH())).append(',').append(Csv.bool(r.reached())).append(',')
                .append(Csv.number(r.firstLeadH())).append(',').append(r.vehiclesStart()).append(',')
                .append(r.vehiclesArrived()).append(',').append(r.vehiclesLost());
        for (LossCause c : LossCause.values()) {
            b.append(',').append(r.losses(c));
        }
        for (ObstacleKind k : ObstacleKind.values()) {
            b.append(',').append(Csv.number(r.heldMin(k)));
        }
        b.append(',').append(r.breaches()).append(',').append(r.bypasses()).append(',').append(r.reroutes())
                .append(',').append(r.lineCharges()).append(',').append(r.bridges());
        for (FightCount c : FightCount.values()) {
            b.append(',').append(r.count(c));
        }
        b.append(',').append(Csv.number(r.slowdownH()));
        for (ColumnRow c : r.columns()) {
            b.append(',').append(Csv.number(c.leadH())).append(',').append(Csv.number(c.tailH())).append(',')
                    .append(Csv.bool(c.reached())).append(',').append(c.vehiclesStart()).append(',')
                    .append(c.vehiclesArrived()).append(',').append(c.vehiclesLost()).append(',')
                    .append(c.lostArmoured()).append(',').append(c.lostLight());
            for (LossCause cause : LossCause.values()) {
                b.append(',').append(c.losses(cause));
            }
            b.append(',').append(Csv.number(c.heldMin())).append(',').append(Csv.bool(c.halted()));
        }
        for (double v : r.measures()) {
            b.append(',').append(Csv.number(v));
        }
        return b.toString();
    }

    /**
     * Writes every row of a result (atomically).
     *
     * @param result the result, with its rows kept ({@code ExperimentRunner.withRowsKept()})
     * @param file   the CSV file
     * @throws IOException              if it cannot be written
     * @throws IllegalArgumentException if the result has replications but kept no rows
     */
    public static void write(ExperimentResult result, Path file) throws IOException {
        if (result.rows().isEmpty() && result.replications() > 0) {
            throw new IllegalArgumentException("the result kept no rows (run with ExperimentRunner.withRowsKept()); "
                    + "a study's rows are in its " + Study.REPLICATIONS);
        }
        Layout layout = layoutOf(result);
        AtomicFiles.writeText(file, w -> writeRows(w, result.scenarioName(), result.masterSeed(), result.rows(),
                layout));
    }

    public static void writeRows(Writer w, String scenario, long masterSeed, List<ReplicationRow> rows, Layout layout)
            throws IOException {
        w.write(String.join(",", layout.names()));
        w.write('\n');
        for (ReplicationRow r : rows) {
            w.write(line(scenario, masterSeed, r));
            w.write('\n');
        }
    }

    /** @return the layout of a result's rows: the first row's columns, the summaries' measure names */
    private static Layout layoutOf(ExperimentResult result) {
        List<String> ids = new ArrayList<>();
        if (!result.rows().isEmpty()) {
            for (ColumnRow c : result.rows().get(0).columns()) {
                ids.add(c.column());
            }
        }
        List<String> measures = new ArrayList<>();
        if (!result.packages().isEmpty()) {
            for (org.gapsim.experiment.MeasureSummary m : result.packages().get(0).measures()) {
                measures.add(m.name());
            }
        }
        return new Layout(ids, measures);
    }

    /**
     * What a per-replication CSV holds.
     *
     * @param scenarios     scenario name of each row
     * @param masterSeeds   master seed of each row
     * @param rows          the rows that could be read in full
     * @param droppedLast   whether a cut-short last line was left out
     */
    public record Contents(List<String> scenarios, List<Long> masterSeeds, List<ReplicationRow> rows,
                           boolean droppedLast) {
    }

    /**
     * Reads a per-replication CSV. A last line without a line break, or that does not parse, is left out (an
     * interrupted write); any other bad line is an error.
     *
     * @param file the file
     * @return its rows
     * @throws IOException              if it cannot be read
     * @throws IllegalArgumentException if its header differs from {@link #header()} or a line before the last is bad
     */
    public static Contents read(Path file) throws IOException {
        Csv.Parsed parsed = Csv.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        List<List<String>> recs = parsed.records();
        List<String> scenarios = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        List<ReplicationRow> rows = new ArrayList<>();
        if (recs.isEmpty() || (recs.size() == 1 && parsed.lastUnterminated())) {
            return new Contents(scenarios, seeds, rows, !recs.isEmpty());
        }
        Layout layout;
        try {
            layout = Layout.parse(recs.get(0));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        boolean dropped = false;
        for (int i = 1; i < recs.size(); i++) {
            boolean last = i == recs.size() - 1;
            if (last && parsed.lastUnterminated()) {
                dropped = true;
                break;
            }
            List<String> f = recs.get(i);
            try {
                rows.add(parse(f, layout));
                scenarios.add(f.get(0));
                seeds.add(Long.parseLong(f.get(1)));
            } catch (RuntimeException e) {
                if (last) {
                    dropped = true;
                    break;
                }
                throw new IllegalArgumentException(file + ": line " + (i + 1) + " cannot be read: " + e.getMessage(), e);
            }
        }
        return new Contents(scenarios, seeds, rows, dropped);
    }

    /**
     * Reads the rows of an experiment back from its per-replication CSV and checks that they belong to it: same
     * scenario name, master seed and packages (in order). Rows after the last complete replication are left out.
     *
     * @param file       the CSV
     * @param experiment the experiment
     * @return the rows of complete replications 0, 1, 2..., packages in {@link Experiment#allPackages()} order
     * @throws ExperimentConfigException (field {@code checkpoint}) if the file belongs to another experiment or is
     *                                   corrupt
     * @throws IOException               if it cannot be read
     */
    public static List<ReplicationRow> readFor(Path file, Experiment experiment) throws IOException {
        Contents c;
        try {
            c = read(file);
        } catch (IllegalArgumentException e) {
            throw new ExperimentConfigException("checkpoint", e.getMessage(), e);
        }
        String scenario = experiment.scenario().name();
        List<String> packages = experiment.allPackages();
        int p = packages.size();
        List<ReplicationRow> rows = c.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (!c.scenarios().get(i).equals(scenario)) {
                throw new ExperimentConfigException("checkpoint", "'" + file + "' was written for scenario '"
                        + c.scenarios().get(i) + "', this experiment runs '" + scenario + "'");
            }
            if (c.masterSeeds().get(i) != experiment.masterSeed()) {
                throw new ExperimentConfigException("checkpoint", "'" + file + "' was written with master seed "
                        + c.masterSeeds().get(i) + ", this experiment uses " + experiment.masterSeed());
            }
        }
        List<String> recordedPackages = new ArrayList<>();
        for (ReplicationRow r : rows) {
            if (r.replication() != 0) {
                break;
            }
            recordedPackages.add(r.packageName());
        }
        boolean firstComplete = rows.size() > recordedPackages.size();
        if (firstComplete ? !recordedPackages.equals(packages)
                : !packages.subList(0, Math.min(p, recordedPackages.size())).equals(recordedPackages)) {
            throw new ExperimentConfigException("checkpoint", "'" + file + "' was written for packages "
                    + recordedPackages + ", this experiment runs " + packages);
        }
        for (int i = 0; i < rows.size(); i++) {
            ReplicationRow r = rows.get(i);
            if (r.replication() != i / p || !r.packageName().equals(packages.get(i % p))) {
                throw new ExperimentConfigException("checkpoint", "'" + file + "' line " + (i + 2) + " is replication "
                        + r.replication() + " of '" + r.packageName() + "', expected replication " + (i / p) + " of '"
                        + packages.get(i % p) + "'");
            }
        }
        return List.copyOf(rows.subList(0, rows.size() / p * p));
    }

    /**
     * @param f the fields of one line
     * @return the row they hold (the scenario and seed fields are not part of it)
     * @throws IllegalArgumentException if a field does not parse
     */
    static ReplicationRow parseFields(List<String> f, Layout layout) {
        return parse(f, layout);
    }

    private static ReplicationRow parse(List<String> f, Layout layout) {
        if (f.size() != layout.size()) {
            throw new IllegalArgumentException("expected " + layout.size() + " fields, found " + f.size());
        }
        int i = 2;
        long replication = Long.parseLong(f.get(i++));
        String pkg = f.get(i++);
        double cost = Double.parseDouble(f.get(i++));
        int obstacles = Integer.parseInt(f.get(i++));
        double closure = Double.parseDouble(f.get(i++));
        boolean reached = parseBool(f.get(i++));
        double lead = Double.parseDouble(f.get(i++));
        int start = Integer.parseInt(f.get(i++));
        int arrived = Integer.parseInt(f.get(i++));
        i++; // vehicles_lost: derived from the losses by cause
        int[] losses = new int[LossCause.values().length];
        for (int k = 0; k < losses.length; k++) {
            losses[k] = Integer.parseInt(f.get(i++));
        }
        double[] held = new double[ObstacleKind.values().length];
        for (int k = 0; k < held.length; k++) {
            held[k] = Double.parseDouble(f.get(i++));
        }
        int breaches = Integer.parseInt(f.get(i++));
        int bypasses = Integer.parseInt(f.get(i++));
        int reroutes = Integer.parseInt(f.get(i++));
        int lineCharges = Integer.parseInt(f.get(i++));
        int bridges = Integer.parseInt(f.get(i++));
        int[] fight = new int[FightCount.size()];
        for (int k = 0; k < fight.length; k++) {
            fight[k] = Integer.parseInt(f.get(i++));
        }
        double slowdown = Double.parseDouble(f.get(i++));
        List<ColumnRow> cols = new ArrayList<>(layout.columnIds().size());
        for (String id : layout.columnIds()) {
            double leadH = Double.parseDouble(f.get(i++));
            double tailH = Double.parseDouble(f.get(i++));
            boolean colReached = parseBool(f.get(i++));
            int colStart = Integer.parseInt(f.get(i++));
            int colArrived = Integer.parseInt(f.get(i++));
            i++; // vehicles_lost: derived from the losses by cause
            int armoured = Integer.parseInt(f.get(i++));
            int light = Integer.parseInt(f.get(i++));
            int[] colLosses = new int[LossCause.values().length];
            for (int k = 0; k < colLosses.length; k++) {
                colLosses[k] = Integer.parseInt(f.get(i++));
            }
            double heldMin = Double.parseDouble(f.get(i++));
            boolean halted = parseBool(f.get(i++));
            cols.add(new ColumnRow(id, leadH, tailH, colReached, colStart, colArrived, colLosses, armoured, light,
                    heldMin, halted));
        }
        double[] measures = new double[layout.measureNames().size()];
        for (int k = 0; k < measures.length; k++) {
            measures[k] = Double.parseDouble(f.get(i++));
        }
        return new ReplicationRow(replication, pkg, cost, obstacles, closure, reached, lead, start, arrived, losses,
                held, breaches, bypasses, reroutes, lineCharges, bridges, slowdown, fight, cols, measures);
    }

    /** Reads {@code TRUE}/{@code FALSE}, and the {@code true}/{@code false} older gapsim versions wrote. */
    private static boolean parseBool(String s) {
        if (s.equals("TRUE") || s.equals("true")) {
            return true;
        }
        if (s.equals("FALSE") || s.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException("expected TRUE or FALSE, found '" + s + "'");
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("scenario", "master_seed", "replication", "package",
                "package_cost_eur", "package_obstacles", "closure_h", "reached", "first_lead_h", "vehicles_start",
                "vehicles_arrived", "vehicles_lost"));
        for (LossCause cause : LossCause.values()) {
            c.add("lost_" + Csv.key(cause));
        }
        for (ObstacleKind k : ObstacleKind.values()) {
            c.add("held_min_" + Csv.key(k));
        }
        c.addAll(List.of("breaches", "bypasses", "reroutes", "line_charges", "bridges"));
        for (FightCount f : FightCount.values()) {
            c.add(f.key());
        }
        c.add("slowdown_h");
        return List.copyOf(c);
    }
}
