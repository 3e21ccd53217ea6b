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

    /**
     * This scenario with other courier types; every other component is kept.
     *
     * @param newCourierTypes the fleet
     * @return a copy with {@code newCourierTypes}
     */
    public Scenario withCourierTypes(List<CourierType> newCourierTypes) {
        return toBuilder().courierTypes(newCourierTypes).build();
    }

    /**
     * This scenario with another budget; every other component is kept.
     *
     * @param newBudget layout limits
     * @return a copy with {@code newBudget}
     */
    public Scenario withBudget(Budget newBudget) {
        return toBuilder().budget(newBudget).build();
    }

    /**
     * This scenario with another travel specification; every other component is kept.
     *
     * @param newTravel how travel times are measured
     * @return a copy with {@code newTravel}
     */
    public Scenario withTravel(TravelSpec newTravel) {
        return toBuilder().travel(newTravel).build();
    }

    /**
     * A builder holding every component of this scenario, to copy it with some components changed
     * (no component is lost, unlike a positional rebuild).
     *
     * @return a builder preset with this scenario's components
     */
    public Builder toBuilder() {
        return new Builder(this);
    }


    /**
     * An empty builder: empty lists, null everything else.
     *
     * @return a builder for a new scenario
     */
    public static Builder builder() {
        return new Builder();
    }


    /** Builds a {@link Scenario} one named component at a time; {@link #build()} validates as the constructor. */
    public static final class Builder {
        private String name;
        private CoordinateSystem coordinates;
        private List<Client> clients = List.of();
        private List<Site> sites = List.of();
        private List<CourierType> courierTypes = List.of();
        private Hub hub;
        private Horizon horizon;
        private Budget budget;
        private TravelSpec travel;

        private Builder() {
        }

        private Builder(Scenario r) {
            name = r.name;
            coordinates = r.coordinates;
            clients = r.clients;
            sites = r.sites;
            courierTypes = r.courierTypes;
            hub = r.hub;
            horizon = r.horizon;
            budget = r.budget;
            travel = r.travel;
        }

        /**
         * Sets {@code name}.
         *
         * @param value display name
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Sets {@code coordinates}.
         *
         * @param value how locations are read
         * @return this builder
         */
        public Builder coordinates(CoordinateSystem value) {
            coordinates = value;
            return this;
        }

        /**
         * Sets {@code clients}.
         *
         * @param value the clients
         * @return this builder
         */
        public Builder clients(List<Client> value) {
            clients = value;
            return this;
        }

        /**
         * Sets {@code sites}.
         *
         * @param value candidate, fixed and closed sites
         * @return this builder
         */
        public Builder sites(List<Site> value) {
            sites = value;
            return this;
        }

        /**
         * Sets {@code courierTypes}.
         *
         * @param value the fleet
         * @return this builder
         */
        public Builder courierTypes(List<CourierType> value) {
            courierTypes = value;
            return this;
        }

        /**
         * Sets {@code hub}.
         *
         * @param value the sorting hub
         * @return this builder
         */
        public Builder hub(Hub value) {
            hub = value;
            return this;
        }

        /**
         * Sets {@code horizon}.
         *
         * @param value planning horizon
         * @return this builder
         */
        public Builder horizon(Horizon value) {
            horizon = value;
            return this;
        }

        /**
         * Sets {@code budget}.
         *
         * @param value layout limits
         * @return this builder
         */
        public Builder budget(Budget value) {
            budget = value;
            return this;
        }

        /**
         * Sets {@code travel}.
         *
         * @param value how travel times are measured
         * @return this builder
         */
        public Builder travel(TravelSpec value) {
            travel = value;
            return this;
        }

        /**
         * The scenario with the components set so far.
         *
         * @return the scenario
         */
        public Scenario build() {
            return new Scenario(name, coordinates, clients, sites, courierTypes, hub, horizon, budget, travel);
        }
    }
}
