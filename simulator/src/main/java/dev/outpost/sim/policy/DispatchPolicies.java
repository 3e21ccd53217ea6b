package dev.outpost.sim.policy;

import dev.outpost.model.Scenario;
import dev.outpost.sim.fleet.DispatchPolicy;
import dev.outpost.sim.fleet.RelocationPolicy;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The policies by name, as the command line and experiments choose them. */
public final class DispatchPolicies {

    /** Dispatch policy names. */
    public static final List<String> DISPATCH = List.of("nearest-idle", "cheapest-insertion", "reoptimise");
    /** Relocation policy names. */
    public static final List<String> RELOCATION = List.of("stay", "home", "coverage");

    private DispatchPolicies() {
    }

    /**
     * A maker of fresh dispatch policies for {@code name}.
     *
     * @param name one of {@link #DISPATCH}, any case
     * @return a supplier of a new policy per day
     * @throws IllegalArgumentException naming the choices for an unknown name
     */
    public static Supplier<DispatchPolicy> dispatch(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "nearest-idle" -> NearestIdlePolicy::new;
            case "cheapest-insertion" -> CheapestInsertionPolicy::new;
            case "reoptimise" -> ReoptimisingPolicy::new;
            default -> throw new IllegalArgumentException("The dispatch policy (" + name + ") is unknown; use one of "
                    + DISPATCH + ".");
        };
    }

    /**
     * A maker of fresh relocation policies for {@code name}.
     *
     * @param name     one of {@link #RELOCATION}, any case
     * @param scenario the scenario (used by {@code coverage})
     * @param growth   the demand multiplier, 1 = the scenario's demand (used by {@code coverage})
     * @return a supplier of a new policy per day
     * @throws IllegalArgumentException naming the choices for an unknown name
     */
    public static Supplier<RelocationPolicy> relocation(String name, Scenario scenario, double growth) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "stay" -> StayRelocation::new;
            case "home" -> HomeRelocation::new;
            case "coverage" -> () -> new CoverageRelocation(scenario, growth);
            default -> throw new IllegalArgumentException("The relocation policy (" + name + ") is unknown; use one of "
                    + RELOCATION + ".");
        };
    }
}
