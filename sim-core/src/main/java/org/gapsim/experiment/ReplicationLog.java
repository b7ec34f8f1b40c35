package org.gapsim.experiment;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a runner records replications as they complete, and reads them back to resume an interrupted run. The
 * runner calls, on one thread: {@link #replay} and {@link #resume} once each (or, when fed rows computed elsewhere,
 * {@link #recorded} and {@link #begin}), then {@link #append} for each replication in replication order,
 * {@link #flush} at each batch boundary, and {@link #end} once. {@code Study.checkpoint(file)}
 * (report package) keeps them in the per-replication CSV.
 */
public interface ReplicationLog {

    /** A log that keeps nothing: runs start from replication 0. */
    ReplicationLog NONE = new ReplicationLog() {
        @Override
        public List<ReplicationRow> recorded(Experiment experiment) {
            return List.of();
        }

        @Override
        public void begin(Experiment experiment, List<ReplicationRow> kept) {
        }

        @Override
        public void append(List<ReplicationRow> replication) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void end(boolean complete) {
        }
    };

    /**
     * Reads what an earlier run of the same experiment recorded.
     *
     * @param experiment the experiment about to run
     * @return the complete replications recorded, in order (replication 0 first, packages in
     *         {@link Experiment#allPackages()} order); an incomplete last replication is left out
     * @throws ExperimentConfigException if the record belongs to another experiment (scenario, seed, packages)
     * @throws IOException               if it cannot be read
     */
    List<ReplicationRow> recorded(Experiment experiment) throws IOException;

    /**
     * Streams what an earlier run of the same experiment recorded, one whole replication at a time, without holding
     * it all in memory. By default it reads {@link #recorded} and feeds it out.
     *
     * @param experiment the experiment about to run
     * @param sink       receives each complete replication's rows in order (packages in
     *                   {@link Experiment#allPackages()} order)
     * @return how many replications were fed
     * @throws ExperimentConfigException if the record belongs to another experiment or fails its checks
     * @throws IOException               if it cannot be read
     */
    default long replay(Experiment experiment, Consumer<List<ReplicationRow>> sink) throws IOException {
        List<ReplicationRow> rows = recorded(experiment);
        int p = experiment.allPackages().size();
        long n = 0;
        for (int i = 0; i + p <= rows.size(); i += p) {
            sink.accept(rows.subList(i, i + p));
            n++;
        }
        return n;
    }

    /**
     * Starts recording after {@link #replay}: the log keeps every replication replayed and appends after them. By
     * default it calls {@link #begin} with the first {@code keptReplications} of {@link #recorded}.
     *
     * @param experiment       the experiment
     * @param keptReplications the replications {@link #replay} fed (a resume never drops recorded ones)
     * @throws IOException if it cannot be written
     */
    default void resume(Experiment experiment, long keptReplications) throws IOException {
        List<ReplicationRow> rows = recorded(experiment);
        int p = experiment.allPackages().size();
        begin(experiment, rows.subList(0, (int) Math.min(rows.size(), keptReplications * p)));
    }

    /**
     * Starts recording: the log now holds exactly {@code kept} (a prefix of {@link #recorded}).
     *
     * @param experiment the experiment
     * @param kept       rows kept from the earlier run
     * @throws IOException if it cannot be written
     */
    void begin(Experiment experiment, List<ReplicationRow> kept) throws IOException;

    /**
     * Records one replication.
     *
     * @param replication its rows, one per package in {@link Experiment#allPackages()} order
     * @throws IOException if it cannot be written
     */
    void append(List<ReplicationRow> replication) throws IOException;

    /**
     * Makes everything appended so far durable.
     *
     * @throws IOException if it cannot be written
     */
    void flush() throws IOException;

    /**
     * Ends recording.
     *
     * @param complete true if the experiment ran to its stopping rule (the record is final); false if it was
     *                 cancelled or failed (the record stays resumable)
     * @throws IOException if it cannot be written
     */
    void end(boolean complete) throws IOException;
}
