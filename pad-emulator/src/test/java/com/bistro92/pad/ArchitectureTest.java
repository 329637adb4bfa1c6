package com.bistro92.pad;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The emulator's packages only look down: the launcher names its commands ({@code rush}, {@code ui}),
 * which share the command line's parts ({@code cli}) and the pad's client ({@code client}).
 */
@AnalyzeClasses(packages = "com.bistro92.pad", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.bistro92.pad.(**)").should().beFreeOfCycles();
}
