package dev.outpost.sim.fleet;

/** Where an idle courier goes while it waits. One instance serves one day. */
public interface RelocationPolicy {
    /**
     * The point courier {@code courier} should drive to, or -1 to stay.
     *
     * @param courier the idle courier's index
     * @param fleet   the day's fleet
     * @return the target point, or -1 to stay
     */
    int target(int courier, FleetControl fleet);
}
