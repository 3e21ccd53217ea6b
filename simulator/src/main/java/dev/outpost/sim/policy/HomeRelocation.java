package dev.outpost.sim.policy;

import dev.outpost.sim.fleet.FleetControl;
import dev.outpost.sim.fleet.RelocationPolicy;

/** Idle couriers drive back to their home outpost (the hub when the layout has none). */
public final class HomeRelocation implements RelocationPolicy {
    @Override
    public int target(int courier, FleetControl fleet) {
        return fleet.couriers().get(courier).home();
    }
}
