package org.gapsim.scenarios.cli;

/**
 * Bad input to the command line (an option value, an argument, an output directory in the wrong state): reported
 * as one line naming the option or argument and the reason, exit code {@value GapsimCli#EXIT_BAD_INPUT}.
 */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param what   the option or argument, e.g. {@code --replications}
     * @param reason why it is rejected, including the value
     */
    BadInputException(String what, String reason) {
        super(what + ": " + reason);
    }
}
