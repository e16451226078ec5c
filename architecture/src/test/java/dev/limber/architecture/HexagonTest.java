package dev.limber.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every wall of the hexagon, checked on the real production classes of all modules. */
class HexagonTest {
    private static JavaClasses limber;

    @BeforeAll
    static void importAllModules() {
        limber = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.limber");
    }

    private static void check(ArchRule rule) {
        rule.check(limber);
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        check(LimberRules.DOMAIN_DEPENDS_ON_JDK_ONLY);
    }

    @Test
    void domainDoesNoIo() {
        check(LimberRules.DOMAIN_DOES_NO_IO);
    }

    @Test
    void nothingOutsideTheDomainUsesItsUnexportedPackages() {
        check(LimberRules.DOMAIN_INTERNALS_STAY_INSIDE);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        check(LimberRules.PERSISTENCE_IS_ALONE);
        check(LimberRules.API_DOES_NOT_REACH_OTHER_ADAPTERS);
        check(LimberRules.CLI_DOES_NOT_REACH_OTHER_ADAPTERS);
        check(LimberRules.FORMATS_IS_SHARED_NOT_DEPENDENT);
    }

    @Test
    void formatLibrariesOnlyInFormats() {
        check(LimberRules.FORMAT_LIBRARIES_ONLY_IN_FORMATS);
    }

    @Test
    void controllersAndCommandsCallUseCasesNotPorts() {
        check(LimberRules.ADAPTERS_CALL_USE_CASES_NOT_PORTS);
    }

    @Test
    void theApplicationsDecideWhatHappensAtStart() {
        check(LimberRules.PERSISTENCE_RUNS_NO_USE_CASE);
        check(LimberRules.ONLY_APPLICATIONS_END_THE_PROCESS);
    }

    @Test
    void noPackageCycles() {
        check(LimberRules.NO_PACKAGE_CYCLES);
    }

    @Test
    void frameworksOnlyInAdapters() {
        check(LimberRules.FRAMEWORKS_ONLY_IN_ADAPTERS);
        check(LimberRules.PICOCLI_ONLY_IN_CLI);
        check(LimberRules.CONTROLLERS_ONLY_IN_API);
        check(LimberRules.JDBC_ONLY_IN_PERSISTENCE);
    }

    @Test
    void cliPrintsThroughPicocli() {
        check(LimberRules.CLI_PRINTS_THROUGH_PICOCLI);
    }
}
