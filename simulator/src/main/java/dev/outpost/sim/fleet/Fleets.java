package dev.outpost.sim.fleet;

import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/** The scenario's fleet as single couriers: type by type, {@code <typeId>-1 .. <typeId>-count}. */
public final class Fleets {

    private Fleets() {
    }

    /**
     * {@return the courier ids, fleet order}
     *
     * @param scenario the scenario
     */
    public static List<String> courierIds(Scenario scenario) {
        List<String> ids = new ArrayList<>();
        for (CourierType t : scenario.courierTypes()) {
            for (int i = 1; i <= t.count(); i++) {
                ids.add(t.id() + "-" + i);
            }
        }
        return ids;
    }

    /**
     * {@return the type index of each courier, fleet order}
     *
     * @param scenario the scenario
     */
    public static List<Integer> courierTypes(Scenario scenario) {
        List<Integer> types = new ArrayList<>();
        for (int t = 0; t < scenario.courierTypes().size(); t++) {
            for (int i = 0; i < scenario.courierTypes().get(t).count(); i++) {
                types.add(t);
            }
        }
        return types;
    }
}
