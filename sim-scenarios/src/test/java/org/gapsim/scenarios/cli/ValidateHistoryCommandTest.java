package org.gapsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code gapsim validate-history}: the README's validation table on stdout; a bad option is one line and exit 2. */
class ValidateHistoryCommandTest {
    @Test
    void printsTheTableWithEveryCaseAndAVerdict() {
        Cli.Result r = Cli.gapsim("validate-history", "--replications", "3", "--seed", "7");
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        assertTrue(r.out().startsWith("| Case | Measure | History (source) | Model | Tolerance | Result |"), r.out());
        for (String c : new String[] {"| V1 2nd Marine Division", "| V2 Task Force Ripper", "| V4 Zaporizhzhia"}) {
            assertTrue(r.out().contains(c), c);
        }
        // 10 rows: 6 judged pass/FAIL, 4 shown without a tolerance
        long rows = r.out().lines().filter(l -> l.startsWith("| V")).count();
        assertEquals(10, rows, r.out());
        assertEquals(6, r.out().lines().filter(l -> l.endsWith("| pass |") || l.endsWith("| FAIL |")).count());
        assertTrue(r.out().contains("checks pass; replications V1 3, V2 3, V4 3; master seed 7"), r.out());
    }

    @Test
    void refusesZeroReplicationsInOneLine() {
        Cli.Result r = Cli.gapsim("validate-history", "--replications", "0");
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("--replications"), r.err());
        assertTrue(r.out().isEmpty());
    }
}
