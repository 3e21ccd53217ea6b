package dev.outpost.bench;

import dev.outpost.model.Congestion;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Location;
import dev.outpost.model.RoadProfile;
import dev.outpost.model.TimeWindow;
import dev.outpost.travel.road.RoadNetwork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Courier profiles and congestion for the travel benchmarks on any {@link RoadGraph}: two profiles
 * (a scooter capped at 45 km/h, a van at 0.8 of the speed on the minor class) and 48 half-hour
 * slices with a morning and an evening peak on the major classes.
 */
final class TravelProfilesSetup {

    /** Major classes (congested at the peaks): the grid's arterials, OSM's main roads. */
    private static final List<String> MAJOR = List.of("arterial", "motorway", "trunk", "primary", "secondary");
    /** Minor classes (the van is slower there): the grid's local streets, OSM's residential streets. */
    private static final List<String> MINOR = List.of("local", "residential", "living_street", "service");
    private static final double[] PEAK = {0.8, 0.6, 0.5, 0.5, 0.7};

    private TravelProfilesSetup() {
    }

    /** The two courier types, with profiles naming only classes {@code network} has. */
    static List<CourierType> courierTypes(RoadNetwork network) {
        Map<String, Double> vanFactors = new LinkedHashMap<>();
        for (String c : MINOR) {
            if (network.roadClasses().contains(c)) {
                vanFactors.put(c, 0.8);
            }
        }
        TimeWindow day = new TimeWindow(7 * 3600, 19 * 3600);
        return List.of(
                new CourierType("scooter", 1, 25, 6, day, List.of(), 0, 0, new RoadProfile(45.0, Map.of(), List.of())),
                new CourierType("van", 1, 30, 60, day, List.of(), 0, 0, new RoadProfile(null, vanFactors, List.of())));
    }

    /** 48 slices of 30 minutes; peaks 07:00-09:30 and 16:00-18:30 on the major classes {@code network} has. */
    static Congestion congestion(RoadNetwork network) {
        Map<String, List<Double>> factors = new LinkedHashMap<>();
        for (String c : MAJOR) {
            if (network.roadClasses().contains(c)) {
                List<Double> day = new ArrayList<>(Collections.nCopies(48, 1.0));
                for (int i = 0; i < PEAK.length; i++) {
                    day.set(14 + i, PEAK[i]);
                    day.set(32 + i, PEAK[i]);
                }
                factors.put(c, day);
            }
        }
        return new Congestion(30, factors);
    }

    /** {@code size} points, seed 42, uniform in the network's bounding box. */
    static List<Location> points(RoadNetwork network, int size) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < network.nodeCount(); v++) {
            minX = Math.min(minX, network.x(v));
            maxX = Math.max(maxX, network.x(v));
            minY = Math.min(minY, network.y(v));
            maxY = Math.max(maxY, network.y(v));
        }
        Random random = new Random(42);
        List<Location> points = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            points.add(point(network.coordinateSystem(), minX + random.nextDouble() * (maxX - minX),
                    minY + random.nextDouble() * (maxY - minY)));
        }
        return points;
    }

    static List<String> ids(int size) {
        List<String> ids = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ids.add("p" + i);
        }
        return ids;
    }

    /** A point from the network's x/y view: (longitude, latitude) when geographic, planar x and y otherwise. */
    static Location point(CoordinateSystem cs, double x, double y) {
        return cs == CoordinateSystem.GEOGRAPHIC ? Location.ofLatLon(y, x) : Location.planar(x, y);
    }
}
