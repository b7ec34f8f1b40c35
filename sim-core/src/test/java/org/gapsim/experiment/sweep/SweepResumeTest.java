package org.gapsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.experiment.Progress;
import org.gapsim.report.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defect (issue 10): an interrupted sweep kept nothing. Points are now checkpointed and a sweep resumes. */
class SweepResumeTest {
    @TempDir
    Path dir;

    private static Sweep sweep(double high) {
        return Sweep.builder(ExperimentFixtures.crossing()).factor("doctrine.nightWorkFactor", 1, high)
                .points(3).replications(12).batchSize(4).masterSeed(2).threads(2).build();
    }

    @Test
    void anInterruptedSweepResumesToTheUninterruptedResultWithoutRerunningFinishedPoints() throws IOException {
        SweepResult full = new SweepRunner(sweep(3)).withProgress(SweepProgressListener.silent()).run();

        SweepRunner[] first = new SweepRunner[1];
        first[0] = new SweepRunner(sweep(3)).withCheckpoints(dir).withProgress((Progress p, PointResult point) -> {
            if (point.point() == 0) {
                first[0].cancel();
            }
        });
        SweepResult cut = first[0].run();
        assertTrue(cut.cancelled());
        assertEquals(1, cut.points().size());
        Path point0 = SweepRunner.pointDirectory(dir, 0).resolve(Study.REPLICATIONS);
        byte[] kept = Files.readAllBytes(point0);
        long modified = Files.getLastModifiedTime(point0).toMillis();

        SweepResult resumed = new SweepRunner(sweep(3)).withCheckpoints(dir)
                .withProgress(SweepProgressListener.silent()).run();
        assertEquals(full.points(), resumed.points());
        assertEquals(SweepReport.designCsv(full), SweepReport.designCsv(resumed));
        assertArrayEquals(kept, Files.readAllBytes(point0));
        assertEquals(modified, Files.getLastModifiedTime(point0).toMillis(), "a finished point is read, not rerun");
    }

    @Test
    void pointsOfAnotherSweepAreRefused() {
        new SweepRunner(sweep(3)).withCheckpoints(dir).withProgress(SweepProgressListener.silent()).run();
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class, () -> new SweepRunner(sweep(4))
                .withCheckpoints(dir).withProgress(SweepProgressListener.silent()).run());
        assertTrue(e.getMessage().contains("differ in doctrine"), e.getMessage());
    }

    /**
     * design.csv's logical columns read as logical in R: TRUE/FALSE. Defect (found verifying issue 10):
     * {@code cost_effect_censored} was still written {@code false} beside the {@code TRUE}/{@code FALSE} baseline.
     */
    @Test
    void theLogicalColumnsOfTheDesignAreTrueOrFalseInCapitals() {
        SweepResult r = new SweepRunner(sweep(3)).withProgress(SweepProgressListener.silent()).run();
        java.util.List<String> lines = SweepReport.designCsv(r).lines().toList();
        java.util.List<String> header = java.util.Arrays.asList(lines.get(0).split(","));
        for (String column : java.util.List.of("baseline", "cost_effect_censored")) {
            int col = header.indexOf(column);
            assertTrue(col >= 0, column);
            for (String l : lines.subList(1, lines.size())) {
                String v = l.split(",")[col];
                assertTrue(v.equals("TRUE") || v.equals("FALSE"), column + ": " + l);
            }
        }
    }
}
