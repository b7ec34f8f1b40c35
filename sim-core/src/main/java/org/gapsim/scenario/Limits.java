package org.gapsim.scenario;

/**
 * Upper bounds on every count and size a scenario may hold, checked by the record constructors (so by the loader
 * and {@code gapsim validate}). Each bound lies far above anything a real crossing study needs (the built-in
 * Suwalki Gap study has 6 columns of at most 31 vehicles, about 50 obstacles, minefields of at most 1.6 mines per
 * metre) yet low enough that the model's arrays, sums and per-replication work stay within a machine's memory and
 * a few seconds: no count can overflow an {@code int} however the bounded values combine. The figures are design
 * choices (not sourced), documented in {@code docs/scenario-format.md}, section "Bounds".
 */
public final class Limits {
    private Limits() {
    }

    /** Most places in the road network. */
    public static final int MAX_PLACES = 2_000;
    /** Most road segments in the road network. */
    public static final int MAX_SEGMENTS = 5_000;
    /** Most places in one column's explicit route. */
    public static final int MAX_ROUTE_PLACES = 1_000;
    /** Most vehicle types. */
    public static final int MAX_VEHICLE_TYPES = 1_000;
    /** Most columns. */
    public static final int MAX_COLUMNS = 100;
    /** Most vehicles in one column (and so in one march-order group), all groups together. */
    public static final int MAX_VEHICLES_PER_COLUMN = 100_000;
    /** Most vehicles in the whole force, all columns together. */
    public static final int MAX_VEHICLES_TOTAL = 100_000;
    /** Most groups in one column's march order. */
    public static final int MAX_MARCH_ORDER_GROUPS = 10_000;
    /** Most obstacle elements in one belt ({@link Belt}). */
    public static final int MAX_BELT_ELEMENTS = 20;
    /** Most entries in one package's budget layout. */
    public static final int MAX_LAYOUT_ENTRIES = 100;
    /** Most obstacles in play at once: the existing obstacles plus one package's (its includes resolved). */
    public static final int MAX_OBSTACLES = 1_000;
    /**
     * Most (column, obstacle in play) pairs under one package: the model names a few random streams per pair, and
     * every compared package holds its own set.
     */
    public static final int MAX_COLUMN_OBSTACLE_PAIRS = 10_000;
    /** Most fortification packages. */
    public static final int MAX_PACKAGES = 100;
    /** Most rows of a minefield. */
    public static final int MAX_ROWS = 1_000;
    /** Most anti-tank mines per metre of a minefield's front (standard US fields: 0.5 to 1.6). */
    public static final double MAX_DENSITY_PER_M = 100;
    /** Most lanes opened through one obstacle ({@code doctrine.lanesPerObstacle}). */
    public static final int MAX_LANES_PER_OBSTACLE = 100;
    /** Most traffic lanes per direction of a road segment. */
    public static final int MAX_ROAD_LANES = 50;
    /** Most items of one kind of engineer equipment a column carries (line charges, ploughs, bridges, dozers). */
    public static final int MAX_EQUIPMENT_COUNT = 10_000;
    /** Most user breach methods one column carries ({@code engineers.extra}). */
    public static final int MAX_EXTRA_METHODS = 20;
    /** Widest lane a user breach method opens, m ({@code engineers.extra.<name>.laneWidthM}). */
    public static final double MAX_LANE_WIDTH_M = 100;
    /**
     * Largest area of one terrain change, hectares (1,000,000 ha = 10,000 km2, more than the whole Suwalki region;
     * bounds docs/scenario-format.md#bounds).
     */
    public static final double MAX_TERRAIN_HECTARES = 1_000_000;
    /** Longest simulated horizon, minutes (366 days). */
    public static final double MAX_HORIZON_MIN = 366 * 24 * 60;
    /** Latest planned departure, minutes from the simulation start (366 days). */
    public static final double MAX_DEPARTURE_MIN = MAX_HORIZON_MIN;
    /** Longest road segment, and longest bypass detour, km. */
    public static final double MAX_LENGTH_KM = 10_000;
    /** Largest obstacle or equipment dimension (front, depth, width, gap, span, lane length, intervals), m. */
    public static final double MAX_SIZE_M = 100_000;
    /** Widest corridor a column uses across a minefield, m (with {@link #MAX_DENSITY_PER_M}: at most 100,000 mines). */
    public static final double MAX_CORRIDOR_WIDTH_M = 1_000;
    /**
     * Most mines laid out in the corridors of one replication, all minefields in play together (sum of
     * {@code densityPerM x corridorWidthM}): the model holds each one's position, about 17 bytes a mine.
     */
    public static final int MAX_MINES_IN_CORRIDORS = 1_000_000;
    /** Largest lateral standard deviation of a vehicle's track, m. */
    public static final double MAX_LATERAL_SD_M = 1_000;
    /** Highest speed (road, cross-country, lane, plough, speed limit), km/h. */
    public static final double MAX_SPEED_KMH = 1_000;
    /** Highest work rate (m per minute, m³ per minute). */
    public static final double MAX_RATE_PER_MIN = 1_000_000;
    /** Largest value any distribution parameter may take (minutes for times, a plain factor for factors). */
    public static final double MAX_DISTRIBUTION_VALUE = 1e9;
    /** Most values of an empirical distribution (inline or from a CSV file). */
    public static final int MAX_EMPIRICAL_VALUES = 1_000_000;
    /** Largest cost of one obstacle, of a package's other cost, and of a whole package, EUR (10 trillion). */
    public static final double MAX_COST_EUR = 1e13;
    /** Thickest ice a scenario may state, m. */
    public static final double MAX_ICE_THICKNESS_M = 10;
    /** Fastest river current, m/s. */
    public static final double MAX_CURRENT_MPS = 20;
    /** Most pontoon bridge sets the force may hold. */
    public static final int MAX_PONTOON_SETS = 1_000;
    /**
     * Most sensors, and most fire units, of the defender in play under one package: the scenario's own units and the
     * package's (its includes resolved) together, coverage templates aside.
     */
    public static final int MAX_DEFENDER_UNITS = 1_000;
    /**
     * Most sensors, and most fire units, of one coverage template: a copy of each stands at every obstacle so marked,
     * so with {@link #MAX_OBSTACLES} and {@link #MAX_DEFENDER_UNITS} at most 22,000 units are in play.
     */
    public static final int MAX_TEMPLATE_UNITS = 10;
    /** Most engagements (missiles, salvos, drones) of one fire unit in a replication. */
    public static final int MAX_AMMUNITION = 10_000;
    /** Longest range of a sensor or fire unit, km (long-range rockets reach about 300 km). */
    public static final double MAX_RANGE_KM = 1_000;
    /**
     * Highest detection or engagement rate, per hour (one a second is 3,600; tests use 10^6 for "at once"). Events
     * stay bounded: a detection happens once per fight, engagements are bounded by {@link #MAX_AMMUNITION}.
     */
    public static final double MAX_RATE_PER_HOUR = 1_000_000;
    /**
     * Largest behaviour factor of a defender unit (a sensor's smoke, night, EW or moving factor; a fire unit's night
     * factor, signature or moving-target factor): a multiplier of a rate or a probability; the built-in kinds' lie in
     * [0.2, 2].
     */
    public static final double MAX_UNIT_FACTOR = 10;
    /** Most failed breach attempts at one obstacle before a column culminates ({@code doctrine.maxBreachAttempts}). */
    public static final int MAX_BREACH_ATTEMPTS = 100;
    /** Most mine blasts a roller survives ({@code mineRollers.blastsSurvived}; press: rollers withstand up to four). */
    public static final int MAX_BLASTS_SURVIVED = 100;
    /** Most items in a scenario's cost catalogue. */
    public static final int MAX_CATALOGUE_ITEMS = 1_000;
    /** Highest price of one catalogue item, EUR (a whole air-defence system is about 10^9). */
    public static final double MAX_UNIT_COST_EUR = 1e11;
    /** Largest share of a per-system laying item one minefield uses (a share above 1 uses several systems). */
    public static final double MAX_LAYING_SHARE = 1_000;
}
