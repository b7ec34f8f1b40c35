/**
 * Ready scenarios as data: {@link org.gapsim.scenarios.BuiltInScenarios} finds the scenario files shipped on the
 * class path (YAML under {@code /scenarios/}, the sources of every figure in their comments), and
 * {@link org.gapsim.scenarios.SuwalkiGap} names the Suwalki Gap study. Units: km, km/h, m, minutes, EUR.
 */
package org.gapsim.scenarios;
