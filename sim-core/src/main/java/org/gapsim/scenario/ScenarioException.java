package org.gapsim.scenario;

/**
 * Invalid scenario data. The message names the field (as a path such as {@code columns[1].intervalM}) and the
 * offending value, in one line, so a command line can print it as it is.
 */
public class ScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The path of the offending field, e.g. {@code columns[1].intervalM}. */
    private final String field;

    /**
     * @param field  path of the offending field, e.g. {@code packages[2].obstacles[3].densityPerM}
     * @param reason why it is rejected, including the value
     */
    public ScenarioException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /** @return the path of the offending field */
    public String field() {
        return field;
    }

    /**
     * Re-raises this error with its field path prefixed, so nested records report a full path.
     *
     * @param prefix path of the enclosing element, e.g. {@code columns[1]}
     * @return a new exception with path {@code prefix.field}
     */
    public ScenarioException within(String prefix) {
        ScenarioException e = new ScenarioException(prefix + "." + field, reasonOnly());
        return e;
    }

    private String reasonOnly() {
        return getMessage().substring(field.length() + 2);
    }
}
