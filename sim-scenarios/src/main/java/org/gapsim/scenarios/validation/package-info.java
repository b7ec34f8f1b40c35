/**
 * Validation against history: scenario files that reproduce published breaches (V1 2nd Marine Division and V2 Task
 * Force Ripper, 24 February 1991; V4 the Zaporizhzhia line, June-August 2023) on one shared parameter set, the
 * measures that compare each with what history says, and the table of the README's "Validation against history"
 * ({@link org.gapsim.scenarios.validation.ValidationSuite}). The files are on the class path under
 * {@code /scenarios/validation/}; the sources of every input are in their YAML comments
 * ({@code shared/reference/breaching-history.md} or ASSUMPTION).
 */
package org.gapsim.scenarios.validation;
