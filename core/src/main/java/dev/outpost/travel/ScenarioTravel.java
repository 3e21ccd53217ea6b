package dev.outpost.travel;

import dev.outpost.model.Congestion;
import dev.outpost.model.CourierType;
import java.util.List;
import java.util.Objects;

/**
 * A scenario's travel, kept whole: the model, the scenario's points (hub, sites, clients), the
 * time-of-day tables over them (one profile per courier type) and what the tables were built for
 * (the courier types and the congestion). What {@link TravelModels#tables} returns, plus the
 * parts a live dispatcher needs to add points for new locations ({@code Fleet.withModel}).
 * Made by {@link TravelModels#travel}.
 *
 * @param model        the scenario's travel model
 * @param points       the scenario's points, in table order
 * @param tables       the tables over {@code points}, one profile per courier type
 * @param courierTypes the scenario's courier types, in profile order
 * @param congestion   the road network's congestion, or null
 */
public record ScenarioTravel(TravelModel model, ScenarioPoints points, TravelTables tables, List<CourierType> courierTypes,
        Congestion congestion) {

    /**
     * Validates the components.
     *
     * @param model        the scenario's travel model
     * @param points       the scenario's points, in table order
     * @param tables       the tables over {@code points}, one profile per courier type
     * @param courierTypes the scenario's courier types, in profile order
     * @param congestion   the road network's congestion, or null
     */
    public ScenarioTravel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(tables, "tables");
        courierTypes = List.copyOf(courierTypes);
        if (tables.size() != points.size()) {
            throw new IllegalArgumentException("The tables have " + tables.size() + " points, the scenario "
                    + points.size() + "; build them over the scenario's points.");
        }
    }
}
