package dev.outpost.travel;

import dev.outpost.model.Location;
import java.util.Collections;
import java.util.List;

/** The contract on an asymmetric matrix with a one-way trap, queried in a shuffled order. */
class MatrixTravelModelContractTest extends TravelModelContractTest {
    @Override
    protected TravelModel model() {
        return new MatrixTravelModel(MatrixTravelModelTest.matrix());
    }

    @Override
    protected List<String> ids() {
        return List.of("d", "a", "e", "c", "b");
    }

    @Override
    protected List<Location> points() {
        return Collections.nCopies(5, Location.planar(0, 0));
    }

    @Override
    protected int triangleSlack() {
        return -1;
    }

    @Override
    protected boolean placesLocations() {
        return false;
    }
}
