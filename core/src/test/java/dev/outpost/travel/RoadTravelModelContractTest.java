package dev.outpost.travel;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.travel.road.RoadTravelModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract on the road model over the default city's network (a river with three bridges and
 * one-way streets): the hub and every tenth client. Seconds obey the triangle inequality exactly
 * (the model rounds up once, after summing); metres follow the fastest path and need not.
 */
class RoadTravelModelContractTest extends TravelModelContractTest {

    private static final Scenario CITY = DefaultCity.scenario();
    private static final TravelModel MODEL = TravelModels.forScenario(CITY, null);

    @Override
    protected TravelModel model() {
        return MODEL;
    }

    @Override
    protected List<String> ids() {
        List<String> ids = new ArrayList<>();
        ids.add(CITY.hub().id());
        for (int c = 0; c < CITY.clients().size(); c += 10) {
            ids.add(CITY.clients().get(c).id());
        }
        return ids;
    }

    @Override
    protected List<Location> points() {
        List<Location> points = new ArrayList<>();
        points.add(CITY.hub().location());
        for (int c = 0; c < CITY.clients().size(); c += 10) {
            points.add(CITY.clients().get(c).location());
        }
        return points;
    }

    @Override
    protected int triangleSlack() {
        return 0;
    }

    @Override
    protected boolean metresObeyTriangle() {
        return false;
    }

    @Test
    void theModelUnderTestIsTheRoadModel() {
        assertInstanceOf(RoadTravelModel.class, MODEL);
    }
}
