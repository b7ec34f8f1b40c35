package org.gapsim.experiment;

/**
 * The precision an experiment reached on the mean slowdown of its compared packages.
 *
 * @param target                 target relative 95% half-width; NaN for a fixed-count experiment
 * @param worstRelativeHalfWidth largest relative 95% half-width of a compared package's mean slowdown (0 if there is
 *                               no compared package; infinity with fewer than two replications)
 * @param worstPackage           the package with that half-width; empty if there is none
 * @param targetMet              whether a target was set and every compared package met it
 */
public record Precision(double target, double worstRelativeHalfWidth, String worstPackage, boolean targetMet) {
}
