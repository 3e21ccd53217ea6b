package dev.outpost.model;

import java.util.List;

/**
 * Everything a planning run needs: who asks for pickups, where couriers may be stationed, the
 * fleet, the hub, the horizon, the budget and how travel is measured. Immutable; validated once
 * at the edge by {@code dev.outpost.io}.
 *
 * @param name        display name
 * @param coordinates how locations are read
 * @param clients     the clients
 * @param sites       candidate, fixed and closed sites
 * @param courierTypes the fleet
 * @param hub         the sorting hub
 * @param horizon     planning horizon
 * @param budget      layout limits
 * @param travel      how travel times are measured
 */
public record Scenario(
        String name,
        CoordinateSystem coordinates,
        List<Client> clients,
        List<Site> sites,
        List<CourierType> courierTypes,
        Hub hub,
        Horizon horizon,
        Budget budget,
        TravelSpec travel) {

    /**
     * Copies the lists, so the scenario stays immutable.
     *
     * @param name         display name
     * @param coordinates  how locations are read
     * @param clients      the clients
     * @param sites        candidate, fixed and closed sites
     * @param courierTypes the fleet
     * @param hub          the sorting hub
     * @param horizon      planning horizon
     * @param budget       layout limits
     * @param travel       how travel times are measured
     */
    public Scenario {
        clients = List.copyOf(clients);
        sites = List.copyOf(sites);
        courierTypes = List.copyOf(courierTypes);
    }
}
