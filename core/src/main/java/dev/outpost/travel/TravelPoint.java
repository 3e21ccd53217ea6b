package dev.outpost.travel;

import dev.outpost.model.Location;

/**
 * A point to add to a travel table by its location: a courier's live (GPS) position or the point
 * it is driving to. See {@link TravelModel#extend(TravelTimes, java.util.List, java.util.List)}.
 *
 * @param id       the point's id in the extended table; unique within it; never null
 * @param location where it is, in the scenario's coordinate system; never null
 */
public record TravelPoint(String id, Location location) {

    /**
     * Validates the components.
     *
     * @param id       the point's id in the extended table; unique within it; never null
     * @param location where it is, in the scenario's coordinate system; never null
     */
    public TravelPoint {
        if (id == null) {
            throw new IllegalArgumentException("The travel point id is missing (null); give the point an id.");
        }
        if (location == null) {
            throw new IllegalArgumentException("The location of travel point '" + id + "' is missing (null).");
        }
        if (!Double.isFinite(location.x()) || !Double.isFinite(location.y())) {
            throw new IllegalArgumentException("The location of travel point '" + id + "' (" + location.x() + ", "
                    + location.y() + ") is not finite; give real coordinates.");
        }
    }
}
