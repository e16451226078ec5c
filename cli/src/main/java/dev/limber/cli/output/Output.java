package dev.limber.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Where a command's data goes: stdout, or a file written atomically ({@code -o FILE}). */
public final class Output {
    private Output() {}

    /** Prints {@code text} to stdout, or writes it to {@code file} whole; an unwritable file is a bad option. */
    public static void write(CommandLine commandLine, Path file, String option, String text) {
        if (file == null) {
            PrintWriter out = commandLine.getOut();
            out.print(text);
            out.flush();
            return;
        }
        try {
            AtomicFile.write(file, text);
        } catch (IOException | RuntimeException failed) {
            throw new CommandLine.ParameterException(
                    commandLine, option + " " + file + ": cannot write it (" + why(failed) + ")");
        }
    }

    /** Why a write failed, in words: never an exception's class name. */
    static String why(Exception failed) {
        if (failed instanceof NoSuchFileException missing) {
            return "no such folder: " + missing.getFile();
        }
        if (failed instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (failed instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + system.getFile();
        }
        return failed.getMessage() == null ? "the file system refused it" : failed.getMessage();
    }
}
