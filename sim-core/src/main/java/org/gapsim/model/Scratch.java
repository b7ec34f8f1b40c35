package org.gapsim.model;

/**
 * Working arrays of {@link CrossingModel}, one set per thread (a replication runs on one thread from start to end)
 * and grown on demand, so that a replication allocates none of them: the residual-mine pass of a lane (each
 * vehicle's lane, lane entry time and lateral position, a binary heap of the next strike of each vehicle by time,
 * the live mines each lane's vehicles could drive over), the losses to fire drawn for one halt, and a fight's index
 * arrays of one engagement.
 */
final class Scratch {
    private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

    int[] laneOf = new int[0];
    double[] enter = new double[0];
    double[] centre = new double[0];
    double[] laneFree = new double[0];
    double[] lossAt = new double[0];
    double[] lossU = new double[0];
    double[] lossSorted = new double[0];
    /** Per lane of a minefield pass: where its live mines start in {@link #bandMines}, and how many. */
    int[] bandOff = new int[0];
    int[] bandLen = new int[0];
    /** Live mines each lane's vehicles could drive over, lane after lane (mine indices, depth order). */
    int[] bandMines = new int[0];
    /**
     * A fight's working arrays for one engagement ({@code Fight}): the breach assets' indices at the site, and per
     * target group the indices of its vehicles; each filled and read within one call, never across fights.
     */
    private int[] fightAssets = new int[0];
    private int[][] fightGroups = new int[0][0];
    private double[] heapKey = new double[0];
    private int[] heapWho = new int[0];
    private int[] heapMine = new int[0];
    private int heapSize;

    private Scratch() {
    }

    /** @return the calling thread's scratch */
    static Scratch get() {
        return PER_THREAD.get();
    }

    /** Room for a lane pass of {@code vehicles} vehicles through {@code lanes} lanes; empties the heap. */
    void lanePass(int vehicles, int lanes) {
        if (laneOf.length < vehicles) {
            laneOf = new int[vehicles];
            enter = new double[vehicles];
            centre = new double[vehicles];
            heapKey = new double[vehicles];
            heapWho = new int[vehicles];
            heapMine = new int[vehicles];
        }
        if (laneFree.length < lanes) {
            laneFree = new double[lanes];
            bandOff = new int[lanes];
            bandLen = new int[lanes];
        }
        heapSize = 0;
    }

    /** Room for the live mines of {@code lanes} lanes through a field of {@code mines} mines. */
    void bands(int lanes, int mines) {
        long need = (long) lanes * mines;
        if (bandMines.length < need) {
            bandMines = new int[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, 2L * bandMines.length))];
        }
    }

    /** @return room for the indices of {@code vehicles} breach assets ({@link #fightAssets}) */
    int[] fightAssets(int vehicles) {
        if (fightAssets.length < vehicles) {
            fightAssets = new int[vehicles];
        }
        return fightAssets;
    }

    /** @return per each of {@code groups} target groups, room for the indices of {@code vehicles} vehicles */
    int[][] fightGroups(int groups, int vehicles) {
        if (fightGroups.length < groups || fightGroups[0].length < vehicles) {
            fightGroups = new int[Math.max(groups, fightGroups.length)][Math.max(vehicles,
                    fightGroups.length > 0 ? fightGroups[0].length : 0)];
        }
        return fightGroups;
    }

    /** Room for {@code k} losses. */
    void losses(int k) {
        if (lossAt.length < k) {
            lossAt = new double[k];
            lossU = new double[k];
            lossSorted = new double[k];
        }
    }

    /** @return whether the strike heap is empty */
    boolean noStrike() {
        return heapSize == 0;
    }

    /** Empties the strike heap. */
    void clearStrikes() {
        heapSize = 0;
    }

    /** @return time of the earliest strike, minutes */
    double strikeTime() {
        return heapKey[0];
    }

    /** @return vehicle (index in the column) of the earliest strike */
    int strikeVehicle() {
        return heapWho[0];
    }

    /** @return mine (index in its belt) of the earliest strike */
    int strikeMine() {
        return heapMine[0];
    }

    /** Adds a strike: vehicle {@code who} reaches mine {@code mine} at {@code timeMin}; one per vehicle at most. */
    void pushStrike(double timeMin, int who, int mine) {
        int k = heapSize++;
        heapKey[k] = timeMin;
        heapWho[k] = who;
        heapMine[k] = mine;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (!before(k, parent)) {
                break;
            }
            swap(k, parent);
            k = parent;
        }
    }

    /** Removes the earliest strike. */
    void popStrike() {
        heapSize--;
        if (heapSize == 0) {
            return;
        }
        heapKey[0] = heapKey[heapSize];
        heapWho[0] = heapWho[heapSize];
        heapMine[0] = heapMine[heapSize];
        int k = 0;
        while (true) {
            int l = 2 * k + 1;
            if (l >= heapSize) {
                break;
            }
            int c = l + 1 < heapSize && before(l + 1, l) ? l + 1 : l;
            if (!before(c, k)) {
                break;
            }
            swap(k, c);
            k = c;
        }
    }

    /** Earlier time first, then the vehicle ahead in march order (a total order: the pass is deterministic). */
    private boolean before(int a, int b) {
        return heapKey[a] < heapKey[b] || (heapKey[a] == heapKey[b] && heapWho[a] < heapWho[b]);
    }

    private void swap(int a, int b) {
        double key = heapKey[a];
        heapKey[a] = heapKey[b];
        heapKey[b] = key;
        int who = heapWho[a];
        heapWho[a] = heapWho[b];
        heapWho[b] = who;
        int mine = heapMine[a];
        heapMine[a] = heapMine[b];
        heapMine[b] = mine;
    }
}
