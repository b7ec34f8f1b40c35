package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A scenario's maps keep the order they were given (a package's {@code costBasis}), so the record's text, and with
 * it the scenario hash a {@code --resume} is checked against, is the same in every JVM. {@code Map.copyOf} iterates
 * in an order salted per JVM: a run could not be resumed ("they differ in packages").
 */
class MapOrderTest {
    @Test
    void aCheckedMapKeepsItsGivenOrder() {
        Map<String, CostBasis> given = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = "mines-" + (i * 37 % 60);
            given.put(id, CostBasis.of("at-mine"));
            order.add(id);
        }
        assertEquals(order, new ArrayList<>(Check.map("costBasis", given).keySet()));
    }
}
