/**
 * The {@code gapsim} command line ({@link org.gapsim.scenarios.cli.GapsimCli}, picocli): {@code run}, {@code validate},
 * {@code list}, {@code trace}, {@code show}, {@code sweep}. Results go to stdout, progress (slf4j logger {@code gapsim.progress},
 * logback at runtime) and one-line error messages to stderr. Exit codes: 0 done, 1 internal error, 2 bad input,
 * 128 + signal when interrupted.
 */
package org.gapsim.scenarios.cli;
