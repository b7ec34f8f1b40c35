package org.gapsim.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.experiment.internal.Replicator;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The function each Spark partition runs: loads the scenario from its source, compiles the plans, makes one set of
 * streams (a {@link org.gapsim.experiment.internal.Replicator.Worker}) and runs every replication of every block it was given. Serializable: it holds
 * only the {@link ExperimentSpec}.
 */
final class BlockTask implements FlatMapFunction<Iterator<Block>, ReplicationWire> {
    private static final long serialVersionUID = 1L;

    private final ExperimentSpec spec;

    /** @param spec what to run */
    BlockTask(ExperimentSpec spec) {
        this.spec = spec;
    }

    @Override
    public Iterator<ReplicationWire> call(Iterator<Block> blocks) {
        if (!blocks.hasNext()) {
            return Collections.emptyIterator();
        }
        Replicator.Worker worker = new Replicator(spec.experiment(spec.scenario().load())).worker();
        List<ReplicationWire> out = new ArrayList<>();
        while (blocks.hasNext()) {
            Block b = blocks.next();
            // sub-blocks run package by package, as the local runner does (the rows are the same either way)
            for (long r = b.from(); r < b.to(); r += ExperimentRunner.MAX_BLOCK) {
                int count = (int) Math.min(ExperimentRunner.MAX_BLOCK, b.to() - r);
                List<List<ReplicationRow>> rows = worker.run(r, count);
                for (int i = 0; i < count; i++) {
                    out.add(ReplicationWire.of(r + i, rows.get(i)));
                }
            }
        }
        return out.iterator();
    }
}
