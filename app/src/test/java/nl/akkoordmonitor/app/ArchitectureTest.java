package nl.akkoordmonitor.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Modules are rooms with one door: nobody uses another module's internal packages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private static final List<String> MODULES = List.of("platform", "agreements", "milestones", "financing", "reporting", "notifications", "demo", "web");

    private JavaClasses classes;

    @BeforeAll
    void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.akkoordmonitor");
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        for (String module : MODULES) {
            noClasses().that().resideOutsideOfPackage("nl.akkoordmonitor." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("nl.akkoordmonitor." + module + ".internal..")
                    .because("other modules talk to " + module + " only through its public API")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void dependenciesPointOneWay() {
        noClasses().that().resideInAPackage("nl.akkoordmonitor.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.akkoordmonitor.agreements..",
                        "nl.akkoordmonitor.milestones..", "nl.akkoordmonitor.financing..", "nl.akkoordmonitor.reporting..", "nl.akkoordmonitor.notifications..", "nl.akkoordmonitor.demo..",
                        "nl.akkoordmonitor.app..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("nl.akkoordmonitor.agreements..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.akkoordmonitor.milestones..",
                        "nl.akkoordmonitor.financing..", "nl.akkoordmonitor.reporting..", "nl.akkoordmonitor.app..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAnyPackage("nl.akkoordmonitor.milestones..", "nl.akkoordmonitor.financing..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.akkoordmonitor.reporting..", "nl.akkoordmonitor.app..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("nl.akkoordmonitor.milestones..")
                .should().dependOnClassesThat().resideInAPackage("nl.akkoordmonitor.financing..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("nl.akkoordmonitor.financing..")
                .should().dependOnClassesThat().resideInAPackage("nl.akkoordmonitor.milestones..")
                .allowEmptyShould(true)
                .check(classes);
        // Notifications listens to the others' events and reads their APIs; only the application, the web pages and the demo use it.
        noClasses().that().resideOutsideOfPackages("nl.akkoordmonitor.notifications..", "nl.akkoordmonitor.app..", "nl.akkoordmonitor.web..",
                        "nl.akkoordmonitor.demo..")
                .should().dependOnClassesThat().resideInAPackage("nl.akkoordmonitor.notifications..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("nl.akkoordmonitor.notifications..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.akkoordmonitor.reporting..", "nl.akkoordmonitor.financing..",
                        "nl.akkoordmonitor.app..", "nl.akkoordmonitor.web..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("nl.akkoordmonitor.web..")
                .and().resideOutsideOfPackage("nl.akkoordmonitor.app..")
                .should().dependOnClassesThat().resideInAPackage("nl.akkoordmonitor.web..")
                .because("the web pages are the outermost layer: no module uses them")
                .allowEmptyShould(true)
                .check(classes);
        // The demo data and the benchmark are a tool beside the product: only the application starts them.
        noClasses().that().resideOutsideOfPackages("nl.akkoordmonitor.demo..", "nl.akkoordmonitor.app..")
                .should().dependOnClassesThat().resideInAPackage("nl.akkoordmonitor.demo..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void thePagesWorkThroughTheHttpApiAndRunNoSql() {
        // The pages call the API (same access rules, same validation) and the public doors; they
        // never touch a database themselves.
        noClasses().that().resideInAPackage("nl.akkoordmonitor.web..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..",
                        "io.micronaut.transaction..")
                .because("a page asks the module doors exactly as a controller does and runs no SQL of its own")
                .check(classes);
    }
}
