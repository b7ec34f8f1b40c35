/** Complete studies to copy: each builds a scenario in code, runs an experiment and writes its reports. */
package org.gapsim.examples;
