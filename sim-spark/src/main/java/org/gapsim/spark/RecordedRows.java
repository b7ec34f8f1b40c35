package org.gapsim.spark;

import java.io.IOException;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ReplicationLog;
import org.gapsim.experiment.ReplicationRow;

/**
 * Hands rows computed on the cluster to the local {@code ExperimentRunner} as if an earlier run had recorded them,
 * so they go through exactly the local aggregation and stopping decisions, and passes what the runner keeps on to
 * the user's log (the per-replication CSV, say).
 */
final class RecordedRows implements ReplicationLog {
    private final List<ReplicationRow> rows;
    private final ReplicationLog sink;

    /**
     * @param rows whole replications 0, 1, 2..., packages in the experiment's order
     * @param sink where the kept rows are written ({@link ReplicationLog#NONE} for nowhere)
     */
    RecordedRows(List<ReplicationRow> rows, ReplicationLog sink) {
        this.rows = List.copyOf(rows);
        this.sink = sink;
    }

    @Override
    public List<ReplicationRow> recorded(Experiment experiment) {
        return rows;
    }

    @Override
    public void begin(Experiment experiment, List<ReplicationRow> kept) throws IOException {
        sink.begin(experiment, kept);
    }

    @Override
    public void append(List<ReplicationRow> replication) throws IOException {
        sink.append(replication);
    }

    @Override
    public void flush() throws IOException {
        sink.flush();
    }

    @Override
    public void end(boolean complete) throws IOException {
        sink.end(complete);
    }
}
