package org.gapsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.io.InputStream;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * {@link CliLogging} against {@code logback.xml}: the set-up in code must be the file's (levels, appender, target,
 * pattern), and must step aside for a user's configuration file.
 */
class CliLoggingTest {

    private static LoggerContext fromCode() {
        LoggerContext lc = new LoggerContext();
        CliLogging c = new CliLogging();
        c.setContext(lc);
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, c.configure(lc));
        return lc;
    }

    private static LoggerContext fromXml() throws Exception {
        LoggerContext lc = new LoggerContext();
        JoranConfigurator j = new JoranConfigurator();
        j.setContext(lc);
        try (InputStream in = CliLogging.class.getResourceAsStream("/logback.xml")) {
            j.doConfigure(in);
        }
        return lc;
    }

    private static String describe(LoggerContext lc) {
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] {Logger.ROOT_LOGGER_NAME, "gapsim.progress", "org.gapsim.model"}) {
            sb.append(name).append('=').append(lc.getLogger(name).getEffectiveLevel()).append(';');
        }
        Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> it =
                lc.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
        while (it.hasNext()) {
            Appender<ch.qos.logback.classic.spi.ILoggingEvent> a = it.next();
            ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> c =
                    (ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) a;
            sb.append(a.getName()).append(':').append(c.getTarget()).append(':')
                    .append(((PatternLayoutEncoder) c.getEncoder()).getPattern()).append(':').append(a.isStarted());
        }
        return sb.toString();
    }

    @Test
    void theSetUpInCodeIsLogbackXmls() throws Exception {
        String code = describe(fromCode());

        assertEquals(describe(fromXml()), code);
        assertTrue(code.startsWith("ROOT=WARN;gapsim.progress=INFO;org.gapsim.model=WARN;STDERR:System.err:gapsim: %msg%n"),
                code);
    }

    @Test
    void aUsersConfigurationFileIsLeftToLogback() {
        String was = System.getProperty(CliLogging.CONFIG_FILE_PROPERTY);
        System.setProperty(CliLogging.CONFIG_FILE_PROPERTY, "my-logback.xml");
        try {
            LoggerContext lc = new LoggerContext();
            CliLogging c = new CliLogging();
            c.setContext(lc);
            assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, c.configure(lc));
            assertFalse(lc.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext());
        } finally {
            if (was == null) {
                System.clearProperty(CliLogging.CONFIG_FILE_PROPERTY);
            } else {
                System.setProperty(CliLogging.CONFIG_FILE_PROPERTY, was);
            }
        }
    }
}
