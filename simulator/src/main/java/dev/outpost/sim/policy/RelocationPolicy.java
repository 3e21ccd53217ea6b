package dev.outpost.sim.policy;

import dev.outpost.sim.fleet.FleetControl;

/** Where an idle courier goes while it waits. One instance serves one day. */
public interface RelocationPolicy {
    /** {@return the point courier {@code courier} should drive to, or -1 to stay} */
    int target(int courier, FleetControl fleet);
}
