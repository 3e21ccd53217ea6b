package dev.outpost.city;

import dev.outpost.model.Congestion;
import dev.outpost.model.RoadProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The road classes of the synthetic town, how its two courier types drive them, and its rush hours.
 *
 * <p>Classes: {@link #OLD_TOWN} streets (30 km/h), {@link #PEDESTRIAN} lanes (the Old Town's
 * north-south streets in every other grid column, 30 km/h), {@link #LOCAL} streets (40),
 * {@link #ARTERIAL}s (50, 60 in the suburbs), the {@link #RING} road (70), the {@link #BRIDGE}s
 * (50; the two ring-road bridges 70), the {@link #COUNTRY} roads (80) and the {@link #VILLAGE}
 * lanes (30).
 *
 * <p>Profiles: a scooter is capped at 45 km/h (slower than a van on the ring, the country roads
 * and the ring bridges) and rides the pedestrian lanes at half speed; a van takes the Old Town's
 * narrow streets at 0.7 of their speed (21 km/h, slower than a scooter) and may not use the
 * pedestrian lanes.
 *
 * <p>Congestion, 30-minute slices: a morning peak from 07:00 to 09:30 and an evening peak from
 * 16:00 to 18:30 on the ring road (down to 0.5 of its speed) and on the bridges (down to 0.4);
 * free flow otherwise.
 */
final class CityTraffic {

    static final String OLD_TOWN = "old_town";
    static final String PEDESTRIAN = "pedestrian";
    static final String LOCAL = "local";
    static final String ARTERIAL = "arterial";
    static final String RING = "ring";
    static final String BRIDGE = "bridge";
    static final String COUNTRY = "country";
    static final String VILLAGE = "village";

    /** Scooters: capped at 45 km/h, half speed in the pedestrian lanes. */
    static final RoadProfile SCOOTER = new RoadProfile(45.0, Map.of(PEDESTRIAN, 0.5), List.of());

    /** Vans: 0.7 of the speed in the Old Town's streets, barred from the pedestrian lanes. */
    static final RoadProfile VAN = new RoadProfile(null, Map.of(OLD_TOWN, 0.7), List.of(PEDESTRIAN));

    static final int SLICE_MINUTES = 30;

    /** Ring-road factors from 07:00, one per half hour, for the morning peak; the evening peak starts at 16:00. */
    private static final double[] RING_PEAK = {0.8, 0.55, 0.5, 0.5, 0.7};
    /** Bridge factors, same slices. */
    private static final double[] BRIDGE_PEAK = {0.7, 0.45, 0.4, 0.4, 0.6};
    private static final int MORNING_SLICE = 14;
    private static final int EVENING_SLICE = 32;

    private CityTraffic() {
    }

    /** The town's rush hours: 48 half-hour slices, peaks on {@link #RING} and {@link #BRIDGE}. */
    static Congestion congestion() {
        Map<String, List<Double>> factors = new LinkedHashMap<>();
        factors.put(RING, day(RING_PEAK));
        factors.put(BRIDGE, day(BRIDGE_PEAK));
        return new Congestion(SLICE_MINUTES, factors);
    }

    private static List<Double> day(double[] peak) {
        List<Double> slices = new ArrayList<>(Collections.nCopies(Congestion.DAY_MINUTES / SLICE_MINUTES, 1.0));
        for (int i = 0; i < peak.length; i++) {
            slices.set(MORNING_SLICE + i, peak[i]);
            slices.set(EVENING_SLICE + i, peak[i]);
        }
        return slices;
    }
}
