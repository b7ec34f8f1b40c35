/**
 * Not API: the file formats behind {@link org.gapsim.report.Study}: the per-replication CSV and its checksum
 * record ({@link org.gapsim.report.internal.ReplicationCsv}, {@link org.gapsim.report.internal.CsvReplicationLog}),
 * CSV field helpers and atomic, fsynced file replacement ({@link org.gapsim.report.internal.AtomicFiles}). The
 * formats themselves are documented in the README; these classes are public only so that gapsim's own modules can
 * use them and may change in any release.
 */
package org.gapsim.report.internal;
