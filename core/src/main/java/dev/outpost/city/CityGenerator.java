package dev.outpost.city;

import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Horizon;
import dev.outpost.model.Hub;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.TimeWindow;
import dev.outpost.model.TravelSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a synthetic provincial town as a {@link Scenario}: a road network with a river that
 * few bridges cross, districts of different density, service centres, government offices,
 * candidate sites, a hub and a fleet. See {@link CityParameters} for the knobs and
 * {@link RoadBuilder}, {@link Demand} and {@link Sites} for what is drawn.
 *
 * <p>Deterministic: the only randomness is a {@link SplittableRandom} seeded with
 * {@link CityParameters#seed()}, split once per concern (river, villages, roads, clients, sites,
 * hub) so that, say, a change in the client count leaves the roads unchanged. Nothing depends on
 * the clock or on hash order; equal parameters give equal scenarios.
 *
 * <p>Example: {@code Scenario s = CityGenerator.generate(CityParameters.ofSize(600, 60, 7));}
 */
public final class CityGenerator {

    private static final int HOUR = 3600;

    private CityGenerator() {
    }

    /**
     * The town for a size and seed: {@code generate(CityParameters.ofSize(clients, sites, seed))}.
     *
     * @param clients total clients (offices and service centres), at least 1
     * @param sites   candidate sites, at least 1
     * @param seed    the seed
     * @return the scenario
     */
    public static Scenario generate(int clients, int sites, long seed) {
        return generate(CityParameters.ofSize(clients, sites, seed));
    }

    /**
     * The town's scenario.
     *
     * @param parameters what to build, not {@code null}
     * @return the scenario, with an inline road network
     * @throws IllegalStateException    if the network drawn is broken (should not happen for valid
     *                                  parameters; the message says what broke)
     * @throws IllegalArgumentException if the town has too few streets for the clients or sites
     */
    public static Scenario generate(CityParameters parameters) {
        return build(parameters).scenario();
    }

    /**
     * The town with its river, bridges and districts. Runs in about linear time in the road
     * nodes plus (clients + sites) times the service centres and sites placed.
     *
     * @param parameters what to build, not {@code null}
     * @return the town
     */
    public static GeneratedCity build(CityParameters parameters) {
        SplittableRandom root = new SplittableRandom(parameters.seed());
        SplittableRandom riverRandom = root.split();
        SplittableRandom villageRandom = root.split();
        SplittableRandom roadRandom = root.split();
        SplittableRandom clientRandom = root.split();
        SplittableRandom siteRandom = root.split();
        SplittableRandom hubRandom = root.split();

        double radius = parameters.radiusMetres();
        River river = River.meander(riverRandom, radius, 2.5 * radius);
        List<double[]> villageCentres = RoadBuilder.placeVillages(parameters.villages(), radius, villageRandom);
        Districts districts = new Districts(radius, villageCentres);
        RoadSketch roads = drawRoads(parameters, river, districts, villageCentres, roadRandom);

        LocalFrame frame = new LocalFrame(parameters.centreLatitude(), parameters.centreLongitude());
        List<Client> clients = new Demand(roads, districts, frame, clientRandom, radius)
                .clients(parameters.serviceCentres(), parameters.governmentOffices(), parameters.villages());
        List<Site> sites = Sites.withCurrentBranches(new Sites(roads, districts, frame, siteRandom, radius)
                .sites(parameters.candidateSites()), parameters.scooters() + parameters.vans());
        Hub hub = hub(roads, frame, hubRandom, radius);

        List<TravelSpec.RoadNode> nodes = new ArrayList<>();
        for (int i = 0; i < roads.nodeCount(); i++) {
            nodes.add(new TravelSpec.RoadNode(i, frame.toLocation(roads.node(i).x(), roads.node(i).y())));
        }
        List<TravelSpec.RoadEdge> edges = new ArrayList<>();
        List<TravelSpec.RoadEdge> bridges = new ArrayList<>();
        for (RoadSketch.Edge e : roads.edges()) {
            TravelSpec.RoadEdge edge = roadEdge(e, nodes);
            edges.add(edge);
            if (e.bridge()) {
                bridges.add(edge);
            }
        }
        Scenario scenario = new Scenario(
                "Synthetic town (seed " + parameters.seed() + ")",
                CoordinateSystem.GEOGRAPHIC,
                clients,
                sites,
                fleet(parameters),
                hub,
                new Horizon(parameters.horizonDays(), new TimeWindow(7 * HOUR, 19 * HOUR)),
                new Budget(Math.max(1, parameters.candidateSites() / 4), parameters.scooters() + parameters.vans(),
                        4_000L * parameters.candidateSites()),
                new TravelSpec.Road(null, nodes, edges, CityTraffic.congestion()));
        return new GeneratedCity(scenario, riverLine(river, frame), bridges, districts.toRecords(frame));
    }

    /** Draws the network, keeps its strongly connected core and checks bridges and villages survived. */
    private static RoadSketch drawRoads(CityParameters parameters, River river, Districts districts,
                                        List<double[]> villageCentres, SplittableRandom random) {
        RoadBuilder builder = new RoadBuilder(parameters, river, districts, random);
        RoadSketch drawn = builder.build(parameters.bridges() - 2, villageCentres);
        if (builder.ringBridges() != 2) {
            throw new IllegalStateException("The river crosses the ring road " + builder.ringBridges()
                    + " times instead of 2 (seed " + parameters.seed() + "); try another seed.");
        }
        RoadSketch roads = StrongConnectivity.keepLargestComponent(drawn);
        long bridges = roads.edges().stream().filter(RoadSketch.Edge::bridge).count();
        if (bridges != parameters.bridges()) {
            throw new IllegalStateException("The town kept " + bridges + " bridges instead of "
                    + parameters.bridges() + " (seed " + parameters.seed() + "); try another seed.");
        }
        int[] streets = streetNodes(roads);
        for (int v = 0; v < parameters.villages(); v++) {
            int district = districts.village(v);
            boolean present = Arrays.stream(streets).anyMatch(n -> roads.node(n).district() == district);
            if (!present) {
                throw new IllegalStateException("The village " + districts.name(district)
                        + " is cut off from the town (seed " + parameters.seed() + "); try another seed.");
            }
        }
        return roads;
    }

    /** The hub: by the street junction nearest a random point at 0.82 radii (just outside the ring). */
    private static Hub hub(RoadSketch roads, LocalFrame frame, SplittableRandom random, double radius) {
        double angle = 2 * Math.PI * random.nextDouble();
        Placement placement = new Placement(roads, random);
        int[] town = Arrays.stream(streetNodes(roads))
                .filter(n -> StrictMath.hypot(roads.node(n).x(), roads.node(n).y()) <= radius).toArray();
        int node = placement.nearest(town, 0.82 * radius * StrictMath.cos(angle), 0.82 * radius * StrictMath.sin(angle));
        double[] p = placement.setBack(node);
        return new Hub("hub", frame.toLocation(p[0], p[1]), 18 * HOUR);
    }

    /**
     * Two courier types: scooters (25 km/h, 6 units, 07:30 to 15:30, no skills, 22 per hour,
     * 0.08 per km) and vans (30 km/h, 60 units, 09:30 to 18:00, skill {@code secure}, 30 per
     * hour, 0.30 per km), with the road profiles of {@link CityTraffic}.
     */
    private static List<CourierType> fleet(CityParameters parameters) {
        return List.of(
                new CourierType("scooter", parameters.scooters(), 25.0, 6,
                        new TimeWindow(7 * HOUR + HOUR / 2, 15 * HOUR + HOUR / 2), List.of(), 22.0, 0.08,
                        CityTraffic.SCOOTER),
                new CourierType("van", parameters.vans(), 30.0, 60,
                        new TimeWindow(9 * HOUR + HOUR / 2, 18 * HOUR), List.of(Demand.SECURE), 30.0, 0.30,
                        CityTraffic.VAN));
    }

    /** The edge with its haversine length between the written node positions, rounded to 1 cm. */
    private static TravelSpec.RoadEdge roadEdge(RoadSketch.Edge e, List<TravelSpec.RoadNode> nodes) {
        double metres = LocalFrame.metres(nodes.get(e.from()).location(), nodes.get(e.to()).location());
        return new TravelSpec.RoadEdge(e.from(), e.to(), Math.round(metres * 100) / 100.0, e.speedKmh(), e.oneway(),
                e.roadClass());
    }

    private static List<Location> riverLine(River river, LocalFrame frame) {
        List<Location> line = new ArrayList<>();
        for (int i = 0; i < river.vertexCount(); i++) {
            line.add(frame.toLocation(river.vertexX(i), river.vertexY(i)));
        }
        return line;
    }

    /** Node numbers of the street junctions (the ones that host clients, sites and the hub), ascending. */
    static int[] streetNodes(RoadSketch roads) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < roads.nodeCount(); i++) {
            if (roads.node(i).role() == RoadSketch.Role.STREET) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code prefix-NN}, zero-padded to the width of {@code count} (at least 2 digits). */
    static String id(String prefix, int index, int count) {
        int width = Math.max(2, String.valueOf(count).length());
        return prefix + "-" + String.format(java.util.Locale.ROOT, "%0" + width + "d", index + 1);
    }
}
