package org.gapsim.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine rules: no global SSJ simulator, no global-seed stream constructors, no console output in the library. */
class EngineRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gapsim");
    }

    @Test
    void nothingUsesTheStaticSimClass() {
        ArchRule rule = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("umontreal.ssj.simevents.Sim");
        rule.check(classes);
    }

    @Test
    void nothingAsksForTheDefaultSimulator() {
        noClasses().should().callMethod("umontreal.ssj.simevents.Simulator", "getDefaultSimulator").check(classes);
    }

    @Test
    void nothingBuildsEventsBoundToTheDefaultSimulator() {
        noClasses().should().callConstructor("umontreal.ssj.simevents.Event").check(classes);
        noClasses().should().callConstructor("umontreal.ssj.simevents.Accumulate").check(classes);
        noClasses().should().callConstructor("umontreal.ssj.simevents.Continuous").check(classes);
    }

    @Test
    void noStreamIsCreatedFromTheGlobalSeedOutsideTheOnePrototype() {
        noClasses().that().doNotHaveFullyQualifiedName("org.gapsim.random.ReplicationStreams")
                .should().callConstructor("umontreal.ssj.rng.MRG32k3a").check(classes);
    }

    @Test
    void theLibraryNeverWritesToTheConsole() {
        noClasses().should().accessField("java.lang.System", "out")
                .orShould().accessField("java.lang.System", "err").check(classes);
    }
}
