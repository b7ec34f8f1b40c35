package org.gapsim.experiment;

/**
 * The precision an experiment reached on the restricted mean slowdown of its compared packages.
 *
 * @param target                 target relative 95% half-width; NaN for a fixed-count or absolute-target experiment
 * @param worstRelativeHalfWidth largest relative 95% half-width of a compared package's mean slowdown (0 if there is
 *                               no compared package; infinity with fewer than two replications); a half-width at or
 *                               below {@link StoppingRule#ABSOLUTE_FLOOR_H} counts as 0 (a package with no effect)
 * @param worstPackage           the package with the widest interval (relative or absolute, as the target); empty if
 *                               there is none
 * @param targetMet              whether a target was set and every compared package met it
 * @param targetHalfWidthH       target absolute 95% half-width, hours; NaN unless the target is absolute
 * @param worstHalfWidthH        largest 95% half-width of a compared package's mean slowdown, hours (0 without one,
 *                               infinity with fewer than two replications)
 */
public record Precision(double target, double worstRelativeHalfWidth, String worstPackage, boolean targetMet,
                        double targetHalfWidthH, double worstHalfWidthH) {
}
