package dev.outpost.city;

import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.Location;
import dev.outpost.model.TimeWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The town's clients: administrative service centres (one in each village's middle while there
 * are at least two centres per village, the rest spread over the town) and government offices
 * (denser in the Old Town, see {@link DistrictKind#officeWeight()}).
 *
 * <p>Figures, drawn uniformly unless said otherwise:
 * <table>
 *   <caption>client figures</caption>
 *   <tr><th></th><th>service centre</th><th>government office</th></tr>
 *   <tr><td>pickups per day</td><td>15 to 40</td><td>0.5 to 4 (0.1 steps)</td></tr>
 *   <tr><td>response target</td><td>30 min</td><td>60 min</td></tr>
 *   <tr><td>service time</td><td>5 to 10 min</td><td>2 to 5 min (30 s steps)</td></tr>
 *   <tr><td>time window</td><td>08:00 to 17:30</td><td>07:30 or 08:00 to 15:00, 16:00 or 17:00</td></tr>
 *   <tr><td>priority</td><td>3</td><td>2 if secure or one in ten, else 1</td></tr>
 *   <tr><td>pickup size</td><td>2 units</td><td>1 unit</td></tr>
 * </table>
 * Courts and prosecutors' offices need the {@code secure} skill. The hour-of-day profile is
 * {@link #OFFICE_HOURS} cut to the client's window and varied by up to 15% per hour.
 */
final class Demand {

    /** The skill some offices require; only vans have it. */
    static final String SECURE = "secure";

    /**
     * Relative pickup requests per hour of day in offices: a late-morning peak, a lunch dip, a
     * second peak after lunch. Index = hour (0 = 00:00 to 01:00).
     */
    static final double[] OFFICE_HOURS = {
        0, 0, 0, 0, 0, 0, 0, 0.3, 0.5, 0.8, 1.0, 1.0, 0.55, 0.6, 0.9, 0.8, 0.5, 0.3, 0, 0, 0, 0, 0, 0};

    private static final String[] OFFICE_TYPES = {
        "Town hall", "Tax office", "District court", "Land registry", "Social insurance office", "Labour office",
        "Police station", "Prosecutor's office", "Registry office", "School board", "Health inspectorate",
        "Statistics office", "Customs office", "Veterinary inspectorate", "Building inspectorate", "State archive"};

    private static final int HOUR = 3600;

    private final RoadSketch roads;
    private final Districts districts;
    private final LocalFrame frame;
    private final Placement placement;
    private final SplittableRandom random;
    private final double radius;

    Demand(RoadSketch roads, Districts districts, LocalFrame frame, SplittableRandom random, double radius) {
        this.roads = roads;
        this.districts = districts;
        this.frame = frame;
        this.random = random;
        this.placement = new Placement(roads, random);
        this.radius = radius;
    }

    /** Service centres first, then offices; ids {@code centre-01...}, {@code office-001...}. */
    List<Client> clients(int serviceCentres, int offices, int villages) {
        int[] streets = CityGenerator.streetNodes(roads);
        boolean[] taken = new boolean[roads.nodeCount()];
        List<Client> clients = new ArrayList<>();
        int[] centreNodes = serviceCentreNodes(serviceCentres, villages, streets, taken);
        for (int c = 0; c < centreNodes.length; c++) {
            clients.add(serviceCentre(CityGenerator.id("centre", c, serviceCentres), centreNodes[c]));
        }
        double[] weights = districts.officeWeights(roads, streets);
        int[] officeNodes = placement.pick(offices, streets, weights, 0, taken, "government offices");
        for (int o = 0; o < officeNodes.length; o++) {
            clients.add(office(CityGenerator.id("office", o, offices), officeNodes[o]));
        }
        return clients;
    }

    private int[] serviceCentreNodes(int count, int villages, int[] streets, boolean[] taken) {
        List<Integer> nodes = new ArrayList<>();
        if (count >= 2 * villages) {
            for (int v = 0; v < villages; v++) {
                int[] villageStreets = nodesOf(streets, districts.village(v));
                double[] anchor = districts.anchor(districts.village(v));
                int middle = placement.nearest(villageStreets, anchor[0], anchor[1]);
                nodes.add(middle);
                taken[middle] = true;
            }
        }
        int inTown = count - nodes.size();
        int[] town = townNodes(streets);
        double[] uniform = new double[town.length];
        Arrays.fill(uniform, 1.0);
        // Spread the town's centres out: about the spacing of `inTown` points packed in the disc.
        double separation = inTown == 0 ? 0 : 1.2 * radius / StrictMath.sqrt(inTown);
        for (int node : placement.pick(inTown, town, uniform, separation, taken, "service centres")) {
            nodes.add(node);
        }
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }

    private Client serviceCentre(String id, int node) {
        int district = roads.node(node).district();
        TimeWindow window = new TimeWindow(8 * HOUR, 17 * HOUR + HOUR / 2);
        double pickups = 15 + random.nextInt(26);
        int service = 300 + 30 * random.nextInt(11);
        return new Client(id, "Service centre " + districts.name(district), ClientKind.SERVICE_CENTRE,
                location(node), pickups, profile(window), service, window, 30 * 60, 3, List.of(), 2);
    }

    private Client office(String id, int node) {
        int district = roads.node(node).district();
        String type = OFFICE_TYPES[random.nextInt(OFFICE_TYPES.length)];
        boolean secure = type.equals("District court") || type.equals("Prosecutor's office");
        int start = random.nextInt(5) == 0 ? 7 * HOUR + HOUR / 2 : 8 * HOUR;
        int end = (15 + random.nextInt(3)) * HOUR;
        TimeWindow window = new TimeWindow(start, end);
        double pickups = (5 + random.nextInt(36)) / 10.0;
        int service = 120 + 30 * random.nextInt(7);
        int priority = secure || random.nextInt(10) == 0 ? 2 : 1;
        return new Client(id, type + ", " + districts.name(district), ClientKind.GOVERNMENT_OFFICE, location(node),
                pickups, profile(window), service, window, 60 * 60, priority,
                secure ? List.of(SECURE) : List.of(), 1);
    }

    /**
     * {@link #OFFICE_HOURS} times the share of each hour inside the window, times a factor 0.85 to
     * 1.15, rounded to 3 decimals.
     */
    private List<Double> profile(TimeWindow window) {
        List<Double> weights = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) {
            int overlap = Math.max(0, Math.min((h + 1) * HOUR, window.endSeconds()) - Math.max(h * HOUR, window.startSeconds()));
            double factor = 0.85 + 0.3 * random.nextDouble();
            double w = OFFICE_HOURS[h] * overlap / HOUR * factor;
            weights.add(Math.round(w * 1000) / 1000.0);
        }
        return weights;
    }

    private Location location(int node) {
        double[] p = placement.setBack(node);
        return frame.toLocation(p[0], p[1]);
    }

    private int[] nodesOf(int[] streets, int district) {
        return Arrays.stream(streets).filter(n -> roads.node(n).district() == district).toArray();
    }

    private int[] townNodes(int[] streets) {
        return Arrays.stream(streets)
                .filter(n -> districts.kind(roads.node(n).district()) != DistrictKind.VILLAGE).toArray();
    }
}
