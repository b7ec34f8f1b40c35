package org.gapsim.scenario;

/**
 * Service-provider interface for a named kind of defender unit usable in scenario files as a sensor's or fire unit's
 * {@code kind}: a template whose figures are the defaults of every unit of that kind, each field given in the file
 * overriding its template's. The built-in kinds (the {@link FireUnitKind} and {@link SensorKind} constants, in kebab
 * case, with the builders' documented defaults as figures) are providers too ({@link DefenderUnitKinds#builtIn()});
 * a user's kind is a class listed in {@code META-INF/services/org.gapsim.scenario.DefenderUnitKindProvider} (or
 * passed to {@link DefenderUnitKinds#of}). Exactly one of {@link #fireUnit()} and {@link #sensor()} is not null.
 * Implementations need a public no-argument constructor and must be stateless.
 *
 * <p>A template's behaviour class (direct fire, indirect fire or drone; night factor, signature to the attacker's
 * counter-fire, moving-target factor; a sensor's smoke, night, EW and moving factors) is that of the built-in enum
 * constant it names as its {@code kind}: a template sets the figures of the record, not new behaviour.
 */
public interface DefenderUnitKindProvider {
    /** @return the YAML {@code kind}, {@code [a-z][a-z0-9-]*}, unique over the built-in and the class path's kinds */
    String name();

    /**
     * @return the fire unit template (its {@code id} and {@code position} are ignored; every other figure is this
     *         kind's default, the record's {@code kind} its behaviour class), or null for a sensor kind
     */
    default FireUnit fireUnit() {
        return null;
    }

    /** @return the sensor template (its {@code id} and {@code position} ignored), or null for a fire unit kind */
    default Sensor sensor() {
        return null;
    }
}
