package org.gapsim.examples.wire;

import java.nio.file.Path;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.measure.Measures;
import org.gapsim.report.Study;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioLoader;

/**
 * Runs a scenario file whose packages use {@code type: wire}, with the {@code wire-held} measure, and writes every
 * output: {@code java -cp <this>:sim-core.jar:<its libraries> org.gapsim.examples.wire.WireStudy SCENARIO OUT
 * [REPLICATIONS] [THREADS]}. Both extensions are found through {@code ServiceLoader} (class path).
 */
public final class WireStudy {
    private WireStudy() {
    }

    /** @param args scenario file, output directory, replications (default 40), threads (default 2) */
    public static void main(String[] args) {
        Scenario scenario = new ScenarioLoader().load(Path.of(args[0]));
        Experiment experiment = Experiment.builder(scenario)
                .packages("wire")
                .measure(Measures.byName("wire-held", null))
                .replications(args.length > 2 ? Integer.parseInt(args[2]) : 40)
                .threads(args.length > 3 ? Integer.parseInt(args[3]) : 2)
                .masterSeed(2026)
                .build();
        new Study(experiment, Path.of(args[1])).withProgress(ProgressListener.silent()).run();
    }
}
