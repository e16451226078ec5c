package dev.limber.persistence.transaction;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on the transaction's connection that may throw what JDBC throws. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
