package org.gapsim.scenario.io;

import org.gapsim.scenario.ScenarioException;

/**
 * Any failure to load a scenario file: the file cannot be read, is not UTF-8 text, is not valid YAML, does not
 * follow the format, or holds values a scenario record rejects. It extends {@link ScenarioException}, so one
 * {@code catch (ScenarioException e)} handles file errors and record errors alike; {@link #field()} is the path
 * of the offending field in the file (empty for errors about the file as a whole).
 *
 * <p>The message is one line, {@code source:line:column: path: reason}, for example
 * {@code suwalki.yaml:57:18: packages[2].obstacles[3].densityPerM: must be a positive finite number, was -1.0}.
 * The {@code line:column} part is left out when no position is known (a file that does not exist), the
 * {@code path: } part when the error concerns the whole file.
 */
public final class ScenarioFileException extends ScenarioException {
    private static final long serialVersionUID = 1L;
    /** Longest message; longer ones (a huge value quoted by a record) are cut with "...". */
    private static final int MAX_MESSAGE = 2000;

    /** Name of the file (or text) the error is in; {@code <unknown>} if none was given. */
    private final String source;
    /** 1-based line of the offending node, or 0 if unknown. */
    private final int line;
    /** 1-based column of the offending node, or 0 if unknown. */
    private final int column;
    /** The reason alone, without source, position and path. */
    private final String reason;
    /** The one-line message {@code source:line:column: path: reason}, cut after 2000 characters. */
    private final String message;

    /**
     * @param source name of the file (or text) the error is in
     * @param line   1-based line, or 0 if unknown
     * @param column 1-based column, or 0 if unknown
     * @param field  path of the offending field, e.g. {@code columns[1].intervalM}; empty for the whole file
     * @param reason why it is rejected, including the value
     */
    public ScenarioFileException(String source, int line, int column, String field, String reason) {
        super(field == null ? "" : field, reason == null ? "invalid" : reason);
        this.source = source == null ? "<unknown>" : source;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.reason = reason == null ? "invalid" : reason;
        StringBuilder m = new StringBuilder(this.source);
        if (this.line > 0) {
            m.append(':').append(this.line).append(':').append(Math.max(1, this.column));
        }
        m.append(": ");
        if (!field().isEmpty()) {
            m.append(field()).append(": ");
        }
        m.append(this.reason);
        String one = Text.oneLine(m.toString());
        this.message = one.length() > MAX_MESSAGE ? one.substring(0, MAX_MESSAGE) + "..." : one;
    }

    /** @return the one-line message {@code source:line:column: path: reason} */
    @Override
    public String getMessage() {
        return message;
    }

    /** @return name of the file (or text) the error is in */
    public String source() {
        return source;
    }

    /** @return 1-based line of the offending node, or 0 if unknown */
    public int line() {
        return line;
    }

    /** @return 1-based column of the offending node, or 0 if unknown */
    public int column() {
        return column;
    }

    /** @return the reason alone, without source, position and path */
    public String reason() {
        return reason;
    }

    /** @return this error with its field path prefixed by {@code prefix}; source and position are kept */
    @Override
    public ScenarioFileException within(String prefix) {
        String f = field().isEmpty() ? prefix : prefix + "." + field();
        return new ScenarioFileException(source, line, column, f, reason);
    }
}
