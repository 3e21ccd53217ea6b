package dev.outpost.travel;

import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.model.TravelSpec;

/**
 * Builds the {@link TravelModel} a scenario's {@link TravelSpec} asks for.
 *
 * <p>How to think about this: the straight-line model depends on the courier type (its speed);
 * the matrix model does not; the road model ({@code dev.outpost.travel.road.RoadTravelModel},
 * built from edge speeds) owns a preprocessed graph and is expensive to build, so callers build
 * it once per scenario and reuse it. The road case is the extension point: it is wired in
 * {@link #road(Scenario, TravelSpec.Road, CourierType)}.
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
     * @throws UnsupportedOperationException for a road scenario until the road model is wired in
     */
    public static TravelModel forScenario(Scenario scenario, CourierType courierType) {
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
            return road(scenario, road, courierType);
        }
        throw new IllegalArgumentException("The travel spec (" + spec + ") is not supported.");
    }

    /** Whether {@link #forScenario} can build the model of {@code spec} in this build. */
    public static boolean supports(TravelSpec spec) {
        return !(spec instanceof TravelSpec.Road);
    }

    // Extension point: the road model lives in dev.outpost.travel.road (RoadTravelModel); when it is
    // merged, build it here and make supports() return true for roads.
    private static TravelModel road(Scenario scenario, TravelSpec.Road road, CourierType courierType) {
        throw new UnsupportedOperationException("The road travel model of scenario '" + scenario.name()
                + "' is built by dev.outpost.travel.road.RoadTravelModel, which is not wired into TravelModels yet.");
    }
}
