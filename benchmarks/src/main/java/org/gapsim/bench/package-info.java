/**
 * JMH benchmarks of gapsim: the hold model on raw SSJ, through gapsim's dispatch and on a primitive-array heap
 * (the machine's limit); one replication per fortification package; batch throughput at 1 and 2 worker threads;
 * growth of a replication's cost with vehicles and obstacles. See {@code benchmarks/README.md} for the commands and
 * the recorded results. Nothing here is run by the build.
 */
package org.gapsim.bench;
