package dev.limber.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.limber.api.archfixture.ApiReachingTheStore;
import dev.limber.api.archfixture.ApiWritingACalendar;
import dev.limber.cli.archfixture.CliParsingDocuments;
import dev.limber.cli.archfixture.CliPrintingAndServing;
import dev.limber.cli.archfixture.CommandUsingAPort;
import dev.limber.cli.archfixture.cycle.a.First;
import dev.limber.cli.archfixture.cycle.b.Second;
import dev.limber.domain.archfixture.DomainWithFrameworkAndIo;
import dev.limber.formats.archfixture.FormatsCallingTheApi;
import dev.limber.formats.archfixture.FormatsUsingDomainGuards;
import dev.limber.persistence.archfixture.PersistenceCallingTheCli;
import dev.limber.persistence.archfixture.PersistenceDecidingTheStart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves each hexagon rule can fail: run against classes that break it on purpose, it must
 * report them. A rule that cannot fail guards nothing.
 */
class RulesCatchViolationsTest {
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter()
                .importClasses(
                        DomainWithFrameworkAndIo.class,
                        PersistenceCallingTheCli.class,
                        ApiReachingTheStore.class,
                        FormatsCallingTheApi.class,
                        CliPrintingAndServing.class,
                        First.class,
                        Second.class,
                        ApiWritingACalendar.class,
                        CliParsingDocuments.class,
                        CommandUsingAPort.class,
                        FormatsUsingDomainGuards.class,
                        PersistenceDecidingTheStart.class);
    }

    private static void assertReports(ArchRule rule, Class<?> offender) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertTrue(result.hasViolation(), "rule reported nothing: " + rule.getDescription());
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(
                report.contains(offender.getName()), "the report does not name " + offender.getName() + ":\n" + report);
    }

    @Test
    void aDomainClassUsingAFrameworkIsReported() {
        assertReports(LimberRules.DOMAIN_DEPENDS_ON_JDK_ONLY, DomainWithFrameworkAndIo.class);
    }

    @Test
    void aDomainClassDoingFileIoIsReported() {
        assertReports(LimberRules.DOMAIN_DOES_NO_IO, DomainWithFrameworkAndIo.class);
    }

    @Test
    void anAdapterUsingTheDomainsUnexportedGuardsIsReported() {
        assertReports(LimberRules.DOMAIN_INTERNALS_STAY_INSIDE, FormatsUsingDomainGuards.class);
    }

    @Test
    void adaptersReachingEachOtherAreReported() {
        assertReports(LimberRules.PERSISTENCE_IS_ALONE, PersistenceCallingTheCli.class);
        assertReports(LimberRules.API_DOES_NOT_REACH_OTHER_ADAPTERS, ApiReachingTheStore.class);
        assertReports(LimberRules.CLI_DOES_NOT_REACH_OTHER_ADAPTERS, CliPrintingAndServing.class);
        assertReports(LimberRules.FORMATS_IS_SHARED_NOT_DEPENDENT, FormatsCallingTheApi.class);
    }

    @Test
    void formatLibrariesOutsideFormatsAreReported() {
        assertReports(LimberRules.FORMAT_LIBRARIES_ONLY_IN_FORMATS, ApiWritingACalendar.class);
        assertReports(LimberRules.FORMAT_LIBRARIES_ONLY_IN_FORMATS, CliParsingDocuments.class);
    }

    @Test
    void aCommandUsingAPortIsReported() {
        assertReports(LimberRules.ADAPTERS_CALL_USE_CASES_NOT_PORTS, CommandUsingAPort.class);
    }

    @Test
    void persistenceRunningAUseCaseIsReported() {
        assertReports(LimberRules.PERSISTENCE_RUNS_NO_USE_CASE, PersistenceDecidingTheStart.class);
    }

    @Test
    void aProcessEndedOutsideTheApplicationsIsReported() {
        assertReports(LimberRules.ONLY_APPLICATIONS_END_THE_PROCESS, PersistenceDecidingTheStart.class);
    }

    @Test
    void aPackageCycleIsReported() {
        assertReports(LimberRules.NO_PACKAGE_CYCLES, First.class);
    }

    @Test
    void frameworksOutsideAdaptersAreReported() {
        assertReports(LimberRules.FRAMEWORKS_ONLY_IN_ADAPTERS, DomainWithFrameworkAndIo.class);
        assertReports(LimberRules.PICOCLI_ONLY_IN_CLI, ApiReachingTheStore.class);
        assertReports(LimberRules.CONTROLLERS_ONLY_IN_API, CliPrintingAndServing.class);
        assertReports(LimberRules.JDBC_ONLY_IN_PERSISTENCE, ApiReachingTheStore.class);
    }

    @Test
    void aCliClassWritingToSystemOutIsReported() {
        assertReports(LimberRules.CLI_PRINTS_THROUGH_PICOCLI, CliPrintingAndServing.class);
    }
}
