package dev.outpost.stationing;

import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.List;
import java.util.Objects;

/**
 * The travel a stationing plan is built on: one static table, that of the couriers stationed (a
 * courier type's profile) at one time of day. Stationing places couriers for the whole day, so it
 * plans for a chosen hour, by default the peak (the slice of the service day whose table has the
 * highest mean travel time, {@link TravelModels#servicePeakSecond}); the table is that slice's
 * table ({@link TravelTables#timesAt}), every leg at that slice's speeds.
 *
 * <p>Default courier type: the type with the most couriers (the earliest in the scenario on ties),
 * because most of the plan's couriers drive like it. For a scenario without congestion (or a
 * straight-line or matrix one) every hour gives the same table and {@link #timeDependent()} is false.
 *
 * @param courierTypeId the courier type whose profile the table uses
 * @param basis         how the time of day was chosen
 * @param second        the time of day the table is for, seconds since 00:00 (0 for {@link Basis#FREE_FLOW})
 * @param timeDependent true when the scenario's tables change with the time of day
 * @param times         the static table between the scenario's points ({@link ScenarioPoints})
 */
public record StationingTravel(String courierTypeId, Basis basis, int second, boolean timeDependent,
        TravelTimes times) {

    /** How the time of day of the table was chosen. */
    public enum Basis {
        /** The peak slice of the service day (the default). */
        PEAK,
        /** A chosen hour. */
        HOUR,
        /** No congestion at all: the courier type's free-flow table. */
        FREE_FLOW
    }

    /**
     * @throws NullPointerException when an id, the basis or the table is null
     */
    public StationingTravel {
        Objects.requireNonNull(courierTypeId, "courierTypeId");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(times, "times");
    }

    /**
     * The courier type with the most couriers, the earliest in the scenario on ties.
     *
     * @param scenario the scenario
     * @return its most numerous courier type
     * @throws IllegalArgumentException when the scenario has no courier type
     */
    public static CourierType mostNumerous(Scenario scenario) {
        CourierType best = null;
        for (CourierType t : scenario.courierTypes()) {
            if (best == null || t.count() > best.count()) {
                best = t;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("The scenario '" + scenario.name()
                    + "' has no courier type; add one to station couriers.");
        }
        return best;
    }

    /**
     * The table for {@code courierType} chosen by {@code basis}: at the peak of the service day, at
     * {@code second}, or at free flow.
     *
     * @param scenario    the scenario
     * @param model       the scenario's travel model for {@code courierType} ({@link TravelModels#forScenario})
     * @param courierType the courier type stationed
     * @param basis       how the time of day is chosen
     * @param second      seconds since 00:00 (0 to 86,399) for {@link Basis#HOUR}, ignored otherwise
     * @return the chosen travel
     * @throws IllegalArgumentException when {@code second} is outside the day, or as {@link TravelModel#tables}
     */
    public static StationingTravel of(Scenario scenario, TravelModel model, CourierType courierType, Basis basis,
            int second) {
        ScenarioPoints points = ScenarioPoints.of(scenario);
        TravelTables tables = model.tables(points.ids(), points.locations(), List.of(courierType),
                TravelModels.congestion(scenario));
        return of(scenario, tables, courierType.id(), basis, second);
    }

    /**
     * As {@link #of(Scenario, TravelModel, CourierType, Basis, int)}, on tables already built for the
     * scenario's points (for example {@link TravelModels#tables}, one profile per courier type), so a
     * caller that also simulates on them builds them once.
     *
     * @param scenario      the scenario
     * @param tables        travel tables between the scenario's points ({@link ScenarioPoints})
     * @param courierTypeId the courier type stationed: a profile id of {@code tables}
     * @param basis         how the time of day is chosen
     * @param second        seconds since 00:00 (0 to 86,399) for {@link Basis#HOUR}, ignored otherwise
     * @return the chosen travel
     * @throws IllegalArgumentException when {@code second} is outside the day or {@code courierTypeId} is not a profile of {@code tables}
     */
    public static StationingTravel of(Scenario scenario, TravelTables tables, String courierTypeId, Basis basis,
            int second) {
        if (basis == Basis.HOUR && (second < 0 || second >= TravelTables.DAY_SECONDS)) {
            throw new IllegalArgumentException("The hour (" + second + " s) is outside the day; give 00:00 to 23:59.");
        }
        int p = tables.profileIndex(courierTypeId);
        if (p < 0) {
            throw new IllegalArgumentException("The courier type ('" + courierTypeId + "') is not a profile of the tables "
                    + tables.profileIds() + "; use one of them.");
        }
        boolean timeDependent = tables.isTimeDependent(p);
        return switch (basis) {
            case FREE_FLOW -> new StationingTravel(courierTypeId, basis, 0, timeDependent, tables.freeFlow(p));
            case HOUR -> new StationingTravel(courierTypeId, basis, second, timeDependent, tables.timesAt(p, second));
            case PEAK -> {
                int at = TravelModels.servicePeakSecond(scenario, tables, p);
                yield new StationingTravel(courierTypeId, basis, at, timeDependent, tables.timesAt(p, at));
            }
        };
    }

    /**
     * The hour as {@code HH:MM}, or {@code free-flow}.
     *
     * @return {@link #second()} as hours and minutes, or {@code free-flow} for {@link Basis#FREE_FLOW}
     */
    public String hour() {
        return basis == Basis.FREE_FLOW ? "free-flow"
                : String.format(java.util.Locale.ROOT, "%02d:%02d", second / 3600, second / 60 % 60);
    }
}
