/**
 * The scenario as immutable, validated data: the road network ({@link org.gapsim.scenario.RoadNetwork},
 * {@link org.gapsim.scenario.Place}, {@link org.gapsim.scenario.RoadSegment}), the attacking force
 * ({@link org.gapsim.scenario.ColumnSpec}, {@link org.gapsim.scenario.VehicleType},
 * {@link org.gapsim.scenario.EngineerAssets}), the obstacles and belts ({@link org.gapsim.scenario.Obstacle},
 * {@link org.gapsim.scenario.Belt}), the defender ({@link org.gapsim.scenario.Defender}), the cost catalogue and
 * fortification packages ({@link org.gapsim.scenario.FortificationPackage},
 * {@link org.gapsim.scenario.BudgetLayout}), doctrine, season and time of day; {@link org.gapsim.scenario.Scenario}
 * holds them all. Records with more than a few fields have builders. Every record checks its values when built
 * and throws {@link org.gapsim.scenario.ScenarioException} naming the field; the model never re-checks them.
 * Counts and sizes are bounded by {@link org.gapsim.scenario.Limits}. Units are in the names: km, km/h, m,
 * minutes, EUR. Extension point: {@link org.gapsim.scenario.DistributionProvider} (a distribution kind by name).
 * Reading and writing YAML is in {@link org.gapsim.scenario.io}.
 */
package org.gapsim.scenario;
