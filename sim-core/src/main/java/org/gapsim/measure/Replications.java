package org.gapsim.measure;

import org.gapsim.model.CrossingModel;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.ModelListener;
import org.gapsim.random.ReplicationStreams;

/** Runs one replication and returns its measures: the unit of work of every experiment runner. */
public final class Replications {
    private Replications() {
    }

    /**
     * Positions the streams at replication {@code r}, builds a fresh model on its own simulator, runs it and
     * returns its measures. The result depends only on (plan, the streams' master seed, r).
     *
     * @param plan    the compiled scenario and package
     * @param streams the calling worker's streams
     * @param r       replication index (&gt;= 0)
     * @param extra   further listeners (a trace, say)
     * @return the measures
     */
    public static ReplicationResult run(CrossingPlan plan, ReplicationStreams streams, long r, ModelListener... extra) {
        streams.startReplication(r);
        CrossingModel model = new CrossingModel(plan, streams);
        ReplicationMeasures measures = new ReplicationMeasures(plan, r);
        model.addListener(measures);
        for (ModelListener l : extra) {
            model.addListener(l);
        }
        model.run();
        return measures.result();
    }
}
