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
        assertEquals(JitPolicy.Plan.ALL_ON_C1, JitPolicy.choose(null, true, 1_000));    // the README's first command
        assertEquals(JitPolicy.Plan.ALL_ON_C1, JitPolicy.choose("auto", true, JitPolicy.ALL_ON_C1_MAX_REPLICATIONS));
        assertEquals(JitPolicy.Plan.LARGE_ON_C1,
                JitPolicy.choose("auto", true, JitPolicy.ALL_ON_C1_MAX_REPLICATIONS + 1L));
        assertEquals(JitPolicy.Plan.LARGE_ON_C1, JitPolicy.choose("auto", true, 10_000));   // issue 16's target size
        assertEquals(JitPolicy.Plan.LARGE_ON_C1,
                JitPolicy.choose("auto", true, JitPolicy.SHORT_RUN_MAX_REPLICATIONS));
        assertEquals(JitPolicy.Plan.JVM, JitPolicy.choose("auto", true, JitPolicy.SHORT_RUN_MAX_REPLICATIONS + 1L));
        assertEquals(JitPolicy.Plan.JVM, JitPolicy.choose("auto", false, 1_000));  // embedded: the host's JVM is its own
        assertEquals(JitPolicy.Plan.ALL_ON_C1, JitPolicy.choose("c1", false, 1_000_000));
        assertEquals(JitPolicy.Plan.LARGE_ON_C1, JitPolicy.choose("mixed", false, 1));
        assertEquals(JitPolicy.Plan.JVM, JitPolicy.choose("c2", true, 1));
        BadInputException e = assertThrows(BadInputException.class, () -> JitPolicy.choose("C3", true, 1));
        assertTrue(e.getMessage().contains("gapsim.jit") && e.getMessage().contains("C3"), e.getMessage());
    }

    @Test
    void everyLargeMethodNamesAMethodThatExists() throws Exception {
        for (String pattern : JitPolicy.LARGE_METHODS) {
            int dot = pattern.lastIndexOf('.');
            Class<?> c = Class.forName(pattern.substring(0, dot).replace('/', '.'));
            String name = pattern.substring(dot + 1);
            boolean found = "<init>".equals(name) ? c.getDeclaredConstructors().length > 0
                    : java.util.Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name));
            assertTrue(found, pattern + ": no such method (renamed? re-derive LARGE_METHODS, see its comment)");
        }
    }

    @Test
    void hotSpotTakesTheLargeMethodsDirective() throws Exception {
        ObjectName dcmd = new ObjectName("com.sun.management:type=DiagnosticCommand");
        Object[] none = {new String[0]};
        String[] sig = {String[].class.getName()};
        String before = String.valueOf(ManagementFactory.getPlatformMBeanServer()
                .invoke(dcmd, "compilerDirectivesPrint", none, sig));
        assertTrue(JitPolicy.apply(JitPolicy.Plan.LARGE_ON_C1));
        try {
            String printed = String.valueOf(ManagementFactory.getPlatformMBeanServer()
                    .invoke(dcmd, "compilerDirectivesPrint", none, sig));
            for (String m : JitPolicy.LARGE_METHODS) {
                assertTrue(printed.contains(m), m + " not in\n" + printed);
            }
            assertFalse(printed.contains("matching: org/gapsim/*.*"), printed);
        } finally {
            assertTrue(JitPolicy.removeLast());
        }
        assertEquals(before, String.valueOf(ManagementFactory.getPlatformMBeanServer()
                .invoke(dcmd, "compilerDirectivesPrint", none, sig)));
    }

    @Test
    void hotSpotTakesTheDirectiveAndItNamesGapsimsClasses() throws Exception {
        ObjectName dcmd = new ObjectName("com.sun.management:type=DiagnosticCommand");
        Object[] none = {new String[0]};
        String[] sig = {String[].class.getName()};
        String before = String.valueOf(ManagementFactory.getPlatformMBeanServer()
                .invoke(dcmd, "compilerDirectivesPrint", none, sig));
        assertTrue(JitPolicy.apply(JitPolicy.Plan.ALL_ON_C1));
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
