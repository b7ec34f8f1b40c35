/**
 * Runs gapsim experiments on an Apache Spark cluster with results bit-identical to a local run:
 * {@link org.gapsim.spark.SparkExperimentRunner} for programs, {@link org.gapsim.spark.SparkStudy} for
 * {@code spark-submit}. Replications are split into fixed blocks by index, run on executors with the local runner's
 * per-replication code, collected keyed by index and aggregated on the driver by the local runner itself, so no
 * partitioning, block size or round size changes a result. Spark is a {@code provided} dependency of this module
 * only; sim-core knows nothing of it.
 */
package org.gapsim.spark;
