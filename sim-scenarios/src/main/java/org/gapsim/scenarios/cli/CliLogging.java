package org.gapsim.scenarios.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * The command line's logging set-up, in code: what {@code logback.xml} (kept next to it, same settings) says, without
 * logback's XML configurator, which loaded about 600 classes (Joran and the JDK's XML parser) at every start
 * (issue 16: CLI start-up). Warnings and errors go to stderr as {@code gapsim: message}; so does the progress of a
 * run (logger {@code gapsim.progress} at INFO). Found by logback through {@code META-INF/services}. With
 * {@code -Dlogback.configurationFile=...} it steps aside and logback reads that file as before.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {
    /** The system property that names a user's logback configuration file. */
    static final String CONFIG_FILE_PROPERTY = "logback.configurationFile";

    /** Used by logback's {@link java.util.ServiceLoader}. */
    public CliLogging() {
    }

    @Override
    public ExecutionStatus configure(LoggerContext lc) {
        if (System.getProperty(CONFIG_FILE_PROPERTY) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        NopStatusListener quiet = new NopStatusListener();
        lc.getStatusManager().add(quiet);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(lc);
        encoder.setPattern("gapsim: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(lc);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        lc.getLogger("gapsim.progress").setLevel(Level.INFO);
        Logger root = lc.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
