package dev.limber.api.archfixture;

import dev.limber.persistence.transaction.Jdbc;
import java.sql.Connection;
import picocli.CommandLine;

/** Breaks several walls on purpose: the API using persistence, JDBC and picocli. Test fixture only. */
public class ApiReachingTheStore {
    public Jdbc jdbc;
    public Connection connection;
    public CommandLine commandLine;
}
