package org.gapsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.internal.Replicator;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The pieces of a Spark run, without Spark. */
class PartsTest {

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void blocksAreFixedByIndexAndCoverTheRangeOnce() {
        assertEquals(List.of(new Block(0, 4), new Block(4, 8), new Block(8, 10)), Block.split(0, 10, 4));
        assertEquals(List.of(new Block(6, 8), new Block(8, 12), new Block(12, 13)), Block.split(6, 13, 4));
        assertEquals(List.of(), Block.split(5, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> Block.split(0, 10, 0));
    }

    @Test
    void theTaskAndWhatItReturnsSurviveJavaSerializationBitForBit() throws Exception {
        Experiment e = Experiment.builder(TestScenario.scenario()).replications(3).masterSeed(5).threads(1).build();
        ExperimentSpec spec = roundTrip(ExperimentSpec.of(e, ScenarioSource.of(e.scenario())));
        assertEquals(e.scenario(), spec.scenario().load());

        Replicator.Worker worker = new Replicator(spec.experiment(spec.scenario().load())).worker();
        List<ReplicationRow> rows = new ArrayList<>();
        for (long r = 0; r < 3; r++) {
            ReplicationWire wire = roundTrip(ReplicationWire.of(r, worker.run(r)));
            rows.addAll(wire.toRows());
        }
        List<ReplicationRow> again = new ArrayList<>();
        Replicator.Worker other = new Replicator(e).worker();
        for (long r = 2; r >= 0; r--) {
            again.addAll(0, other.run(r));   // another order, another worker: the same rows
        }
        assertEquals(again, rows);
        roundTrip(new BlockTask(spec));
    }

    @Test
    void theSmokeScriptsScenarioFileIsTheTestScenario() throws Exception {
        java.net.URL url = PartsTest.class.getResource("/smoke-scenario.yaml");
        Scenario fromFile = new ScenarioLoader().load(java.nio.file.Path.of(url.toURI()));

        assertEquals(TestScenario.scenario(), fromFile, "regenerate src/test/resources/smoke-scenario.yaml with"
                + " ScenarioWriter from TestScenario.scenario()");
    }

    @Test
    void aFactorySourceNeedsASupplierOfScenarios() {
        assertEquals(TestScenario.scenario(), ScenarioSource.factory(TestScenario.class).load());
        assertThrows(IllegalStateException.class, () -> new ScenarioSource.Factory("java.lang.Object").load());
        assertThrows(IllegalStateException.class, () -> new ScenarioSource.Factory("no.such.Type").load());
    }
}
