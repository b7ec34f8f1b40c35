/**
 * Data farming over the model's assumptions: a {@link org.gapsim.experiment.sweep.Sweep} varies some numeric inputs
 * of a scenario (the {@link org.gapsim.experiment.sweep.Assumption} catalogue: breach doctrine fields and scale
 * factors on its time distributions and on the march's departure delay) over a correlation-reduced
 * {@link org.gapsim.experiment.sweep.LatinHypercube}, runs the same experiment at every design point on the same
 * master seed (common random numbers across packages and points), and reports, per package, which assumption moves
 * its mean slowdown most ({@link org.gapsim.experiment.sweep.Sensitivity}: standardized regression coefficients).
 * {@link org.gapsim.experiment.sweep.SweepRunner} runs it, {@link org.gapsim.experiment.sweep.SweepReport} writes
 * {@code design.csv} and {@code sensitivity.csv}. Times in hours unless a name says otherwise.
 */
package org.gapsim.experiment.sweep;
