package org.gapsim.scenarios.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The worked examples are what a user copies, so they use gapsim's public API only (README "Embedding"): no class of
 * an {@code ...internal} package, and nothing of sim-scenarios' command line or validation code.
 */
class ExamplesUseTheApiTest {
    @Test
    void theExamplesUseNoInternalClass() {
        JavaClasses examples = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gapsim.scenarios.examples");
        assertTrue(examples.contain(ExampleStudy.class) && examples.contain(FirstLossMeasure.class),
                "the examples were not imported");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.gapsim..internal..",
                        "org.gapsim.scenarios.cli..", "org.gapsim.scenarios.validation..")
                .check(examples);
    }
}
