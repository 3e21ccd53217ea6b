package dev.outpost.travel;

import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.model.TravelSpec;
import dev.outpost.travel.road.RoadNetwork;
import dev.outpost.travel.road.RoadNetworks;
import dev.outpost.travel.road.RoadTravelModel;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds the {@link TravelModel} a scenario's {@link TravelSpec} asks for.
 *
 * <p>How to think about this: the straight-line model depends on the courier type (its speed);
 * the matrix model does not; the road model ({@code dev.outpost.travel.road.RoadTravelModel},
 * built from edge speeds) owns a preprocessed graph and is expensive to build, so callers build
 * it once per scenario and reuse it. Road speeds come from the network's edges, so the road model
 * does not depend on the courier type.
 */
public final class TravelModels {

    private TravelModels() {
    }

    /**
     * The travel model of {@code scenario} for couriers of type {@code courierType}.
     *
     * @param scenario    a validated scenario
     * @param courierType the courier type whose speed the straight-line model uses; must not be
     *                    {@code null} for straight-line scenarios, ignored by the matrix model
     * @throws IllegalArgumentException for a road scenario whose network file cannot be read (a
     *                                  relative file name is resolved against the working folder;
     *                                  use {@link #forScenario(Scenario, CourierType, Path)})
     * @return the travel model of {@code scenario} for couriers of type {@code courierType}
     */
    public static TravelModel forScenario(Scenario scenario, CourierType courierType) {
        return forScenario(scenario, courierType, null);
    }

    /**
     * The travel model of {@code scenario}, resolving a road network file against {@code baseDir}.
     *
     * @param baseDir the scenario file's folder, or {@code null} for the working folder
     * @param scenario the scenario
     * @param courierType the courier type whose profile is used
     * @throws IllegalArgumentException for a road network that cannot be read, naming the file or
     *                                  the inline element and the reason
     * @return the travel model of {@code scenario}, resolving a road network file against {@code baseDir}
     */
    public static TravelModel forScenario(Scenario scenario, CourierType courierType, Path baseDir) {
        TravelSpec spec = scenario.travel();
        if (spec instanceof TravelSpec.StraightLine line) {
            if (courierType == null) {
                throw new IllegalArgumentException("The courier type is null; the straight-line model needs its speed.");
            }
            return new StraightLineTravelModel(scenario.coordinates(), line.detourFactor(), courierType.speedKmh());
        }
        if (spec instanceof TravelSpec.Matrix matrix) {
            return new MatrixTravelModel(matrix);
        }
        if (spec instanceof TravelSpec.Road road) {
            return road(scenario, road, baseDir);
        }
        throw new IllegalArgumentException("The travel spec (" + spec + ") is not supported.");
    }

    /**
     * The travel tables of {@code scenario} between {@code pointIds}/{@code points}: one profile per
     * courier type, in the scenario's order, and the road network's congestion when it has one.
     * Phase 2 feeds these to the routing kernel ({@link TravelTables#legSeconds}) and to stationing
     * ({@link TravelTables#timesAt} at {@link TravelTables#peakSecond}).
     *
     * @param baseDir the scenario file's folder, or {@code null} for the working folder
     * @param scenario the scenario
     * @param pointIds the point ids, in index order
     * @param points the point locations, in index order
     * @throws IllegalArgumentException as {@link #forScenario(Scenario, CourierType, Path)}, or when
     *                                  a road profile or the congestion names an unknown road class
     * @return the travel tables of {@code scenario} between {@code pointIds}/{@code points}: one profile per courier type, in the scenario's order, and the road network's congestion when it has one
     */
    public static TravelTables tables(Scenario scenario, Path baseDir, java.util.List<String> pointIds,
            java.util.List<dev.outpost.model.Location> points) {
        TravelModel model = forScenario(scenario, scenario.courierTypes().get(0), baseDir);
        return model.tables(pointIds, points, scenario.courierTypes(), congestion(scenario));
    }

    /**
     * The travel of {@code scenario} kept whole: as {@link #tables(Scenario, Path, java.util.List, java.util.List)}
     * over the scenario's points ({@link ScenarioPoints#of}), with the model, the points, the courier
     * types and the congestion, so that a live dispatcher can add points for new locations.
     *
     * @param scenario the scenario
     * @param baseDir  the scenario file's folder, or {@code null} for the working folder
     * @return the model, the points and the tables
     * @throws IllegalArgumentException as {@link #tables(Scenario, Path, java.util.List, java.util.List)}
     */
    public static ScenarioTravel travel(Scenario scenario, Path baseDir) {
        ScenarioPoints points = ScenarioPoints.of(scenario);
        TravelModel model = forScenario(scenario, scenario.courierTypes().get(0), baseDir);
        dev.outpost.model.Congestion congestion = congestion(scenario);
        TravelTables tables = model.tables(points.ids(), points.locations(), scenario.courierTypes(), congestion);
        return new ScenarioTravel(model, points, tables, scenario.courierTypes(), congestion);
    }

    /**
     * The start second of the peak slice of {@code profile} within {@code scenario}'s service day
     * (the slice whose table has the highest mean travel time; the earliest on ties): the hour a
     * stationing plan is built for by default. For static tables, the service day's start.
     *
     * @param scenario the scenario whose service day bounds the search
     * @param tables   the scenario's travel tables
     * @param profile  the profile index in {@code tables}
     * @return seconds since 00:00
     */
    public static int servicePeakSecond(Scenario scenario, TravelTables tables, int profile) {
        int start = scenario.horizon().serviceDay().startSeconds();
        int end = Math.min(TravelTables.DAY_SECONDS, Math.max(start + 1, scenario.horizon().serviceDay().endSeconds()));
        return tables.peakSecond(profile, Math.min(start, end - 1), end);
    }

    /**
     * The congestion of {@code scenario}'s road network, or {@code null} (none, or not a road model).
     *
     * @param scenario the scenario
     * @return the congestion of {@code scenario}'s road network, or {@code null} (none, or not a road model)
     */
    public static dev.outpost.model.Congestion congestion(Scenario scenario) {
        return scenario.travel() instanceof TravelSpec.Road road ? road.congestion() : null;
    }

    private static TravelModel road(Scenario scenario, TravelSpec.Road road, Path baseDir) {
        RoadNetwork network;
        try {
            network = RoadNetworks.fromSpec(road, baseDir, scenario.coordinates());
        } catch (IOException e) {
            throw new IllegalArgumentException("The road network of scenario '" + scenario.name()
                    + "' cannot be built: " + e.getMessage(), e);
        }
        return RoadTravelModel.of(network);
    }
}
