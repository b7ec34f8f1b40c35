/**
 * Scenario files: {@link org.gapsim.scenario.io.ScenarioLoader} reads a YAML file into the validated
 * {@link org.gapsim.scenario.Scenario} records, {@link org.gapsim.scenario.io.ScenarioWriter} writes one back, and
 * every failure is a one-line {@link org.gapsim.scenario.io.ScenarioFileException} naming file, line:column and
 * field path. The format is specified in {@code docs/scenario-format.md}.
 */
package org.gapsim.scenario.io;
