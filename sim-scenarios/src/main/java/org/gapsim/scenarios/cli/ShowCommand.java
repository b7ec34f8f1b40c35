package org.gapsim.scenarios.cli;

import java.util.concurrent.Callable;
import org.gapsim.scenarios.BuiltInScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gapsim show [name]}: prints a built-in scenario's YAML file, sources in its comments, to start one's own. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = GapsimCli.Version.class,
        usageHelpAutoWidth = true,
        description = {"Print a built-in scenario file (YAML, with the sources of its figures in comments), to copy "
                + "and edit: gapsim show > my.yaml; gapsim run my.yaml"})
final class ShowCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "Built-in scenario (default: " + BuiltInScenarios.DEFAULT + ").")
    private String name;

    @picocli.CommandLine.Option(names = "--expanded", description = "Instead of the YAML, print every belt each "
            + "package places (by hand or laid out from its budget: avenue, km, front, rows, mines, cost) and the "
            + "money placed and outside the model. NAME may then also be a scenario file.")
    private boolean expanded;

    @Override
    public Integer call() {
        if (expanded) {
            spec.commandLine().getOut().print(ExpandedView.of(ScenarioArgument.load(name)));
            return GapsimCli.EXIT_OK;
        }
        String n = name == null ? BuiltInScenarios.DEFAULT : name;
        if (!BuiltInScenarios.contains(n)) {
            throw new BadInputException("NAME", "no built-in scenario '" + n + "'; built-in: "
                    + String.join(", ", BuiltInScenarios.names()));
        }
        spec.commandLine().getOut().print(BuiltInScenarios.yaml(n));
        return GapsimCli.EXIT_OK;
    }
}
