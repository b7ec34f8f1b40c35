package org.gapsim.experiment;

/**
 * Invalid experiment settings (a replication count, a precision, a package name, a checkpoint that belongs to
 * another experiment, an output directory that cannot be written). Raised before any replication runs. The message
 * is one line naming the field and the offending value, e.g. {@code replications: must be >= 1, was 0}.
 */
public class ExperimentConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The offending setting, e.g. {@code targetPrecision}. */
    private final String field;

    /**
     * @param field  the offending setting, e.g. {@code targetPrecision}
     * @param reason why it is rejected, including the value
     */
    public ExperimentConfigException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /**
     * @param field  the offending setting
     * @param reason why it is rejected, including the value
     * @param cause  the underlying error
     */
    public ExperimentConfigException(String field, String reason, Throwable cause) {
        super(field + ": " + reason, cause);
        this.field = field;
    }

    /** @return the offending setting */
    public String field() {
        return field;
    }
}
