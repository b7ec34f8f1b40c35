package org.gapsim.report.map;

import java.util.Collection;
import org.gapsim.scenario.Place;

/**
 * Equirectangular projection from WGS84 latitude and longitude to page pixels, with longitudes scaled by the cosine
 * of the middle latitude so that a kilometre is about as long east-west as north-south. Over the ~150 km of a
 * scenario the scale error is under 1 % (cos varies by about 0.02 between 53.5 and 55 N), well within what a map at
 * A4 shows; it is not a conformal or equal-area projection and says so in the map's footnote.
 *
 * <p>{@code x = margin + (lon - lonMin) * cos(latMid) * pxPerDeg}, {@code y = margin + (latMax - lat) * pxPerDeg},
 * where {@code pxPerDeg} fits the extent into {@code width - 2 * margin} or {@code height - 2 * margin}, whichever
 * binds; the unused space is split evenly.
 *
 * @param latMin   southern edge, degrees
 * @param latMax   northern edge, degrees
 * @param lonMin   western edge, degrees
 * @param lonMax   eastern edge, degrees
 * @param width    page width, px
 * @param height   page height, px
 * @param margin   margin on every side, px
 */
public record Projection(double latMin, double latMax, double lonMin, double lonMax, double width, double height,
                         double margin) {
    /** Kilometres in one degree of latitude (mean Earth radius 6371 km, as {@link Place#greatCircleKm}). */
    public static final double KM_PER_DEG_LAT = 6371.0 * Math.PI / 180.0;

    /**
     * Validates the extent.
     *
     * @param latMin value of {@link #latMin()}
     * @param latMax value of {@link #latMax()}
     * @param lonMin value of {@link #lonMin()}
     * @param lonMax value of {@link #lonMax()}
     * @param width value of {@link #width()}
     * @param height value of {@link #height()}
     * @param margin value of {@link #margin()}
     */
    public Projection {
        if (!(latMax > latMin) || !(lonMax > lonMin) || !(width > 2 * margin) || !(height > 2 * margin)) {
            throw new IllegalArgumentException("empty map extent or page");
        }
    }

    /**
     * @param places    the places to show (at least one)
     * @param padDeg    degrees of latitude added round them (longitude padding is scaled to match)
     * @param width     page width, px
     * @param height    page height, px
     * @param margin    margin, px
     * @return a projection showing every place
     */
    public static Projection fitting(Collection<Place> places, double padDeg, double width, double height,
                                     double margin) {
        double la0 = Double.POSITIVE_INFINITY;
        double la1 = Double.NEGATIVE_INFINITY;
        double lo0 = Double.POSITIVE_INFINITY;
        double lo1 = Double.NEGATIVE_INFINITY;
        for (Place p : places) {
            la0 = Math.min(la0, p.latDeg());
            la1 = Math.max(la1, p.latDeg());
            lo0 = Math.min(lo0, p.lonDeg());
            lo1 = Math.max(lo1, p.lonDeg());
        }
        double cos = Math.cos(Math.toRadians((la0 + la1) / 2));
        double lonPad = padDeg / cos;
        return new Projection(la0 - padDeg, la1 + padDeg, lo0 - lonPad, lo1 + lonPad, width, height, margin);
    }

    /** @return cosine of the middle latitude */
    public double cosLat() {
        return Math.cos(Math.toRadians((latMin + latMax) / 2));
    }

    /** @return pixels per degree of latitude */
    public double pxPerDeg() {
        double sx = (width - 2 * margin) / ((lonMax - lonMin) * cosLat());
        double sy = (height - 2 * margin) / (latMax - latMin);
        return Math.min(sx, sy);
    }

    private double offsetX() {
        return (width - 2 * margin - (lonMax - lonMin) * cosLat() * pxPerDeg()) / 2;
    }

    private double offsetY() {
        return (height - 2 * margin - (latMax - latMin) * pxPerDeg()) / 2;
    }

    /**
     * @param lonDeg longitude, degrees
     * @return page x, px
     */
    public double x(double lonDeg) {
        return margin + offsetX() + (lonDeg - lonMin) * cosLat() * pxPerDeg();
    }

    /**
     * @param latDeg latitude, degrees
     * @return page y, px (down)
     */
    public double y(double latDeg) {
        return margin + offsetY() + (latMax - latDeg) * pxPerDeg();
    }

    /** @return kilometres per pixel, in both directions */
    public double kmPerPx() {
        return KM_PER_DEG_LAT / pxPerDeg();
    }
}
