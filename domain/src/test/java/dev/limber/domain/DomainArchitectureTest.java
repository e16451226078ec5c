package dev.limber.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core's walls: JDK only, no I/O, every package exported but the internal ones, the library
 * example on exports only.
 */
class DomainArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.limber.domain");

    private static Set<String> exports() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            return ModuleDescriptor.read(in).exports().stream()
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void theCoreDependsOnTheJdkAndItselfOnly() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.limber.domain..")
                .check(CORE);
    }

    @Test
    void theCoreDoesNoIo() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..")
                .check(CORE);
    }

    /** Packages only the domain itself uses: the validation guards. */
    private static final Set<String> INTERNAL = Set.of("dev.limber.domain.guard");

    @Test
    void everyPackageOfTheCoreButTheInternalOnesIsExported() throws IOException {
        Set<String> packages =
                CORE.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(packages.containsAll(INTERNAL), "internal packages exist: " + packages);
        packages.removeAll(INTERNAL);
        assertEquals(packages, exports());
    }
}
