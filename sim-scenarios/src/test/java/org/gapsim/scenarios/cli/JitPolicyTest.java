package org.gapsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** Issue 16: when {@code gapsim run} keeps gapsim's code on C1, and that HotSpot takes the directive. */
class JitPolicyTest {
    @Test
    void autoOnlyForAShortRunOfTheProcessItself() {
        assertTrue(JitPolicy.wanted(null, true, 1_000));                      // the README's first command
        assertTrue(JitPolicy.wanted("auto", true, 10_000));                   // issue 16's target size
        assertTrue(JitPolicy.wanted("auto", true, JitPolicy.SHORT_RUN_MAX_REPLICATIONS));
        assertFalse(JitPolicy.wanted("auto", true, JitPolicy.SHORT_RUN_MAX_REPLICATIONS + 1L));
        assertFalse(JitPolicy.wanted("auto", false, 1_000));                  // embedded: the host's JVM is its own
        assertTrue(JitPolicy.wanted("c1", false, 1_000_000));
        assertFalse(JitPolicy.wanted("c2", true, 1));
        BadInputException e = assertThrows(BadInputException.class, () -> JitPolicy.wanted("C3", true, 1));
        assertTrue(e.getMessage().contains("gapsim.jit") && e.getMessage().contains("C3"), e.getMessage());
    }

    @Test
    void hotSpotTakesTheDirectiveAndItNamesGapsimsClasses() throws Exception {
        ObjectName dcmd = new ObjectName("com.sun.management:type=DiagnosticCommand");
        Object[] none = {new String[0]};
        String[] sig = {String[].class.getName()};
        String before = String.valueOf(ManagementFactory.getPlatformMBeanServer()
                .invoke(dcmd, "compilerDirectivesPrint", none, sig));
        assertTrue(JitPolicy.apply());
        try {
            String printed = String.valueOf(ManagementFactory.getPlatformMBeanServer()
                    .invoke(dcmd, "compilerDirectivesPrint", none, sig));
            assertTrue(printed.contains("matching: org/gapsim/*.*"), printed);
            String c2 = printed.substring(printed.indexOf("matching: org/gapsim/*.*"));
            c2 = c2.substring(c2.indexOf("c2 directives:"));
            assertTrue(c2.contains("Exclude:true"), c2);
        } finally {
            assertTrue(JitPolicy.removeLast());   // leave this JVM's compilers as they were
        }
        assertEquals(before, String.valueOf(ManagementFactory.getPlatformMBeanServer()
                .invoke(dcmd, "compilerDirectivesPrint", none, sig)));
    }
}
