package org.gapsim.report;

import org.gapsim.report.internal.ReplicationCsv;
import org.gapsim.report.internal.CsvReplicationLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.Progress;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.Provenance;
import org.gapsim.experiment.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyTest {
    @TempDir
    Path dir;

    private final Experiment experiment = Experiment.builder(ExperimentFixtures.crossing()).replications(40)
            .batchSize(10).threads(2).masterSeed(3).build();

    private Set<String> files(Path d) throws IOException {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void aStudyWritesEveryOutputAndNothingElse() throws IOException {
        Path out = dir.resolve("results/suwalki");
        ExperimentResult r = new Study(experiment, out).withProgress(ProgressListener.silent()).run();
        assertEquals(Set.of(Study.REPLICATIONS, Study.REPLICATIONS + CsvReplicationLog.META_SUFFIX, Study.SUMMARY_CSV,
                Study.SUMMARY_JSON, Study.SUMMARY_TXT, Study.SLOWDOWN_PNG, Study.CLOSURE_PNG, ComparisonsCsv.FILE,
                Study.REPORT_HTML, "figures", Study.PROVENANCE, OutputLock.FILE), files(out));
        for (String f : Study.FIGURES) {
            assertTrue(Files.readString(out.resolve(f)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), f);
        }
        assertEquals(ConsoleTable.renderDetailed(r) + "Provenance: " + Provenance.of(experiment).toTextLine() + "\n",
                Files.readString(out.resolve(Study.SUMMARY_TXT)));
        ExperimentResult reference = ExperimentFixtures.run(experiment);
        assertEquals(reference.rows(), ReplicationCsv.read(out.resolve(Study.REPLICATIONS)).rows());
        assertEquals(reference.withoutRows(), r);
    }

    @Test
    void runningAFinishedStudyAgainRunsNoReplication() {
        ExperimentResult first = new Study(experiment, dir).withProgress(ProgressListener.silent()).run();
        List<Progress> seen = new ArrayList<>();
        ExperimentResult again = new Study(experiment, dir).withProgress(seen::add).run();
        assertTrue(seen.isEmpty());
        assertEquals(first, again);
    }

    @Test
    void aCancelledStudyWritesNoSummaryAndResumes() throws IOException {
        Study[] study = new Study[1];
        study[0] = new Study(experiment, dir).withProgress(p -> {
            if (p.done() == 12) {
                study[0].cancel();
            }
        });
        assertEquals(StopReason.CANCELLED, study[0].run().stopReason());
        assertEquals(Set.of(Study.REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX,
                Study.REPLICATIONS + CsvReplicationLog.META_SUFFIX, OutputLock.FILE), files(dir));
        ExperimentResult resumed = new Study(experiment, dir).withProgress(ProgressListener.silent()).run();
        assertEquals(ExperimentFixtures.run(experiment).withoutRows(), resumed);
        assertFalse(files(dir).contains(Study.REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX));
    }

    @Test
    void anOutputDirectoryThatCannotBeWrittenIsRejectedBeforeAnyWork() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        Path bad = file.resolve("out");
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class, () -> new Study(experiment, bad));
        assertEquals("outputDirectory", e.field());
        assertTrue(e.getMessage().startsWith("outputDirectory: cannot write to '" + bad.toAbsolutePath() + "'"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertThrows(ExperimentConfigException.class, () -> new Study(experiment, file));
    }
}
