package org.gapsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gapsim.experiment.Provenance;
import org.gapsim.scenarios.validation.ValidationSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gapsim validate-history [--replications N] [--seed S]}: runs the validation suite (V1 2nd Marine Division
 * and V2 Task Force Ripper, 1991; V4 Zaporizhzhia, 2023) on its one shared parameter set and prints the table of
 * the README's "Validation against history" in Markdown on stdout. Exit 0 whether or not every case passes (the
 * table says which fail); 2 for a bad option.
 */
@Command(name = "validate-history", mixinStandardHelpOptions = true, versionProvider = GapsimCli.Version.class,
        usageHelpAutoWidth = true,
        description = {"Run the historical validation cases (V1 2nd Marine Division 1991, V2 Task Force Ripper 1991, "
                + "V4 Zaporizhzhia 2023) and print the table: case, what history says (with source), what the "
                + "model gives, tolerance, pass/fail (Markdown, as in the README)."})
final class ValidateHistoryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications per case (default: each case's own, as in the README: V1 200, V2 200, V4 100).")
    private Integer replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "" + ValidationSuite.DEFAULT_SEED,
            description = "Master seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        if (replications != null && (replications < 1 || replications > 1_000_000)) {
            throw new BadInputException("--replications", "must be in [1, 1000000], was " + replications);
        }
        List<ValidationSuite.Check> checks = new ArrayList<>();
        StringBuilder reps = new StringBuilder();
        for (ValidationSuite.Case c : ValidationSuite.Case.values()) {
            int n = replications == null ? c.defaultReplications() : replications;
            checks.addAll(ValidationSuite.run(c, n, seed));
            reps.append(reps.length() == 0 ? "" : ", ").append(c).append(' ').append(n);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ValidationSuite.markdown(checks));
        long judged = checks.stream().filter(c -> c.pass() != null).count();
        long passed = checks.stream().filter(c -> Boolean.TRUE.equals(c.pass())).count();
        out.printf(Locale.ROOT, "%n%d of %d checks pass; replications %s; master seed %d; gapsim %s%n", passed, judged,
                reps, seed, Provenance.version());
        return GapsimCli.EXIT_OK;
    }
}
