package org.gapsim.report;

import org.gapsim.report.internal.ReplicationCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows are kept in memory only on request; the summaries do not need them. */
class RowsKeptTest {
    private final Experiment e = Experiment.builder(ExperimentFixtures.crossing()).replications(20).threads(2).build();

    @Test
    void aPlainRunKeepsNoRowAndTheSameSummaries(@TempDir Path dir) {
        ExperimentResult plain = new ExperimentRunner(e).withProgress(ProgressListener.silent()).run();
        ExperimentResult kept = new ExperimentRunner(e).withProgress(ProgressListener.silent()).withRowsKept().run();
        assertTrue(plain.rows().isEmpty());
        assertEquals(20 * 3, kept.rows().size());
        assertEquals(kept.withoutRows(), plain);
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> ReplicationCsv.write(plain, dir.resolve("r.csv")));
        assertTrue(x.getMessage().contains("withRowsKept"), x.getMessage());
        assertFalse(Files.exists(dir.resolve("r.csv")), "no header-only file");
    }
}
