package dev.limber.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Another process holding an embedded database open, as the service does: opens the URL it is
 * given, says {@code ready}, and holds the database until its standard input closes.
 */
public final class HoldDatabase {
    private HoldDatabase() {}

    public static void main(String[] args) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.createStatement().execute("SELECT 1");
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test closes our input
            }
        }
    }
}
