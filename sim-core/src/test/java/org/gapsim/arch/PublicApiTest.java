package org.gapsim.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public API is deliberate (README "Embedding"): the exported packages are the ones listed here, and no public
 * or protected signature of an exported type names a type of an {@code ...internal} package, so a user can compile
 * against the API without ever importing an internal class.
 */
class PublicApiTest {
    /** sim-core's exported packages; adding one is an API decision (README "Embedding", CHANGES.md). */
    private static final Set<String> EXPORTED = Set.of(
            "org.gapsim.scenario", "org.gapsim.scenario.io", "org.gapsim.model", "org.gapsim.random",
            "org.gapsim.measure", "org.gapsim.experiment", "org.gapsim.experiment.sweep", "org.gapsim.report",
            "org.gapsim.report.map");

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gapsim");
    }

    private static boolean internal(String packageName) {
        return packageName.endsWith(".internal") || packageName.contains(".internal.");
    }

    /** A type a user can name: public, and every enclosing type public too. */
    private static boolean visible(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return !c.isAnonymousClass() && !c.isLocalClass();
    }

    private static boolean exposed(Set<JavaModifier> m) {
        return m.contains(JavaModifier.PUBLIC) || m.contains(JavaModifier.PROTECTED);
    }

    @Test
    void theExportedPackagesAreExactlyTheListedOnes() {
        Set<String> withPublicTypes = new TreeSet<>();
        for (JavaClass c : classes) {
            if (visible(c) && !internal(c.getPackageName())) {
                withPublicTypes.add(c.getPackageName());
            }
        }
        assertEquals(new TreeSet<>(EXPORTED), withPublicTypes);
    }

    @Test
    void noExportedSignatureNamesAnInternalType() {
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!visible(c) || internal(c.getPackageName())) {
                continue;
            }
            List<JavaType> sup = new ArrayList<>(c.getInterfaces());
            c.getSuperclass().ifPresent(sup::add);
            check(c.getName() + " (supertype)", sup, leaks);
            for (JavaField f : c.getFields()) {
                if (exposed(f.getModifiers())) {
                    check(f.getFullName(), List.of(f.getType()), leaks);
                }
            }
            for (JavaCodeUnit u : c.getCodeUnits()) {
                if (exposed(u.getModifiers()) && !u.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    List<JavaType> types = new ArrayList<>(u.getParameterTypes());
                    types.add(u.getReturnType());
                    types.addAll(u.getThrowsClause().getTypes());
                    check(u.getFullName(), types, leaks);
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    private static void check(String where, List<? extends JavaType> types, List<String> leaks) {
        for (JavaType t : types) {
            for (JavaClass raw : t.getAllInvolvedRawTypes()) {
                if (raw.getPackageName().startsWith("org.gapsim") && internal(raw.getPackageName())) {
                    leaks.add(where + " -> " + raw.getName());
                }
            }
        }
    }

    @Test
    void everyPackageOfEveryModuleHasADescription() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> missing = new ArrayList<>();
        int packages = 0;
        for (String module : List.of("sim-core", "sim-scenarios", "sim-spark", "benchmarks")) {
            Path src = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> dirs = Files.walk(src)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    boolean hasJava;
                    try (Stream<Path> files = Files.list(d)) {
                        hasJava = files.anyMatch(p -> p.toString().endsWith(".java"));
                    }
                    if (hasJava) {
                        packages++;
                        if (!Files.exists(d.resolve("package-info.java"))) {
                            missing.add(root.relativize(d).toString());
                        }
                    }
                }
            }
        }
        assertTrue(packages >= 20, "found only " + packages + " packages under " + root);
        assertEquals(List.of(), missing);
    }
}
