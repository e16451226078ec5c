package dev.limber.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import dev.limber.domain.port.DatabaseSchema;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.StoreStartup;
import dev.limber.domain.port.Transactions;

/**
 * The walls of Limber's hexagon as ArchUnit rules. {@link HexagonTest} checks the real classes;
 * {@link RulesCatchViolationsTest} proves each rule fails on a class that breaks it.
 */
final class LimberRules {
    static final String DOMAIN = "dev.limber.domain..";
    static final String FORMATS = "dev.limber.formats..";
    static final String PERSISTENCE = "dev.limber.persistence..";
    static final String API = "dev.limber.api..";
    static final String CLI = "dev.limber.cli..";
    /** The domain's packages that {@code module-info} does not export. */
    static final String DOMAIN_INTERNALS = "dev.limber.domain.guard..";

    private LimberRules() {}

    /** (1) The core needs the JDK and itself, nothing else. */
    static final ArchRule DOMAIN_DEPENDS_ON_JDK_ONLY = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", DOMAIN)
            .because("the domain is a library other apps embed: JDK only");

    /** (1) ...and does no I/O. */
    static final ArchRule DOMAIN_DOES_NO_IO = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.File")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileInputStream")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileOutputStream")
            .because("I/O belongs to adapters; the domain reaches the outside through ports");

    /**
     * (1b) Nothing outside the domain uses what the domain does not export: adapters built on the
     * class path (as Maven builds them) would otherwise reach it unnoticed.
     */
    static final ArchRule DOMAIN_INTERNALS_STAY_INSIDE = noClasses()
            .that()
            .resideOutsideOfPackage(DOMAIN)
            .and()
            .resideInAPackage("dev.limber..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(DOMAIN_INTERNALS)
            .because("module-info exports the domain's API packages only; its guards may change freely");

    /** (2) Adapters do not reach into each other; the shared formats adapter serves api and cli. */
    static final ArchRule PERSISTENCE_IS_ALONE = noClasses()
            .that()
            .resideInAPackage(PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(API, CLI, FORMATS)
            .because("adapters depend on the domain, never on each other");

    static final ArchRule API_DOES_NOT_REACH_OTHER_ADAPTERS = noClasses()
            .that()
            .resideInAPackage(API)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PERSISTENCE, CLI)
            .because("the service reaches the store through the domain's ports only");
    static final ArchRule CLI_DOES_NOT_REACH_OTHER_ADAPTERS = noClasses()
            .that()
            .resideInAPackage(CLI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PERSISTENCE, API)
            .because("the CLI reaches the store through the domain's ports only");
    static final ArchRule FORMATS_IS_SHARED_NOT_DEPENDENT = noClasses()
            .that()
            .resideInAPackage(FORMATS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PERSISTENCE, API, CLI)
            .because("the formats module is shared by api and cli and depends on neither");

    /**
     * (2) What the service and the CLI both need has one home, formats: the libraries that read
     * and write those formats appear nowhere else, so a second calendar writer or document parser
     * cannot grow in an adapter again.
     */
    static final ArchRule FORMAT_LIBRARIES_ONLY_IN_FORMATS = noClasses()
            .that()
            .resideOutsideOfPackage(FORMATS)
            .and()
            .resideInAPackage("dev.limber..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("net.fortuna..", "org.snakeyaml..", "com.fasterxml.jackson.core..", "org.jsoup..")
            .because("iCalendar, YAML, JSON and HTML text are read and written once, in the formats module");

    /**
     * (2b) Controllers and commands call use cases, never the store's out-ports: only the
     * wiring that puts use cases together (a {@code wiring} package) sees a port.
     */
    static final ArchRule ADAPTERS_CALL_USE_CASES_NOT_PORTS = noClasses()
            .that()
            .resideInAnyPackage(API, CLI)
            .and()
            .resideOutsideOfPackage("..wiring..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(
                    Exercises.class, Programs.class, Transactions.class, DatabaseSchema.class, StoreStartup.class)
            .because("what a user does is a use case; a controller or command that reaches a port"
                    + " bypasses the rules the use case keeps");

    /**
     * (2c) The persistence adapter stores; it does not decide what the application does. What
     * runs at start (seeding an empty catalog) is the service's and the CLI's to say, handed over
     * through the {@code StoreStartup} port.
     */
    static final ArchRule PERSISTENCE_RUNS_NO_USE_CASE = noClasses()
            .that()
            .resideInAPackage(PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.limber.domain.usecase..")
            .because("the applications (service, CLI) decide which use cases run, also at start");

    /** (2c) Only an application ends the process: the service on a store it cannot prepare, the CLI with its exit code. */
    static final ArchRule ONLY_APPLICATIONS_END_THE_PROCESS = noClasses()
            .that()
            .resideOutsideOfPackages(API, CLI)
            .and()
            .resideInAPackage("dev.limber..")
            .should()
            .callMethod(System.class, "exit", int.class)
            .because("a library or adapter that exits takes the decision from the application embedding it");

    /** (3) No package cycles anywhere (every package is a slice). */
    static final ArchRule NO_PACKAGE_CYCLES =
            slices().matching("dev.limber.(**)").should().beFreeOfCycles();

    /** (4) Frameworks and JDBC appear only in adapter packages. */
    static final ArchRule FRAMEWORKS_ONLY_IN_ADAPTERS = noClasses()
            .that()
            .resideOutsideOfPackages(PERSISTENCE, API, CLI, FORMATS)
            .and()
            .resideInAPackage("dev.limber..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.micronaut..", "jakarta..", "picocli..", "java.sql..")
            .because("framework types stay at the edge; adapters map");

    /** Each framework in its own adapter: HTTP in api, picocli in cli, JDBC in persistence. */
    static final ArchRule PICOCLI_ONLY_IN_CLI = noClasses()
            .that()
            .resideOutsideOfPackage(CLI)
            .and()
            .resideInAPackage("dev.limber..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("picocli..");

    static final ArchRule CONTROLLERS_ONLY_IN_API = noClasses()
            .that()
            .resideOutsideOfPackage(API)
            .and()
            .resideInAPackage("dev.limber..")
            .should()
            .beAnnotatedWith("io.micronaut.http.annotation.Controller");
    static final ArchRule JDBC_ONLY_IN_PERSISTENCE = noClasses()
            .that()
            .resideOutsideOfPackage(PERSISTENCE)
            .and()
            .resideInAPackage("dev.limber..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.sql..");

    /** The CLI prints through picocli's writers, so tests capture everything it says. */
    static final ArchRule CLI_PRINTS_THROUGH_PICOCLI = noClasses()
            .that()
            .resideInAPackage(CLI)
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("output goes through spec.commandLine().getOut()/getErr()");
}
