package dev.limber.persistence.transaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the rows of many aggregates in one statement per table, mapped by column position: an
 * exercise's own row, targets and texts, a program's tree. Keys, paging, counts and single-row
 * writes go through Micronaut Data's repositories; these multi-row reads do not, because its
 * entity mapper, which reads every column by name and converts it, made them 1.3-2x slower
 * (docs/benchmarks.md, "Issue 11"), so these few statements stay written by hand.
 */
public final class RowsByKey {
    /** Keeps IN lists well below PostgreSQL's limit of 32,767 bound parameters. */
    public static final int MAX_KEYS = 1000;

    /** One row of a result, read by column position (1 is the first). */
    @FunctionalInterface
    public interface RowReader<R> {
        R read(ResultSet row) throws SQLException;
    }

    private RowsByKey() {}

    /**
     * The rows of {@code select}, whose {@code IN (?)} takes the keys given (at most
     * {@link #MAX_KEYS}), in the statement's order.
     */
    public static <R> List<R> of(Connection connection, String select, List<String> keys, RowReader<R> reader)
            throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        if (keys.size() > MAX_KEYS) {
            throw new IllegalArgumentException("at most " + MAX_KEYS + " keys per statement, not " + keys.size());
        }
        String sql = select.replace("IN (?)", "IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")");
        List<R> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.size(); i++) {
                statement.setString(i + 1, keys.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
        }
        return rows;
    }
}
