package dev.limber.cli.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside the target, which
 * is then moved over it, so a reader (or a crash) never sees half a document.
 *
 * <p>The file gets the permissions any other program would give it: the user's umask for a new
 * file ({@code Files.createTempFile} would make it 0600, private to the user, which surprised a
 * calendar app and a colleague alike), the old file's permissions when it replaces one. The
 * folder must exist: a typo in a path should not silently create folders.
 */
public final class AtomicFile {
    private AtomicFile() {}

    public static void write(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such folder");
        }
        Path temporary = create(folder, "." + absolute.getFileName());
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            keepPermissions(absolute, temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notHere) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A new empty file with default permissions (the umask's), under a name nobody else uses. */
    private static Path create(Path folder, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve(prefix + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw taken;
                }
            }
        }
    }

    private static void keepPermissions(Path existing, Path replacement) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        if (view != null && Files.exists(existing)) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
        }
    }
}
