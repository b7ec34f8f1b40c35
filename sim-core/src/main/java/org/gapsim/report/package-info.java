/**
 * Outputs of an experiment: the per-replication CSV (the data-farming run contract, also the checkpoint an
 * interrupted run resumes from), summary CSV and JSON, a plain-text table for the console, and PNG charts. Every file
 * is written to a temporary name and moved into place atomically. Nothing here prints: callers print the table.
 * {@link org.gapsim.report.Study} ties an experiment to an output directory.
 */
package org.gapsim.report;
