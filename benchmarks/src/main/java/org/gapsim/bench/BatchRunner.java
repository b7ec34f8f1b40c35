package org.gapsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;

/**
 * A minimal batch runner for the throughput benchmark, shaped like a study's: a fixed pool of plain worker threads,
 * each with its own {@link ReplicationStreams}; a batch of replications is cut into one contiguous, disjoint range
 * per worker; the worker cuts its range into blocks of {@value #BLOCK} and runs every replication of a block for the
 * first package, then for the next (as {@code ExperimentRunner}'s blocks do; common random numbers: replication {@code r} of every package starts at
 * substream {@code r}); results land in replication order.
 * Results do not depend on the thread count (the unit tests check it).
 *
 * <p>The study's own runner ({@code org.gapsim.experiment}) was not available when this was written; this class
 * stands for it and measures what any such runner must do at least.
 */
public final class BatchRunner implements AutoCloseable {
    /** Replications per block, as {@code ExperimentRunner}'s largest block. */
    static final int BLOCK = 32;

    private final List<CrossingPlan> plans;
    private final int threads;
    private final ExecutorService pool;
    private final ReplicationStreams[] streams;

    /**
     * @param plans      the compiled packages, in report order
     * @param threads    worker threads, &gt;= 1
     * @param masterSeed seed every stream derives from
     */
    public BatchRunner(List<CrossingPlan> plans, int threads, long masterSeed) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.plans = List.copyOf(plans);
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        StreamFactory factory = new StreamFactory(masterSeed);
        this.streams = new ReplicationStreams[threads];
        for (int k = 0; k < threads; k++) {
            streams[k] = new ReplicationStreams(factory);
        }
    }

    /** @return packages per replication */
    public int packages() {
        return plans.size();
    }

    /**
     * Runs replications {@code first .. first + count - 1} of every package.
     *
     * @param first first replication index, &gt;= 0
     * @param count replications, &gt;= 1
     * @return results indexed [replication - first][package]
     */
    public ReplicationResult[][] run(long first, int count) {
        ReplicationResult[][] out = new ReplicationResult[count][plans.size()];
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int k = 0; k < threads; k++) {
            int from = (int) ((long) count * k / threads);
            int to = (int) ((long) count * (k + 1) / threads);
            ReplicationStreams s = streams[k];
            futures.add(pool.submit(() -> {
                for (int b = from; b < to; b += BLOCK) {   // blocks package by package, as ExperimentRunner's
                    int e = Math.min(to, b + BLOCK);
                    for (int p = 0; p < plans.size(); p++) {
                        for (int i = b; i < e; i++) {
                            out[i][p] = Replications.run(plans.get(p), s, first + i);
                        }
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a replication failed", e.getCause());
            }
        }
        return out;
    }

    /** Stops the workers. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
