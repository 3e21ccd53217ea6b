package dev.outpost.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.model.TravelSpec;
import dev.outpost.model.TravelSpec.RoadEdge;
import dev.outpost.model.TravelSpec.RoadNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the generated road network from the outside: only the scenario's nodes and edges and the
 * published river line are used, never the generator's internals.
 */
class CityRoadNetworkTest {

    private static GeneratedCity city(long seed) {
        return seed == CityParameters.DEFAULT_SEED ? DefaultCity.city()
                : CityGenerator.build(CityParameters.defaults().withSeed(seed));
    }

    @ParameterizedTest
    @ValueSource(longs = {CityParameters.DEFAULT_SEED, 1, 2, 3, 99})
    void roadGraphIsStronglyConnected(long seed) {
        Graph<Long, DefaultWeightedEdge> graph = graph(city(seed).road());
        assertTrue(new KosarajuStrongConnectivityInspector<>(graph).isStronglyConnected(),
                "seed " + seed + ": the road graph is not strongly connected");
        assertTrue(graph.vertexSet().size() > 2000 && graph.vertexSet().size() < 4500,
                "seed " + seed + ": " + graph.vertexSet().size() + " nodes, expected a few thousand");
    }

    /** The benchmark-size network (opt-in: {@code -Doutpost.large=true}; about 10 s). */
    @Test
    @EnabledIfSystemProperty(named = "outpost.large", matches = "true")
    void aThirtyKilometreTownHasAHundredThousandNodes() {
        TravelSpec.Road road = CityGenerator.build(CityParameters.defaults().withRadiusKm(30)).road();
        assertTrue(road.nodes().size() >= 100_000, road.nodes().size() + " nodes");
        assertTrue(new KosarajuStrongConnectivityInspector<>(graph(road)).isStronglyConnected());
    }

    @ParameterizedTest
    @ValueSource(longs = {CityParameters.DEFAULT_SEED, 1, 2, 3, 99})
    void onlyTheBridgesCrossTheRiver(long seed) {
        GeneratedCity city = city(seed);
        TreeMap<Long, Location> nodes = nodes(city.road());
        Set<List<Long>> bridges = new HashSet<>();
        for (RoadEdge bridge : city.bridges()) {
            bridges.add(List.of(bridge.from(), bridge.to()));
        }
        int crossing = 0;
        for (RoadEdge edge : city.road().edges()) {
            boolean crosses = crossesLine(nodes.get(edge.from()), nodes.get(edge.to()), city.river());
            boolean isBridge = bridges.contains(List.of(edge.from(), edge.to()));
            assertEquals(isBridge, crosses, "seed " + seed + ": edge " + edge.from() + "->" + edge.to()
                    + (isBridge ? " is a bridge but does not cross the river" : " crosses the river but is no bridge"));
            crossing += crosses ? 1 : 0;
        }
        assertEquals(CityParameters.defaults().bridges(), crossing, "seed " + seed);
        assertEquals(CityParameters.defaults().bridges(), city.bridges().size(), "seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void bridgeCountFollowsTheParameter(int bridgeCount) {
        GeneratedCity city = CityGenerator.build(CityParameters.defaults().withBridges(bridgeCount));
        TreeMap<Long, Location> nodes = nodes(city.road());
        long crossing = city.road().edges().stream()
                .filter(e -> crossesLine(nodes.get(e.from()), nodes.get(e.to()), city.river())).count();
        assertEquals(bridgeCount, crossing);
        assertEquals(bridgeCount, city.bridges().size());
    }

    /**
     * Halfway between two neighbouring bridges, the junctions nearest the river on either bank face
     * each other a few hundred metres apart, but the road between them runs to a bridge and back.
     */
    @ParameterizedTest
    @ValueSource(longs = {CityParameters.DEFAULT_SEED, 1, 2})
    void theRiverMakesStraightLinesMislead(long seed) {
        GeneratedCity city = city(seed);
        TreeMap<Long, Location> nodes = nodes(city.road());
        Graph<Long, DefaultWeightedEdge> graph = graph(city.road());
        DijkstraShortestPath<Long, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(graph);
        List<Double> bridgeLongitudes = city.bridges().stream()
                .map(b -> (nodes.get(b.from()).x() + nodes.get(b.to()).x()) / 2).sorted().toList();
        assertEquals(3, bridgeLongitudes.size());
        for (int b = 0; b + 1 < bridgeLongitudes.size(); b++) {
            double lon = (bridgeLongitudes.get(b) + bridgeLongitudes.get(b + 1)) / 2;
            Location riverPoint = Location.ofLatLon(riverLatitudeAt(city.river(), lon), lon);
            long north = nearestOnBank(nodes, city.river(), riverPoint, true);
            long south = nearestOnBank(nodes, city.river(), riverPoint, false);
            double straight = metres(nodes.get(north), nodes.get(south));
            double road = dijkstra.getPathWeight(north, south);
            assertTrue(straight < 600, "seed " + seed + ": the banks are " + straight + " m apart");
            assertTrue(road >= 2 * straight, "seed " + seed + ": road " + road + " m vs straight " + straight
                    + " m between " + north + " and " + south);
        }
    }

    /**
     * Over random pairs of clients the road is a little longer than the straight line, as in real
     * towns (detour factors of about 1.2 to 1.4), and for some pairs, across the river, far longer.
     */
    @Test
    void clientDetourFactorsLookLikeARealTown() {
        GeneratedCity city = DefaultCity.city();
        TreeMap<Long, Location> nodes = nodes(city.road());
        DijkstraShortestPath<Long, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(graph(city.road()));
        List<Location> clients = city.scenario().clients().stream().map(c -> c.location()).toList();
        List<Long> snapped = clients.stream().map(c -> nearestNode(nodes, c)).toList();
        SplittableRandom random = new SplittableRandom(1);
        double sum = 0;
        double max = 0;
        int pairs = 0;
        while (pairs < 200) {
            int i = random.nextInt(clients.size());
            int j = random.nextInt(clients.size());
            double straight = metres(clients.get(i), clients.get(j));
            if (straight < 300) {
                continue;
            }
            double ratio = dijkstra.getPathWeight(snapped.get(i), snapped.get(j)) / straight;
            sum += ratio;
            max = Math.max(max, ratio);
            pairs++;
        }
        double mean = sum / pairs;
        assertTrue(mean > 1.1 && mean < 1.6, "mean detour factor " + mean);
        assertTrue(max > 2.5, "largest detour factor " + max);
    }

    @ParameterizedTest
    @ValueSource(longs = {CityParameters.DEFAULT_SEED, 1})
    void edgesHaveHaversineLengthsAndPlausibleSpeeds(long seed) {
        GeneratedCity city = city(seed);
        TreeMap<Long, Location> nodes = nodes(city.road());
        assertEquals(city.road().nodes().size(), nodes.size(), "node ids are not unique");
        Set<Double> speeds = new HashSet<>();
        Set<List<Long>> seen = new HashSet<>();
        for (RoadEdge e : city.road().edges()) {
            assertTrue(nodes.containsKey(e.from()) && nodes.containsKey(e.to()), "edge to an unknown node: " + e);
            assertTrue(seen.add(List.of(Math.min(e.from(), e.to()), Math.max(e.from(), e.to()))), "duplicate edge " + e);
            assertTrue(e.metres() > 0, "edge of no length: " + e);
            assertEquals(metres(nodes.get(e.from()), nodes.get(e.to())), e.metres(), 0.006, "length of " + e);
            assertTrue(e.speedKmh() >= 30 && e.speedKmh() <= 80, "speed of " + e);
            speeds.add(e.speedKmh());
            if (e.oneway()) {
                assertEquals(30.0, e.speedKmh(), "one-way streets are Old Town lanes: " + e);
            }
        }
        assertTrue(speeds.containsAll(List.of(30.0, 40.0, 50.0, 60.0, 70.0, 80.0)), "speeds: " + speeds);
        assertTrue(city.road().edges().stream().anyMatch(RoadEdge::oneway), "no one-way street");
    }

    static TreeMap<Long, Location> nodes(TravelSpec.Road road) {
        TreeMap<Long, Location> nodes = new TreeMap<>();
        for (RoadNode node : road.nodes()) {
            nodes.put(node.id(), node.location());
        }
        return nodes;
    }

    /** The network as a JGraphT graph weighted by metres; a two-way edge gives two arcs. */
    static Graph<Long, DefaultWeightedEdge> graph(TravelSpec.Road road) {
        Graph<Long, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        road.nodes().forEach(n -> graph.addVertex(n.id()));
        for (RoadEdge e : road.edges()) {
            graph.setEdgeWeight(graph.addEdge(e.from(), e.to()), e.metres());
            if (!e.oneway()) {
                graph.setEdgeWeight(graph.addEdge(e.to(), e.from()), e.metres());
            }
        }
        return graph;
    }

    static double metres(Location a, Location b) {
        return CoordinateSystem.GEOGRAPHIC.straightLineMetres(a, b);
    }

    /** The river's latitude at a longitude, linear between its vertices (the line runs west to east). */
    static double riverLatitudeAt(List<Location> river, double longitude) {
        for (int i = 0; i + 1 < river.size(); i++) {
            Location a = river.get(i);
            Location b = river.get(i + 1);
            if (longitude >= a.x() && longitude <= b.x()) {
                return a.y() + (b.y() - a.y()) * (longitude - a.x()) / (b.x() - a.x());
            }
        }
        throw new IllegalArgumentException("The longitude (" + longitude + ") is beyond the river's ends.");
    }

    static boolean isNorthOf(List<Location> river, Location point) {
        return point.y() > riverLatitudeAt(river, point.x());
    }

    private static long nearestNode(TreeMap<Long, Location> nodes, Location point) {
        long best = -1;
        double bestMetres = Double.POSITIVE_INFINITY;
        for (var entry : nodes.entrySet()) {
            double d = metres(entry.getValue(), point);
            if (d < bestMetres) {
                best = entry.getKey();
                bestMetres = d;
            }
        }
        return best;
    }

    private static long nearestOnBank(TreeMap<Long, Location> nodes, List<Location> river, Location point, boolean north) {
        long best = -1;
        double bestMetres = Double.POSITIVE_INFINITY;
        for (var entry : nodes.entrySet()) {
            double d = metres(entry.getValue(), point);
            if (isNorthOf(river, entry.getValue()) == north && d < bestMetres) {
                best = entry.getKey();
                bestMetres = d;
            }
        }
        return best;
    }

    /** Whether segment a-b meets the polyline, in the longitude/latitude plane. */
    static boolean crossesLine(Location a, Location b, List<Location> line) {
        for (int i = 0; i + 1 < line.size(); i++) {
            Location c = line.get(i);
            Location d = line.get(i + 1);
            if (Math.max(c.x(), d.x()) < Math.min(a.x(), b.x()) || Math.min(c.x(), d.x()) > Math.max(a.x(), b.x())) {
                continue;
            }
            double o1 = cross(a, b, c);
            double o2 = cross(a, b, d);
            double o3 = cross(c, d, a);
            double o4 = cross(c, d, b);
            if (o1 * o2 <= 0 && o3 * o4 <= 0) {
                return true;
            }
        }
        return false;
    }

    private static double cross(Location a, Location b, Location c) {
        return Math.signum((b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x()));
    }

    static List<Location> allPoints(GeneratedCity city) {
        List<Location> points = new ArrayList<>();
        city.scenario().clients().forEach(c -> points.add(c.location()));
        city.scenario().sites().forEach(s -> points.add(s.location()));
        points.add(city.scenario().hub().location());
        return points;
    }
}
