package dev.outpost.travel;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import java.util.List;

/** A planar grid with collinear points, where the triangle inequality is tight. */
class StraightLinePlanarContractTest extends TravelModelContractTest {
    @Override
    protected TravelModel model() {
        return new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.0, 3.6);
    }

    @Override
    protected List<String> ids() {
        return List.of("a", "b", "c", "d", "e", "f");
    }

    @Override
    protected List<Location> points() {
        return List.of(Location.planar(0, 0), Location.planar(3, 0), Location.planar(3, 4), Location.planar(6, 0),
                Location.planar(1.5, 2), Location.planar(-7.25, 11));
    }

    @Override
    protected int triangleSlack() {
        return 1;
    }
}
