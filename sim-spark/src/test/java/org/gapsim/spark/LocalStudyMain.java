package org.gapsim.spark;

import java.nio.file.Path;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.report.Study;
import org.gapsim.scenario.io.ScenarioLoader;

/**
 * The local reference run of {@code scripts/standalone-smoke.sh}: a local {@link Study} of a scenario file with the
 * default batch size, so its files can be compared with those of the cluster run.
 */
public final class LocalStudyMain {
    private LocalStudyMain() {
    }

    /** @param args scenario file, replications, master seed, output directory */
    public static void main(String[] args) {
        Experiment e = Experiment.builder(new ScenarioLoader().load(Path.of(args[0])))
                .replications(Integer.parseInt(args[1])).masterSeed(Long.parseLong(args[2])).build();
        new Study(e, Path.of(args[3])).withProgress(ProgressListener.silent()).run();
    }
}
