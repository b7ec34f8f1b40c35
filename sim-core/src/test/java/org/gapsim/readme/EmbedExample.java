package org.gapsim.readme;

import java.nio.file.Path;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.measure.EventTrace;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioLoader;

/**
 * The README's embedding example, kept here so the test suite compiles and runs it against sim-core alone (this
 * module's test code sees no other gapsim module).
 */
final class EmbedExample {
    private EmbedExample() {
    }

    static double[] run(Path scenarioFile) {
        // README-EXAMPLE-START
        // Your scenario file (start from `gapsim show > my-gap.yaml`), with the attacker's SOSRA slower: no smoke, and a
        // longer decision delay before each breach (while the defender's units fire on the halted column):
        Scenario base = new ScenarioLoader().load(scenarioFile);
        Scenario slowBreach = base.withDoctrine(base.doctrine().toBuilder().smokeMin(Distribution.fixed(0))
                .decisionDelayMin(new Distribution.Triangular(10, 20, 40)).build());

        // Two packages against the baseline on common random numbers, 200 replications, any thread count.
        Experiment experiment = Experiment.builder(slowBreach)
                .packages("mines", "mines-and-bridge")
                .replications(200)
                .masterSeed(42)
                .build();
        ExperimentResult result = new ExperimentRunner(experiment).withProgress(ProgressListener.silent()).run();
        PackageSummary mines = result.summary("mines");
        double hours = mines.slowdownH().mean();                   // paired slowdown, h
        double[] ci = {mines.slowdownH().ciLow(), mines.slowdownH().ciHigh()};
        double perEur100M = mines.hoursPer100MEur();

        // One replication of one package, with its timeline: where did the time go?
        EventTrace trace = new EventTrace();
        ReplicationResult r17 = Replications.run(CrossingPlan.compile(slowBreach, "mines"),
                new ReplicationStreams(new StreamFactory(42)), 17, trace);
        trace.lines().forEach(System.out::println);
        // README-EXAMPLE-END
        return new double[]{hours, ci[0], ci[1], perEur100M, r17.closureHours(), trace.lines().size()};
    }
}
