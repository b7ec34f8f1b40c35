/**
 * Monte Carlo experiments over fortification packages: an {@link org.gapsim.experiment.Experiment} (scenario x
 * packages x replications x master seed), a parallel {@link org.gapsim.experiment.ExperimentRunner} that records
 * replications in replication order (bit-identical results for any thread count), common random numbers across
 * packages (paired slowdowns), SSJ tallies for means, Student confidence intervals and quantiles, sequential stopping
 * to a target precision, checkpoint and resume through a {@link org.gapsim.experiment.ReplicationLog} (refused for
 * another experiment: see {@link org.gapsim.experiment.Provenance}), and progress reports through slf4j. Model times are minutes; every output is in hours unless its name says minutes.
 */
package org.gapsim.experiment;
