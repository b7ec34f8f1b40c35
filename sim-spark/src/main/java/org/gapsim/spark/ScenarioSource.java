package org.gapsim.spark;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import java.util.function.Supplier;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioLoader;
import org.gapsim.scenario.io.ScenarioWriter;

/**
 * How an executor gets the scenario of an experiment. The scenario records are not {@link Serializable}, so what
 * travels to the cluster is a recipe: the scenario as self-contained YAML text (written by {@link ScenarioWriter},
 * parsed on the executor by {@link ScenarioLoader}), or the name of a class that builds it. Executors load it once
 * per task and compile their plans from it; the driver checks beforehand that what executors will load is equal to
 * the scenario it holds (records compare doubles bit for bit), which is what makes a Spark run bit-identical to a
 * local one.
 */
public sealed interface ScenarioSource extends Serializable permits ScenarioSource.Yaml, ScenarioSource.Factory {

    /** @return the scenario, freshly loaded or built */
    Scenario load();

    /** @return a short description for logs and messages */
    String describe();

    /**
     * The YAML form of a scenario, verified to load back to an equal scenario. Includes and package files a
     * scenario was loaded from are already resolved: the text is self-contained, so no file needs to exist on the
     * executors.
     *
     * @param scenario the scenario
     * @return its source
     * @throws IllegalArgumentException if the scenario does not survive the YAML round trip exactly
     */
    static ScenarioSource of(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        Yaml source = new Yaml(scenario.name(), new ScenarioWriter().write(scenario));
        Scenario back = source.load();
        if (!back.equals(scenario)) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' does not load back from its YAML"
                    + " form to an equal scenario, so executors would not run the same model; ship it with"
                    + " ScenarioSource.factory(...) instead");
        }
        return source;
    }

    /**
     * A scenario built on each executor by a class on the application's classpath.
     *
     * @param type a class with a public no-argument constructor whose {@code get()} builds the scenario
     * @return its source
     */
    static ScenarioSource factory(Class<? extends Supplier<Scenario>> type) {
        return new Factory(type.getName());
    }

    /**
     * A scenario as scenario-file text, parsed on each executor.
     *
     * @param name name used in messages (a file name, or the scenario's name)
     * @param yaml complete, self-contained scenario text (no {@code packageFiles})
     * @serial exclude
     */
    record Yaml(String name, String yaml) implements ScenarioSource {
        private static final long serialVersionUID = 1L;

        /**
         * Checks both fields.
         *
         * @param name value of {@link #name()}
         * @param yaml value of {@link #yaml()}
         */
        public Yaml {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(yaml, "yaml");
        }

        @Override
        public Scenario load() {
            return new ScenarioLoader().parse(yaml, name);
        }

        @Override
        public String describe() {
            return "YAML scenario '" + name + "' (" + yaml.length() + " characters)";
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * A scenario built by a named class on each executor.
     *
     * @param className binary name of a class with a public no-argument constructor that implements
     *                  {@code Supplier<Scenario>}; it must be on the executors' classpath (in the application jar)
     * @serial exclude
     */
    record Factory(String className) implements ScenarioSource {
        private static final long serialVersionUID = 1L;

        /**
         * Checks the name.
         *
         * @param className value of {@link #className()}
         */
        public Factory {
            if (className == null || className.isBlank()) {
                throw new IllegalArgumentException("className: must name a Supplier<Scenario> class, was '"
                        + className + "'");
            }
        }

        @Override
        public Scenario load() {
            Object made;
            try {
                ClassLoader cl = Thread.currentThread().getContextClassLoader();
                Class<?> type = Class.forName(className, true, cl == null ? Factory.class.getClassLoader() : cl);
                made = type.getConstructor().newInstance();
            } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException
                     | IllegalAccessException e) {
                throw new IllegalStateException("scenario factory " + className
                        + " needs a public no-argument constructor on the classpath: " + e, e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("scenario factory " + className + " failed: " + e.getCause(),
                        e.getCause());
            }
            if (!(made instanceof Supplier<?> supplier)) {
                throw new IllegalStateException("scenario factory " + className + " does not implement Supplier");
            }
            Object scenario = supplier.get();
            if (!(scenario instanceof Scenario s)) {
                throw new IllegalStateException("scenario factory " + className + " returned "
                        + (scenario == null ? "null" : scenario.getClass().getName()) + ", not a Scenario");
            }
            return s;
        }

        @Override
        public String describe() {
            return "scenario built by " + className;
        }
    }
}
