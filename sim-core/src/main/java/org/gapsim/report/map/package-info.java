/**
 * Figures of a scenario drawn as SVG by gapsim's own small writer ({@link org.gapsim.report.map.Svg}): the map of
 * a scenario and package ({@link org.gapsim.report.map.MapView}, on an equirectangular
 * {@link org.gapsim.report.map.Projection} with shipped Natural Earth {@link org.gapsim.report.map.Borders}), one
 * replication drawn on it ({@link org.gapsim.report.map.Replay}, read through the model's public listener API) and
 * its columns' timeline ({@link org.gapsim.report.map.Timeline}), and the replay as a page
 * ({@link org.gapsim.report.map.ReplayPage}). Colours are Okabe-Ito ({@link org.gapsim.report.map.Palette}) and
 * always go with a shape, dash or label. No network access: everything needed ships in the jar.
 */
package org.gapsim.report.map;
