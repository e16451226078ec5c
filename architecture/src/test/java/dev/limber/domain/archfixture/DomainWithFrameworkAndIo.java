package dev.limber.domain.archfixture;

import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks the core's rules on purpose: a framework annotation and file I/O. Test fixture only. */
@Singleton
public class DomainWithFrameworkAndIo {
    public boolean exists(String file) {
        return Files.exists(Path.of(file));
    }
}
