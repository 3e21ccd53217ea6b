package dev.outpost.city;

import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.model.TravelSpec;
import java.util.List;

/**
 * A generated town: the scenario, plus what the scenario itself does not carry but maps,
 * reports and tests want: the river and its bridges, and the districts.
 *
 * @param scenario  the scenario (travel: an inline {@link TravelSpec.Road})
 * @param river     the river's centreline, west to east, about every 50 m; a polyline in
 *                  longitude/latitude (x/y) that no road edge except a bridge touches
 * @param bridges   the road edges that cross the river, as they appear in the scenario
 * @param districts the districts, Old Town first, villages last
 */
public record GeneratedCity(
        Scenario scenario,
        List<Location> river,
        List<TravelSpec.RoadEdge> bridges,
        List<District> districts) {

    /**
     * Copies the lists (the city is immutable).
     *
     * @param scenario  the scenario (travel: an inline {@link TravelSpec.Road})
     * @param river     the river's centreline, west to east
     * @param bridges   the road edges that cross the river
     * @param districts the districts, Old Town first, villages last
     */
    public GeneratedCity {
        river = List.copyOf(river);
        bridges = List.copyOf(bridges);
        districts = List.copyOf(districts);
    }

    /** {@return the scenario's inline road network} */
    public TravelSpec.Road road() {
        return (TravelSpec.Road) scenario.travel();
    }
}
