package org.gapsim.report.map;

/**
 * A drawing surface that the figures are described on, in SVG's vocabulary (elements {@code g}, {@code rect},
 * {@code circle}, {@code line}, {@code polyline}, {@code polygon}, {@code path}, {@code text}, with their
 * presentation attributes). One description, two backends: {@link Svg} writes it as an SVG document and
 * {@link RasterCanvas} paints it with Java2D into an image (PNG), so the map drawn as SVG and as PNG come from the
 * same code. Attribute values are given as name-value pairs; a null value leaves the attribute out; doubles are
 * taken to 0.1 px ({@link Svg#num(double)}) by both backends.
 */
public interface Canvas {
    /**
     * Draws an element with no children.
     *
     * @param name  element name
     * @param attrs name, value, name, value...
     * @return this
     */
    Canvas el(String name, Object... attrs);

    /**
     * Draws an element holding text.
     *
     * @param name  element name ({@code text})
     * @param text  its text
     * @param attrs name, value pairs
     * @return this
     */
    Canvas text(String name, String text, Object... attrs);

    /**
     * Opens an element (a group, or a shape that gets a tooltip); close it with {@link #end(String)}.
     *
     * @param name  element name
     * @param attrs name, value pairs
     * @return this
     */
    Canvas begin(String name, Object... attrs);

    /**
     * @param name element name to close
     * @return this
     */
    Canvas end(String name);

    /**
     * A tooltip for the element just opened (an SVG {@code <title>}; a raster has none).
     *
     * @param text its text
     * @return this
     */
    Canvas tooltip(String text);
}
