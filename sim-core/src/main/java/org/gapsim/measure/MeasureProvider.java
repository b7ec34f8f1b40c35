package org.gapsim.measure;

/**
 * Service-provider interface that makes a {@link Measure} available by name (the CLI's {@code --measure NAME}):
 * list the implementing class in {@code META-INF/services/org.gapsim.measure.MeasureProvider} on the classpath and
 * {@link Measures#byName} finds it through {@link java.util.ServiceLoader}. Implementations need a public no-argument
 * constructor.
 */
public interface MeasureProvider {
    /** @return the measure's name, {@code [a-z][a-z0-9-]*}, unique over the classpath */
    String name();

    /** @return a one-line description (units included) */
    String description();

    /** @return the measure */
    Measure create();
}
