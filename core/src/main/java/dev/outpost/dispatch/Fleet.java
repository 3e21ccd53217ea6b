package dev.outpost.dispatch;

import dev.outpost.model.Scenario;
import dev.outpost.routing.ScenarioDay;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.travel.ScenarioTravel;
import dev.outpost.travel.TravelModels;
import java.util.ArrayList;

import dev.outpost.model.Congestion;
import dev.outpost.model.CourierType;
import dev.outpost.model.Location;
import dev.outpost.routing.Courier;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.List;
import java.util.Objects;

/**
 * The fixed frame a {@link Dispatcher} plans in: the travel table (every point a request or a
 * courier may use by index), the hub with its cut-off, the couriers at the start, and optionally
 * the travel model and the locations of the table's points, which let requests and courier
 * positions be given as a {@link Location} (see {@link #withModel}).
 *
 * <p><b>Time of day.</b> A fleet made by {@link #timeDependent} plans on per-profile, per-time-slice
 * {@link TravelTables}: each courier drives by the profile its {@link Courier#profile()} names (the
 * first when unset), each leg timed from its departure second, in immediate answers and background
 * re-optimisation alike ({@code RoutingProblem} with tables). {@link #travel()} is then the first
 * profile's free-flow table. Its locations need {@link #withModel(TravelModel, List, List, Congestion)}
 * (the courier types and congestion the tables were built with), so new points extend every table.
 *
 * @param travel       travel seconds and metres between all points
 * @param hubPoint     index of the hub in {@code travel}
 * @param cutoffSecond latest hub arrival, seconds since the start of the day
 * @param couriers     the couriers at the start (more may join with {@link DispatchEvent.CourierAdded})
 * @param model        the model that built {@code travel}, used to add points for locations; null = indices only
 * @param points       the location of each point of {@code travel}, in its order; null exactly when {@code model} is
 * @param tables       the time-of-day tables per courier profile over the points of {@code travel}; null = static
 * @param courierTypes the courier types {@code tables} were built for, in profile order; set exactly when
 *                     {@code tables} and {@code model} are (for adding points)
 * @param congestion   the congestion {@code tables} were built with, or null
 */
public record Fleet(TravelTimes travel, int hubPoint, int cutoffSecond, List<Courier> couriers, TravelModel model,
        List<Location> points, TravelTables tables, List<CourierType> courierTypes, Congestion congestion) {
    /**
     * Validates the components and copies {@code couriers} and {@code points} (unmodifiable).
     *
     * @param travel       travel seconds and metres between all points
     * @param hubPoint     index of the hub in {@code travel}
     * @param cutoffSecond latest hub arrival, seconds since the start of the day
     * @param couriers     the couriers at the start (more may join with {@link DispatchEvent.CourierAdded})
     * @param model        the model that built {@code travel}, used to add points for locations; null = indices only
     * @param points       the location of each point of {@code travel}, in its order; null exactly when {@code model} is
     * @param tables       the time-of-day tables per courier profile over the points of {@code travel}; null = static
     * @param courierTypes the courier types {@code tables} were built for, in profile order; set exactly when
     *                     {@code tables} and {@code model} are (for adding points)
     * @param congestion   the congestion {@code tables} were built with, or null
     */
    public Fleet {
        Objects.requireNonNull(travel, "travel");
        couriers = List.copyOf(couriers);
        if (hubPoint < 0 || hubPoint >= travel.size()) {
            throw new IllegalArgumentException("The fleet hubPoint (" + hubPoint + ") is outside the travel table (0.."
                    + (travel.size() - 1) + ").");
        }
        if ((model == null) != (points == null)) {
            throw new IllegalArgumentException("The fleet model (" + model + ") and points (" + (points == null ? null
                    : points.size() + " locations") + ") go together; give both (Fleet.withModel) or neither.");
        }
        if (points != null) {
            points = List.copyOf(points);
            if (points.size() != travel.size()) {
                throw new IllegalArgumentException("The fleet points (" + points.size() + " locations) do not match the "
                        + travel.size() + " points of the travel table; give one location per point, in table order.");
            }
        }
        if (tables != null) {
            if (!tables.pointIds().equals(travel.pointIds())) {
                throw new IllegalArgumentException("The fleet tables (" + tables.size() + " points) are over other points"
                        + " than its travel table (" + travel.size() + " points); build both over the same points.");
            }
            for (Courier c : couriers) {
                if (c.profile() != null && tables.profileIndex(c.profile()) < 0) {
                    throw new IllegalArgumentException("The courier (" + c.id() + ") profile ('" + c.profile()
                            + "') is not a profile of the fleet tables " + tables.profileIds() + "; use one of them.");
                }
            }
        }
        if ((tables != null && model != null) != (courierTypes != null)) {
            throw new IllegalArgumentException("The fleet courierTypes (" + courierTypes + ") are needed exactly with"
                    + " time-of-day tables and a model; use withModel(model, points, courierTypes, congestion).");
        }
        if (courierTypes != null) {
            courierTypes = List.copyOf(courierTypes);
            List<String> ids = courierTypes.stream().map(CourierType::id).toList();
            if (!ids.equals(tables.profileIds())) {
                throw new IllegalArgumentException("The fleet courierTypes " + ids + " are not the profiles "
                        + tables.profileIds() + " of its tables; give the types the tables were built for, in order.");
            }
        }
        if (congestion != null && courierTypes == null) {
            throw new IllegalArgumentException("The fleet congestion is only used with time-of-day tables and a model;"
                    + " use withModel(model, points, courierTypes, congestion).");
        }
    }

    /**
     * A static fleet (one table for every courier at every hour), with optionally a model and point locations.
     *
     * @param travel       travel seconds and metres between all points
     * @param hubPoint     index of the hub in {@code travel}
     * @param cutoffSecond latest hub arrival, seconds since the start of the day
     * @param couriers     the couriers at the start (more may join with {@link DispatchEvent.CourierAdded})
     * @param model        the model that built {@code travel}, used to add points for locations; null = indices only
     * @param points       the location of each point of {@code travel}, in its order; null exactly when {@code model} is
     */
    public Fleet(TravelTimes travel, int hubPoint, int cutoffSecond, List<Courier> couriers, TravelModel model,
            List<Location> points) {
        this(travel, hubPoint, cutoffSecond, couriers, model, points, null, null, null);
    }

    /**
     * A fleet on time-of-day tables per courier profile, by table indices only (add
     * {@link #withModel(TravelModel, List, List, Congestion)} for locations). Each courier drives by
     * its {@link Courier#profile()} (the first profile when unset), each leg timed from its departure.
     *
     * @param tables       travel seconds and metres per profile and time slice between all points
     * @param hubPoint     index of the hub in {@code tables}
     * @param cutoffSecond latest hub arrival, seconds since the start of the day
     * @param couriers     the couriers at the start, profiles among {@code tables.profileIds()} or unset
     * @return the fleet
     * @throws IllegalArgumentException naming the courier whose profile the tables lack, or as the constructor
     */
    public static Fleet timeDependent(TravelTables tables, int hubPoint, int cutoffSecond, List<Courier> couriers) {
        return new Fleet(tables.freeFlow(0), hubPoint, cutoffSecond, couriers, null, null, tables, null, null);
    }

    /**
     * A fleet that plans by table indices only (requests and positions given as a {@link Location} are rejected).
     *
     * @param travel       travel seconds and metres between all points
     * @param hubPoint     index of the hub in {@code travel}
     * @param cutoffSecond latest hub arrival, seconds since the start of the day
     * @param couriers     the couriers at the start (more may join with {@link DispatchEvent.CourierAdded})
     */
    public Fleet(TravelTimes travel, int hubPoint, int cutoffSecond, List<Courier> couriers) {
        this(travel, hubPoint, cutoffSecond, couriers, null, null);
    }

    /**
     * This fleet with the model that built its table and the table's point locations, so that
     * requests ({@link DispatchEvent.PickupRequested} with a location) and courier positions
     * ({@link DispatchEvent.CourierMoved} with a location) may be given as coordinates: the
     * dispatcher adds a point for each new location with {@link TravelModel#extend} (road: snap
     * and one-to-many searches; straight line: the formula; a matrix model refuses, and the event
     * is rejected with its reason).
     *
     * @param model  the model that built {@link #travel()}
     * @param points the location of each point of {@link #travel()}, in table order
     * @return this fleet with a travel model and point locations
     * @throws IllegalArgumentException when {@code points} does not have one location per table point, or
     *                                  this fleet has time-of-day tables (use the overload with courier types)
     */
    public Fleet withModel(TravelModel model, List<Location> points) {
        if (tables != null) {
            throw new IllegalArgumentException("The fleet has time-of-day tables " + tables.profileIds() + "; add the"
                    + " model with withModel(model, points, courierTypes, congestion) so new points extend every table.");
        }
        return toBuilder().model(Objects.requireNonNull(model, "model")).points(Objects.requireNonNull(points, "points"))
                .build();
    }

    /**
     * This time-of-day fleet with the model, the point locations, the courier types and the
     * congestion its tables were built with: new locations become points of every profile's every
     * table ({@link TravelTables#extend}).
     *
     * @param model        the model that built {@link #tables()}
     * @param points       the location of each point of {@link #tables()}, in table order
     * @param courierTypes the courier types of the tables' profiles, in profile order
     * @param congestion   the congestion the tables were built with, or null
     * @return this fleet with a travel model, point locations, courier types and congestion
     * @throws IllegalArgumentException when this fleet is static, or the points or types do not fit the tables
     */
    public Fleet withModel(TravelModel model, List<Location> points, List<CourierType> courierTypes,
            Congestion congestion) {
        if (tables == null) {
            throw new IllegalArgumentException("The fleet is static (no time-of-day tables); use withModel(model, points).");
        }
        return toBuilder().model(Objects.requireNonNull(model, "model")).points(Objects.requireNonNull(points, "points"))
                .courierTypes(Objects.requireNonNull(courierTypes, "courierTypes")).congestion(congestion).build();
    }

    /**
     * A ready fleet for a scenario: its travel kept whole ({@link TravelModels#travel}: the model,
     * the time-of-day tables over the scenario's points, one profile per courier type), the hub and
     * its cut-off, and the scenario's couriers stationed by {@code plan} (each outpost's couriers
     * start at its site; with a null plan, all at the hub), so that requests and GPS fixes may be
     * given as locations.
     *
     * @param scenario the scenario, validated
     * @param travel   the scenario's travel ({@link TravelModels#travel})
     * @param plan     a stationing plan made for this scenario, or null for all couriers at the hub
     * @return the fleet
     * @throws IllegalArgumentException naming the outpost when the plan is not made for this scenario
     */
    public static Fleet forScenario(Scenario scenario, ScenarioTravel travel, StationingPlan plan) {
        List<ScenarioDay.Station> stations = new ArrayList<>();
        if (plan != null) {
            for (StationingPlan.Outpost o : plan.outposts()) {
                stations.add(new ScenarioDay.Station(o.siteId(), o.couriers()));
            }
        }
        List<Courier> couriers = ScenarioDay.couriers(scenario, stations);
        return timeDependent(travel.tables(), travel.points().hubIndex(), scenario.hub().cutoffSeconds(), couriers)
                .withModel(travel.model(), travel.points().locations(), travel.courierTypes(), travel.congestion());
    }

    /**
     * As {@link #forScenario(Scenario, ScenarioTravel, StationingPlan)}, the travel built here
     * (a road network file resolved against the working folder).
     *
     * @param scenario the scenario, validated
     * @param plan     a stationing plan made for this scenario, or null for all couriers at the hub
     * @return the fleet
     * @throws IllegalArgumentException as {@link TravelModels#travel} and {@link #forScenario(Scenario, ScenarioTravel, StationingPlan)}
     */
    public static Fleet forScenario(Scenario scenario, StationingPlan plan) {
        return forScenario(scenario, TravelModels.travel(scenario, null), plan);
    }

    /**
     * A builder holding every component of this fleet, to copy it with some components changed
     * (no component is lost, unlike a positional rebuild).
     *
     * @return a builder preset with this fleet's components
     */
    public Builder toBuilder() {
        return new Builder(this);
    }


    /** Builds a {@link Fleet} one named component at a time; {@link #build()} validates as the constructor. */
    public static final class Builder {
        private TravelTimes travel;
        private int hubPoint;
        private int cutoffSecond;
        private List<Courier> couriers;
        private TravelModel model;
        private List<Location> points;
        private TravelTables tables;
        private List<CourierType> courierTypes;
        private Congestion congestion;

        private Builder(Fleet r) {
            travel = r.travel;
            hubPoint = r.hubPoint;
            cutoffSecond = r.cutoffSecond;
            couriers = r.couriers;
            model = r.model;
            points = r.points;
            tables = r.tables;
            courierTypes = r.courierTypes;
            congestion = r.congestion;
        }

        /**
         * Sets {@code travel}.
         *
         * @param value travel seconds and metres between all points
         * @return this builder
         */
        public Builder travel(TravelTimes value) {
            travel = value;
            return this;
        }

        /**
         * Sets {@code hubPoint}.
         *
         * @param value index of the hub in {@code travel}
         * @return this builder
         */
        public Builder hubPoint(int value) {
            hubPoint = value;
            return this;
        }

        /**
         * Sets {@code cutoffSecond}.
         *
         * @param value latest hub arrival, seconds since the start of the day
         * @return this builder
         */
        public Builder cutoffSecond(int value) {
            cutoffSecond = value;
            return this;
        }

        /**
         * Sets {@code couriers}.
         *
         * @param value the couriers at the start
         * @return this builder
         */
        public Builder couriers(List<Courier> value) {
            couriers = value;
            return this;
        }

        /**
         * Sets {@code model}.
         *
         * @param value the model that built {@code travel}, or null
         * @return this builder
         */
        public Builder model(TravelModel value) {
            model = value;
            return this;
        }

        /**
         * Sets {@code points}.
         *
         * @param value the location of each point of {@code travel}, or null
         * @return this builder
         */
        public Builder points(List<Location> value) {
            points = value;
            return this;
        }

        /**
         * Sets {@code tables}.
         *
         * @param value the time-of-day tables per courier profile, or null
         * @return this builder
         */
        public Builder tables(TravelTables value) {
            tables = value;
            return this;
        }

        /**
         * Sets {@code courierTypes}.
         *
         * @param value the courier types the tables were built for, or null
         * @return this builder
         */
        public Builder courierTypes(List<CourierType> value) {
            courierTypes = value;
            return this;
        }

        /**
         * Sets {@code congestion}.
         *
         * @param value the congestion the tables were built with, or null
         * @return this builder
         */
        public Builder congestion(Congestion value) {
            congestion = value;
            return this;
        }

        /**
         * The fleet with the components set so far.
         *
         * @return the fleet
         */
        public Fleet build() {
            return new Fleet(travel, hubPoint, cutoffSecond, couriers, model, points, tables, courierTypes, congestion);
        }
    }
}
