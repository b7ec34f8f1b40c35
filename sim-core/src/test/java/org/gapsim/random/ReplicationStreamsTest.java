package org.gapsim.random;

import org.gapsim.random.internal.SubstreamJump;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

class ReplicationStreamsTest {

    private static double[] draws(RandomStream s, int k) {
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
            d[i] = s.nextDouble();
        }
        return d;
    }

    @Test
    void substreamJumpMatchesSsjResetNextSubstream() {
        long[] seed = new StreamFactory(2024).seedOf("breach-time/c1/mf");
        MRG32k3a ssj = new MRG32k3a();
        ssj.setSeed(seed);
        for (int r = 0; r < 40; r++) {
            MRG32k3a ours = new MRG32k3a();
            ours.setSeed(SubstreamJump.jump(seed, r));
            assertArrayEquals(draws(ssj, 5), draws(ours, 5), "substream " + r);
            ssj.resetNextSubstream();
        }
    }

    @Test
    void jumpsWithoutAllocationMatchSsjOnExtremeAndRandomStates() {
        // issue 16: the jump reduces each 64-bit product by one unsigned division; states with components at m - 1
        // give products above 2^63 (negative as signed longs), where a signed remainder would be wrong
        java.util.SplittableRandom pick = new java.util.SplittableRandom(16);
        long[] tmp = new long[6];
        for (int trial = 0; trial < 200; trial++) {
            long[] seed = new long[6];
            for (int i = 0; i < 6; i++) {
                long m = i < 3 ? SubstreamJump.M1 : SubstreamJump.M2;
                seed[i] = trial == 0 ? m - 1 : trial == 1 ? (i % 3 == 0 ? m - 1 : 1) : 1 + pick.nextLong(m - 1);
            }
            MRG32k3a ssj = new MRG32k3a();
            ssj.setSeed(seed);
            long[] stepped = seed.clone();
            for (int r = 1; r <= 5; r++) {
                ssj.resetNextSubstream();
                SubstreamJump.next(stepped, tmp);
                assertArrayEquals(ssj.getState(), stepped, "trial " + trial + " substream " + r);
            }
            long[] jumped = seed.clone();
            SubstreamJump.jumpInPlace(jumped, 5, tmp);
            assertArrayEquals(stepped, jumped, "trial " + trial + ": a jump of 5 is 5 steps");
        }
    }

    @Test
    void largeJumpEqualsRepeatedSingleSteps() {
        long[] seed = new StreamFactory(5).seedOf("x");
        long[] stepped = seed.clone();
        for (int r = 0; r < 1000; r++) {
            SubstreamJump.next(stepped);
        }
        assertArrayEquals(stepped, SubstreamJump.jump(seed, 1000));
    }

    @Test
    void blocksRunPackageByPackageSeeTheSameSubstreams() {
        StreamFactory f = new StreamFactory(78);
        ReplicationStreams once = new ReplicationStreams(f);
        double[][] a = new double[12][];
        for (int r = 0; r < 12; r++) {
            once.startReplication(r);
            a[r] = draws(once.stream("march/c1"), 3);
        }
        // three "packages" per block of 4: forward through the block, back to its start (the anchor), again
        ReplicationStreams blocks = new ReplicationStreams(f);
        for (int first = 0; first < 12; first += 4) {
            for (int pkg = 0; pkg < 3; pkg++) {
                for (int r = first; r < first + 4; r++) {
                    blocks.startReplication(r);
                    if (pkg == 1 && r % 2 == 1) {
                        continue;   // a stream a package does not use in every replication
                    }
                    assertArrayEquals(a[r], draws(blocks.stream("march/c1"), 3), "block " + first + ", r " + r);
                }
            }
        }
    }

    @Test
    void replicationRUsesSubstreamRWhateverTheOrderReplicationsRunIn() {
        StreamFactory f = new StreamFactory(77);
        ReplicationStreams forward = new ReplicationStreams(f);
        double[][] a = new double[10][];
        for (int r = 0; r < 10; r++) {
            forward.startReplication(r);
            a[r] = draws(forward.stream("mines"), 4);
        }
        ReplicationStreams backward = new ReplicationStreams(f);
        for (int r = 9; r >= 0; r--) {
            backward.startReplication(r);
            assertArrayEquals(a[r], draws(backward.stream("mines"), 4), "replication " + r);
        }
    }

    @Test
    void restartingAReplicationRewindsEveryStreamForCommonRandomNumbers() {
        ReplicationStreams s = new ReplicationStreams(new StreamFactory(3));
        s.startReplication(12);
        double[] first = draws(s.stream("detection/c1/o1"), 6);
        double[] more = draws(s.stream("detection/c1/o1"), 2);
        s.startReplication(12);
        assertArrayEquals(first, draws(s.stream("detection/c1/o1"), 6));
        assertNotEquals(first[0], more[0]);
    }

    @Test
    void addingAStreamDoesNotShiftAnother() {
        StreamFactory f = new StreamFactory(9);
        ReplicationStreams one = new ReplicationStreams(f);
        one.startReplication(4);
        double[] before = draws(one.stream("march/c1"), 5);
        ReplicationStreams two = new ReplicationStreams(f);
        two.startReplication(4);
        draws(two.stream("new-input"), 100);
        assertArrayEquals(before, draws(two.stream("march/c1"), 5));
    }

    @Test
    void seedsAreValidAndDifferByNameAndMasterSeed() {
        long[] a = new StreamFactory(1).seedOf("a");
        long[] b = new StreamFactory(1).seedOf("b");
        long[] c = new StreamFactory(2).seedOf("a");
        for (int i = 0; i < 6; i++) {
            long m = i < 3 ? SubstreamJump.M1 : SubstreamJump.M2;
            assertEquals(true, a[i] >= 0 && a[i] < m);
        }
        assertNotEquals(a[0], b[0]);
        assertNotEquals(a[0], c[0]);
        assertArrayEquals(a, new StreamFactory(1).seedOf("a"));
    }
}
