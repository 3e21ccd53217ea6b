package dev.outpost.io;

import static dev.outpost.io.FieldChecks.atLeast;
import static dev.outpost.io.FieldChecks.atMost;

import dev.outpost.io.Findings.Section;
import dev.outpost.model.Congestion;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Limits;
import dev.outpost.model.TravelSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The road model ({@code $.travel} with {@code "model": "road"}): a named network file, or an
 * inline network whose nodes are unique and placed and whose edges join known nodes with lengths
 * and speeds in range and named road classes; its congestion divides the day into slices with one
 * positive factor per slice for each known road class.
 */
final class RoadNetworkValidator {

    private final CoordinateSystem cs;

    /** @param cs the scenario's coordinate system */
    RoadNetworkValidator(CoordinateSystem cs) {
        this.cs = cs;
    }

    /** Largest accepted {@code travel.maxWalkMetres}: 50 km (10 h at walking pace). */
    static final double MAX_WALK_METRES = 50_000;

    /** Checks a road spec. */
    void check(TravelSpec.Road road, Findings findings) {
        Double walk = road.maxWalkMetres();
        if (walk != null && (!Double.isFinite(walk) || walk <= 0 || walk > MAX_WALK_METRES)) {
            findings.problem("$.travel.maxWalkMetres", "The walking limit (" + OutpostJson.number(walk)
                    + ") must be a number of metres above 0 and at most " + (int) MAX_WALK_METRES + " (default "
                    + (int) TravelSpec.Road.DEFAULT_MAX_WALK_METRES + ").");
        }
        boolean inline = road.file() == null;
        if (!inline && road.file().isBlank()) {
            findings.problem("$.travel.file", "The road network file name is blank; name an .osm, .osm.gz or .csv file.");
        }
        if (inline && road.nodes().isEmpty()) {
            findings.problem("$.travel.nodes", "The inline road network has no nodes.");
        }
        Map<Long, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; inline && i < road.nodes().size(); i++) {
            TravelSpec.RoadNode node = road.nodes().get(i);
            String path = "$.travel.nodes[" + i + "]";
            Integer first = nodeIndex.putIfAbsent(node.id(), i);
            if (first != null) {
                findings.problem(path + ".id", "The node id " + node.id() + " is already used at $.travel.nodes["
                        + first + "]; node ids must be unique.");
            }
            FieldChecks.location(node.location(), path, cs, findings);
        }
        for (int i = 0; i < road.edges().size(); i++) {
            edge(road.edges().get(i), "$.travel.edges[" + i + "]", inline, nodeIndex, findings);
        }
        congestion(road, findings);
    }

    private static void edge(TravelSpec.RoadEdge edge, String path, boolean inline, Map<Long, Integer> nodeIndex,
            Findings findings) {
        if (inline) {
            if (!nodeIndex.containsKey(edge.from())) {
                findings.problem(path + ".from", "The node " + edge.from() + " is not among the nodes.");
            }
            if (!nodeIndex.containsKey(edge.to())) {
                findings.problem(path + ".to", "The node " + edge.to() + " is not among the nodes.");
            }
            if (!Double.isFinite(edge.metres()) || edge.metres() < 0) {
                findings.problem(path + ".metres", "The length (" + OutpostJson.number(edge.metres())
                        + " m) must be a non-negative number.");
            }
            if (!Double.isFinite(edge.speedKmh()) || edge.speedKmh() <= 0) {
                findings.problem(path + ".speedKmh", "The speed (" + OutpostJson.number(edge.speedKmh())
                        + " km/h) must be a positive number.");
            }
        }
        atMost(edge.metres(), Limits.MAX_METRES, path + ".metres", "length (m)", findings);
        atMost(edge.speedKmh(), Limits.MAX_SPEED_KMH, path + ".speedKmh", "speed (km/h)", findings);
        atLeast(edge.speedKmh(), Limits.MIN_SPEED_KMH, path + ".speedKmh", "speed (km/h)", findings);
        String roadClass = edge.roadClass();
        if (roadClass != null && roadClass.isBlank()) {
            findings.add(Section.ROAD_CLASSES, path + ".roadClass", "The road class is blank;"
                    + " name it, or leave the field out for '" + TravelSpec.RoadEdge.DEFAULT_ROAD_CLASS + "'.");
        }
    }

    /** Slice length divides the day; one finite positive factor per slice for each known road class. */
    private static void congestion(TravelSpec.Road road, Findings findings) {
        Congestion congestion = road.congestion();
        if (congestion == null) {
            return;
        }
        String path = "$.travel.congestion";
        int minutes = congestion.sliceMinutes();
        if (minutes <= 0 || Congestion.DAY_MINUTES % minutes != 0) {
            findings.add(Section.CONGESTION, path + ".sliceMinutes", "The slice length (" + minutes
                    + " minutes) must divide a day (1440 minutes); for example 15, 30 or 60.");
            return;
        }
        Set<String> known = roadClasses(road);
        int slices = Congestion.DAY_MINUTES / minutes;
        congestion.factors().forEach((roadClass, factors) -> {
            String at = path + ".factors." + roadClass;
            knownClass(roadClass, known, at, Section.CONGESTION, findings);
            if (factors.size() != slices) {
                findings.add(Section.CONGESTION, at, "The road class has " + factors.size()
                        + " factors; give one per slice of " + minutes + " minutes from 00:00 (" + slices + ").");
            }
            for (int s = 0; s < factors.size(); s++) {
                Double f = factors.get(s);
                if (f == null || !Double.isFinite(f) || f <= 0) {
                    findings.add(Section.CONGESTION, at + "[" + s + "]", "The speed factor (" + (f == null ? "null"
                            : OutpostJson.number(f)) + ") must be a positive number (1 is free flow).");
                }
            }
        });
    }

    /**
     * The road classes a scenario's travel spec has: the classes of its inline edges; {@code null}
     * for a network file (its classes are checked when the network is read) or a scenario whose
     * travel could not be read; the empty set for a model without roads.
     */
    static Set<String> roadClasses(TravelSpec travel) {
        if (travel instanceof TravelSpec.Road road) {
            if (road.file() != null) {
                return null;
            }
            Set<String> classes = new TreeSet<>();
            road.edges().forEach(e -> classes.add(e.roadClassOrDefault()));
            return classes;
        }
        return travel == null ? null : Set.of();
    }

    /**
     * A road class named by a road profile or the congestion is not blank and is one of the
     * network's ({@code known}; {@code null}: not known here, not checked).
     */
    static void knownClass(String roadClass, Set<String> known, String path, Section section, Findings findings) {
        if (roadClass == null || roadClass.isBlank()) {
            findings.add(section, path, "The road class is blank; name a class of the road network.");
        } else if (known != null && !known.contains(roadClass)) {
            findings.add(section, path, known.isEmpty()
                    ? "The road class (" + roadClass + ") needs a road network; road profiles and congestion apply"
                            + " to the road model only: remove it or use \"model\": \"road\"."
                    : Hints.unknown("road class", roadClass, List.copyOf(known)));
        }
    }
}
