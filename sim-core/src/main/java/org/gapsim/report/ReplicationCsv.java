package org.gapsim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.measure.FightCount;
import org.gapsim.model.LossCause;
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
 * </ol>
 * Doubles are written with {@link Double#toString(double)}, so reading the file back gives the same bits.
 */
public final class ReplicationCsv {
    private static final List<String> COLUMNS = columns();

    private ReplicationCsv() {
    }

    /** @return the column names, in order */
    public static List<String> columnNames() {
        return COLUMNS;
    }

    /** @return the header line, without line break */
    public static String header() {
        return String.join(",", COLUMNS);
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
        AtomicFiles.writeText(file, w -> writeRows(w, result.scenarioName(), result.masterSeed(), result.rows()));
    }

    static void writeRows(Writer w, String scenario, long masterSeed, List<ReplicationRow> rows) throws IOException {
        w.write(header());
        w.write('\n');
        for (ReplicationRow r : rows) {
            w.write(line(scenario, masterSeed, r));
            w.write('\n');
        }
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
        if (!recs.get(0).equals(COLUMNS)) {
            throw new IllegalArgumentException(file + ": header " + recs.get(0) + " differs from the expected " + COLUMNS);
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
                rows.add(parse(f));
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
    static ReplicationRow parseFields(List<String> f) {
        return parse(f);
    }

    private static ReplicationRow parse(List<String> f) {
        if (f.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " fields, found " + f.size());
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
        double slowdown = Double.parseDouble(f.get(i));
        return new ReplicationRow(replication, pkg, cost, obstacles, closure, reached, lead, start, arrived, losses,
                held, breaches, bypasses, reroutes, lineCharges, bridges, slowdown, fight);
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
