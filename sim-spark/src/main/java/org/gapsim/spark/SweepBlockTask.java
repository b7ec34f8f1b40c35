package org.gapsim.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.experiment.internal.Replicator;
import org.gapsim.scenario.Scenario;

/**
 * The function each partition of a {@link SparkSweepRunner} job runs: loads the base scenario once, and for each
 * design point among its blocks applies the factors, compiles the plans and makes one set of streams (a
 * {@link Replicator.Worker}) once, then runs that point's replications. The job's blocks are ordered by point, so a
 * partition holds consecutive blocks of few points and sets each up once (at most twice when a point straddles two
 * partitions). Serializable: it holds only the {@link SweepSpec}.
 */
final class SweepBlockTask implements FlatMapFunction<Iterator<PointBlock>, PointReplication> {
    private static final long serialVersionUID = 1L;

    private final SweepSpec spec;

    /** @param spec what to run */
    SweepBlockTask(SweepSpec spec) {
        this.spec = spec;
    }

    @Override
    public Iterator<PointReplication> call(Iterator<PointBlock> blocks) {
        if (!blocks.hasNext()) {
            return Collections.emptyIterator();
        }
        Scenario base = spec.base().scenario().load();
        List<PointReplication> out = new ArrayList<>();
        int workerPoint = -1;
        Replicator.Worker worker = null;
        while (blocks.hasNext()) {
            PointBlock pb = blocks.next();
            if (pb.point() != workerPoint) {
                worker = new Replicator(spec.experimentAt(base, pb.point())).worker();
                workerPoint = pb.point();
            }
            Block b = pb.block();
            // sub-blocks run package by package, as the local runner does (the rows are the same either way)
            for (long r = b.from(); r < b.to(); r += ExperimentRunner.MAX_BLOCK) {
                int count = (int) Math.min(ExperimentRunner.MAX_BLOCK, b.to() - r);
                List<List<ReplicationRow>> rows = worker.run(r, count);
                for (int i = 0; i < count; i++) {
                    out.add(new PointReplication(pb.point(), ReplicationWire.of(r + i, rows.get(i))));
                }
            }
        }
        return out.iterator();
    }
}
