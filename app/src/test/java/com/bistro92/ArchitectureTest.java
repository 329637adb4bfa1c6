package com.bistro92;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Domain code knows nothing of Jetty or JavaFX; views know nothing of SQL, HTTP or JSON. */
@AnalyzeClasses(packages = "com.bistro92", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"com.bistro92.order..", "com.bistro92.menu..", "com.bistro92.table..",
        "com.bistro92.staff..", "com.bistro92.store..", "com.bistro92.demo..", "com.bistro92.problem..",
        "com.bistro92.text..", "com.bistro92.json..", "com.bistro92.settings.."};

    @ArchTest
    static final ArchRule domainIgnoresJettyAndJavaFx = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", "javafx..");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoTheServer = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage("com.bistro92.server..");

    @ArchTest
    static final ArchRule viewsIgnoreSqlHttpAndJson = noClasses().that()
            .resideInAnyPackage("com.bistro92.kitchen..", "com.bistro92.tables..", "com.bistro92.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.eclipse.jetty..",
                    "com.fasterxml.jackson..", "com.bistro92.db..");
}
