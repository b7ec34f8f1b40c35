/**
 * What one replication measures, from the events the model publishes: {@link org.gapsim.measure.ReplicationMeasures}
 * listens to a replication and returns a {@link org.gapsim.measure.ReplicationResult} (closure time under the
 * scenario's rule, censored at the horizon with a reached flag; losses by cause; minutes held by obstacle kind;
 * breaches, bypasses, reroutes, assets used; the counts of the fight, {@link org.gapsim.measure.FightCount}: losses
 * by vehicle class, carriers and engineer assets lost, breach failures, misfires, blocked lanes, culminations, the
 * defender's engagements, suppressions and units destroyed; one {@link org.gapsim.measure.ColumnResult} per column);
 * {@link org.gapsim.measure.EventTrace} records the timeline line by line; {@link org.gapsim.measure.Replications}
 * runs one replication with its measures. Model times are minutes. A column still waiting for a way at the horizon
 * has not arrived and is not counted as halted.
 */
package org.gapsim.measure;
