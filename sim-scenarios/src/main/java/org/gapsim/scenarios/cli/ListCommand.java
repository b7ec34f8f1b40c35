package org.gapsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenarios.BuiltInScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gapsim list [scenario]}: the built-in scenarios, and the packages of one scenario with their costs. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = GapsimCli.Version.class,
        usageHelpAutoWidth = true,
        description = {"List the built-in scenarios and the packages of a scenario (default: the built-in "
                + "Suwalki Gap study) with their costs."})
final class ListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PackageDirOption packageDir;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML), or the name of a built-in scenario.")
    private String scenario;

    @Override
    public Integer call() {
        Scenario s = ScenarioArgument.load(scenario, packageDir.directory());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Built-in scenarios (gapsim run NAME, gapsim show NAME > my.yaml):");
        for (String name : BuiltInScenarios.names()) {
            Scenario b = name.equals(s.name()) && scenario == null ? s : BuiltInScenarios.load(name);
            out.printf(Locale.ROOT, "  %-14s %s%d columns, %d packages besides the baseline%n", name,
                    name.equals(BuiltInScenarios.DEFAULT) ? "(default) " : "", b.columns().size(),
                    b.packageNames().size() - 1);
        }
        out.println();
        out.printf("Packages of scenario '%s' (gapsim run --packages NAME,NAME):%n", s.name());
        int w = "package".length();
        for (String n : s.packageNames()) {
            w = Math.max(w, n.length());
        }
        out.printf(Locale.ROOT, "  %-" + w + "s  %12s  %9s  %-9s  %s%n", "package", "cost EUR M", "obstacles",
                "countries", "description");
        for (String n : s.packageNames()) {
            FortificationPackage p = s.requirePackage(n);
            out.printf(Locale.ROOT, "  %-" + w + "s  %12.2f  %9d  %-9s  %s%n", n, p.costEur() / 1e6,
                    p.obstacles().size(), p.countries().isEmpty() ? "-" : String.join(",", p.countries()),
                    p.description());
        }
        return GapsimCli.EXIT_OK;
    }
}
