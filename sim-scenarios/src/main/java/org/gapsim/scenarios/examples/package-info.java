/**
 * Worked examples of gapsim's extension points, compiled and run by the tests: {@link
 * org.gapsim.scenarios.examples.FirstLossMeasure}, a user measure found by name through
 * {@link org.gapsim.measure.MeasureProvider}.
 */
package org.gapsim.scenarios.examples;
