package com.bistro92.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.MDCFilter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import org.slf4j.Logger;

/**
 * The suite's logging, set up in code (found by logback through {@code META-INF/services}): one
 * line per event on the console, INFO and up, libraries at WARN. Reading a {@code logback.xml}
 * instead costs a third of a second of every start, in XML parsing alone.
 *
 * <p>It steps aside for a configuration file given with {@code -Dlogback.configurationFile}, and
 * for the pad emulator's launcher ({@code -Dbistro92.logging=file}), which shares the installed
 * class path and keeps its own {@code logback.xml}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

    /** The system property that, set to {@code file}, leaves logging to a {@code logback.xml}. */
    public static final String PROPERTY = "bistro92.logging";

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n";

    /**
     * Libraries that say too much at INFO. jOOQ's free edition warns at each start on a PostgreSQL
     * older than the newest; the suite's SQL is tested on 15, the oldest it supports.
     */
    private static final Map<String, Level> LEVELS = Map.of(
            "org.eclipse.jetty", Level.WARN,
            "org.flywaydb", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "org.jooq", Level.WARN,
            "org.jooq.Constants", Level.OFF,
            "org.jooq.impl.DefaultExecuteContext.logVersionSupport", Level.ERROR);

    /** The MDC key whose value {@code 1} mutes an event: the warm-up's throwaway suite sets it. */
    static final String MUTED_KEY = "warmup";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null || "file".equals(System.getProperty(PROPERTY))) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        MDCFilter muted = new MDCFilter();
        muted.setContext(context);
        muted.setMDCKey(MUTED_KEY);
        muted.setValue("1");
        muted.setOnMatch(FilterReply.DENY.name());
        muted.start();
        context.addTurboFilter(muted);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
