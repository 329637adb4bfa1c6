package com.bistro92;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.bistro92.staff.PinHasher;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;

/**
 * The house rules, as written in docs/ARCHITECTURE.md: layers that only look down (the screens read
 * orders through the order streams, in the suite or from the main PC), no import
 * cycles, domain code that knows nothing of Jetty or JavaFX, views that know nothing of SQL, HTTP
 * or JSON, and H2 reached through its public API only.
 */
@AnalyzeClasses(packages = "com.bistro92", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"com.bistro92.order..", "com.bistro92.menu..", "com.bistro92.table..",
        "com.bistro92.staff..", "com.bistro92.store..", "com.bistro92.demo..", "com.bistro92.problem..",
        "com.bistro92.text..", "com.bistro92.json..", "com.bistro92.settings..", "com.bistro92.journal..",
        "com.bistro92.net..", "com.bistro92.tls..", "com.bistro92.backup..",
        "com.bistro92.money..", "com.bistro92.dashboard..", "com.bistro92.history..", "com.bistro92.bill..",
        "com.bistro92.report..", "com.bistro92.metrics.."};

    private static final String[] DESKTOP = {"com.bistro92.ui..", "com.bistro92.kitchen..", "com.bistro92.tableview..",
        "com.bistro92.signin..", "com.bistro92.staffview..", "com.bistro92.settingsview..", "com.bistro92.menuedit..",
        "com.bistro92.dashboardview..", "com.bistro92.historyview..", "com.bistro92.reportview..",
        "com.bistro92.readyboard..", "com.bistro92.displayclient..", "com.bistro92.uikit.."};

    /** The screens; the display client (a kitchen PC pairing with the suite) speaks HTTP and JSON itself. */
    private static final String[] VIEWS = java.util.Arrays.stream(DESKTOP)
            .filter(p -> !p.equals("com.bistro92.displayclient..")).toArray(String[]::new);

    @ArchTest
    static final ArchRule layersOnlyLookDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launch").definedBy("com.bistro92")
            .layer("Desktop").definedBy(DESKTOP)
            .layer("Streams").definedBy("com.bistro92.orderstream..")
            .layer("Server").definedBy("com.bistro92.server..")
            .layer("Features").definedBy("com.bistro92.order..", "com.bistro92.table..", "com.bistro92.menu..",
                    "com.bistro92.staff..", "com.bistro92.demo..", "com.bistro92.settings..",
                    "com.bistro92.backup..", "com.bistro92.dashboard..",
                    "com.bistro92.history..", "com.bistro92.bill..", "com.bistro92.report..",
                    "com.bistro92.metrics..")
            .layer("Journal").definedBy("com.bistro92.journal..")
            .layer("Base").definedBy("com.bistro92.store..", "com.bistro92.json..", "com.bistro92.problem..",
                    "com.bistro92.text..", "com.bistro92.net..", "com.bistro92.tls..", "com.bistro92.money..")
            .whereLayer("Launch").mayNotBeAccessedByAnyLayer()
            .whereLayer("Desktop").mayOnlyBeAccessedByLayers("Launch")
            .whereLayer("Streams").mayOnlyBeAccessedByLayers("Launch", "Desktop")
            .whereLayer("Server").mayOnlyBeAccessedByLayers("Launch")
            .whereLayer("Features").mayOnlyBeAccessedByLayers("Launch", "Desktop", "Streams", "Server")
            .whereLayer("Journal").mayOnlyBeAccessedByLayers("Launch", "Desktop", "Streams", "Server", "Features")
            .whereLayer("Base").mayOnlyBeAccessedByLayers("Launch", "Desktop", "Streams", "Server", "Features",
                    "Journal");

    /** The command line is read before anything starts, headless or not: it knows nothing of the desktop. */
    @ArchTest
    static final ArchRule optionsStandOnTheFeatures = noClasses().that().haveFullyQualifiedName("com.bistro92.Options")
            .should().dependOnClassesThat().resideInAnyPackage(DESKTOP);

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.bistro92.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainIgnoresJettyAndJavaFx = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", "javafx..");

    @ArchTest
    static final ArchRule viewsIgnoreSqlHttpAndJson = noClasses().that()
            .resideInAnyPackage(VIEWS)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.eclipse.jetty..",
                    "com.fasterxml.jackson..", "com.bistro92.db..");

    @ArchTest
    static final ArchRule nothingCastsIntoH2sEngine = noClasses().that().resideInAPackage("com.bistro92..")
            .should().dependOnClassesThat().resideInAnyPackage("org.h2.engine..", "org.h2.mvstore..",
                    "org.h2.jdbc..");

    /**
     * The tests' cheap start (PINs hashed at the warm-up's cost, a shared certificate) is for the
     * tests: no code of the suite's calls it, so no option, setting or restore can reach it.
     */
    @ArchTest
    static final ArchRule onlyTheTestsStartCheaply = noClasses().should()
            .callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("startCheaply"))
                    .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                            JavaClass.Predicates.equivalentTo(Bistro92.class)))));

    /** Cheap PIN hashes are the warm-up's throwaway suite's, which only the composition root starts. */
    @ArchTest
    static final ArchRule onlyTheCompositionRootHashesCheaply = noClasses().that().doNotBelongToAnyOf(Bistro92.class)
            .should().callMethod(PinHasher.class, "scratch", SecureRandom.class);
}
