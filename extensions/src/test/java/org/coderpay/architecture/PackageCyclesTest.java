package org.coderpay.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering CONTRIBUTING.md draws, checked on the compiled classes: problems and the bake's state at
 * the bottom, the site's data and pages' sources above them, rendering above that, the wiring to JBake on
 * top, and the tools that run a bake or check its output beside it. A package that reaches up (or two
 * that reach into each other) fails here with the classes and lines that do it.
 */
class PackageCyclesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coderpay");

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.coderpay.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void packagesKeepToTheirLayer() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Diagnostics").definedBy("org.coderpay.diagnostics..")
                .layer("Bake state").definedBy("org.coderpay.bake..")
                .layer("Sources").definedBy("org.coderpay.figures..", "org.coderpay.data..",
                        "org.coderpay.content..", "org.coderpay.navigation..")
                .layer("Rendering").definedBy("org.coderpay.template..", "org.coderpay.markdown..",
                        "org.coderpay.pages..", "org.coderpay.seo..", "org.coderpay.social..",
                        "org.coderpay.search..", "org.coderpay.security..", "org.coderpay.icons..")
                .layer("Wiring").definedBy("org.coderpay.jbake..", "org.coderpay.build..")
                .layer("Tools").definedBy("org.coderpay.check..", "org.coderpay.preview..", "org.coderpay.serve..")
                .whereLayer("Tools").mayNotBeAccessedByAnyLayer()
                .whereLayer("Wiring").mayOnlyBeAccessedByLayers("Tools")
                .whereLayer("Rendering").mayOnlyBeAccessedByLayers("Wiring", "Tools")
                .whereLayer("Sources").mayOnlyBeAccessedByLayers("Rendering", "Wiring", "Tools")
                .whereLayer("Bake state").mayOnlyBeAccessedByLayers("Sources", "Rendering", "Wiring", "Tools")
                .check(CLASSES);
    }

    @Test
    void figuresKnowNothingOfJBakeOrYaml() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("org.coderpay.figures..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jbake..", "org.snakeyaml..",
                        "com.vladsch.flexmark..", "org.coderpay.bake..")
                .check(CLASSES);
    }
}
