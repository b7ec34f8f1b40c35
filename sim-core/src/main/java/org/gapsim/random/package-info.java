/**
 * Named random streams: each random input of the model has its own MRG32k3a stream, derived from the experiment's
 * master seed and the stream's {@link org.gapsim.random.StreamName} by {@link org.gapsim.random.StreamFactory};
 * replication {@code r} uses substream {@code r} of every stream ({@link org.gapsim.random.ReplicationStreams}),
 * so results do not depend on the thread count, every fortification package sees the same random numbers
 * (common random numbers) and adding a stream never shifts another's draws.
 */
package org.gapsim.random;
