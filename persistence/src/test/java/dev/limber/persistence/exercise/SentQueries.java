package dev.limber.persistence.exercise;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.LoggerFactory;

/**
 * The SQL Micronaut Data sends while some work runs, with the values bound to it, read from its
 * query log ({@code io.micronaut.data.query}: each query at DEBUG, each bound value at TRACE).
 * So a test can EXPLAIN exactly what the adapter's generated queries ask.
 */
final class SentQueries {
    private static final String QUERY_LOG = "io.micronaut.data.query";

    /** One statement as sent: its SQL and the values bound, by JDBC position. */
    record Sent(String sql, Map<Integer, Object> values) {}

    private SentQueries() {}

    static List<Sent> during(Runnable work) {
        Logger log = (Logger) LoggerFactory.getLogger(QUERY_LOG);
        Level level = log.getLevel();
        boolean additive = log.isAdditive();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        log.setAdditive(false);
        log.setLevel(Level.TRACE);
        try {
            work.run();
        } finally {
            log.setLevel(level);
            log.setAdditive(additive);
            log.detachAppender(events);
        }
        List<Sent> sent = new ArrayList<>();
        for (ILoggingEvent event : events.list) {
            Object[] arguments = event.getArgumentArray();
            if (event.getMessage().startsWith("Executing Query")) {
                sent.add(new Sent((String) arguments[0], new TreeMap<>()));
            } else if (event.getMessage().startsWith("Binding parameter") && !sent.isEmpty()) {
                sent.get(sent.size() - 1).values().put(((Number) arguments[0]).intValue(), arguments[1]);
            }
        }
        return sent;
    }
}
