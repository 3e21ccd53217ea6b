package dev.outpost.sim.policy;

import dev.outpost.sim.fleet.FleetControl;
import dev.outpost.sim.fleet.RelocationPolicy;

/** Idle couriers wait where they are. */
public final class StayRelocation implements RelocationPolicy {
    @Override
    public int target(int courier, FleetControl fleet) {
        return -1;
    }
}
