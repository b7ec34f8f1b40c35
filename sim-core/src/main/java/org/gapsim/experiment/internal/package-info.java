/**
 * Not API: the replication worker shared by the local runner and the Spark module
 * ({@link org.gapsim.experiment.internal.Replicator}) and the logging progress listener behind
 * {@link org.gapsim.experiment.ProgressListener#logging()}. Public only so that gapsim's own modules can use them;
 * they may change in any release.
 */
package org.gapsim.experiment.internal;
