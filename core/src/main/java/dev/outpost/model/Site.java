package dev.outpost.model;

/**
 * A place where couriers may be stationed (an outpost when open).
 *
 * @param id          unique id
 * @param name        display name
 * @param location    where it is
 * @param status      candidate, fixed open or closed
 * @param openingCost cost of opening it, in the scenario's currency unit, at least 0
 * @param maxCouriers most couriers it can host, at least 1 unless closed
 * @param current     couriers stationed here today (the operator's current layout), 0 to {@code maxCouriers};
 *                    0 for a site that is not a branch today
 */
public record Site(String id, String name, Location location, SiteStatus status, long openingCost, int maxCouriers,
        int current) {

    /**
     * A site that holds no couriers today.
     *
     * @param id          unique id
     * @param name        display name
     * @param location    where it is
     * @param status      candidate, fixed open or closed
     * @param openingCost cost of opening it, at least 0
     * @param maxCouriers most couriers it can host, at least 1 unless closed
     */
    public Site(String id, String name, Location location, SiteStatus status, long openingCost, int maxCouriers) {
        this(id, name, location, status, openingCost, maxCouriers, 0);
    }

    /**
     * This site with {@code couriers} stationed here today.
     *
     * @param couriers couriers stationed here today
     * @return the same site with another current count
     */
    public Site withCurrent(int couriers) {
        return new Site(id, name, location, status, openingCost, maxCouriers, couriers);
    }
}
