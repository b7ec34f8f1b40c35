/**
 * Outputs of an experiment: the per-replication CSV (the data-farming run contract, also the checkpoint an
 * interrupted run resumes from), summary CSV and JSON, a plain-text table for the console, PNG charts and a
 * self-contained HTML report ({@link org.gapsim.report.HtmlReport}, with SVG charts from
 * {@link org.gapsim.report.SvgCharts} and the map of {@link org.gapsim.report.map}). Every file
 * is written to a temporary name and moved into place atomically. Nothing here prints: callers print the table.
 * {@link org.gapsim.report.Study} ties an experiment to an output directory: it holds the directory's
 * {@link org.gapsim.report.OutputLock}, keeps the checkpoint checksummed ({@link org.gapsim.report.Study#checkpoint}),
 * records the {@link org.gapsim.experiment.Provenance} in every output, and reports every failure to use the
 * directory as an {@link org.gapsim.report.OutputException}.
 */
package org.gapsim.report;
