package dev.outpost.city;

import dev.outpost.model.Scenario;

/**
 * The built-in default city every {@code outpost} command runs on when no scenario is given:
 * {@link CityGenerator#generate} with {@link CityParameters#defaults()} (seed
 * {@link CityParameters#DEFAULT_SEED}). Generated once, on first use, then shared; the scenario
 * is immutable.
 */
public final class DefaultCity {

    private DefaultCity() {
    }

    /** {@return the default city's scenario; the same object on every call} */
    public static Scenario scenario() {
        return Holder.CITY.scenario();
    }

    /** {@return the default city with its river, bridges and districts; the same object on every call} */
    public static GeneratedCity city() {
        return Holder.CITY;
    }

    private static final class Holder {
        static final GeneratedCity CITY = CityGenerator.build(CityParameters.defaults());
    }
}
