package dev.outpost.travel;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random points around a town centre (geographic). */
class StraightLineGeographicContractTest extends TravelModelContractTest {
    private final List<Location> points = new ArrayList<>();

    StraightLineGeographicContractTest() {
        Random random = new Random(42);
        for (int i = 0; i < 30; i++) {
            points.add(Location.ofLatLon(50.0 + random.nextDouble() * 0.2, 14.3 + random.nextDouble() * 0.3));
        }
    }

    @Override
    protected TravelModel model() {
        return new StraightLineTravelModel(CoordinateSystem.GEOGRAPHIC, 1.3, 25);
    }

    @Override
    protected List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            ids.add("p" + i);
        }
        return ids;
    }

    @Override
    protected List<Location> points() {
        return points;
    }

    @Override
    protected int triangleSlack() {
        return 1;
    }
}
