package dev.outpost.routing;

import dev.outpost.model.Client;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds one service day's routing problem from a scenario: the scheduled pickups of every client,
 * the scenario's couriers at their outposts, the hub and its cut-off. The one place where a
 * {@link Scenario} (and where its couriers are stationed) becomes a {@link RoutingProblem}.
 * The stationing is given as {@link Station}s, one per open outpost (a caller with a
 * {@code StationingPlan} maps its outposts: {@code new Station(o.siteId(), o.couriers())}), so
 * that {@code routing} does not depend on {@code stationing}.
 *
 * <h2>Pickups</h2>
 * A client with {@code pickupsPerDay} p gets a whole number of pickups on the day, by the largest
 * remainder rule, so that the day's total is {@code round(sum of p)} (halves up): each client gets
 * {@code floor(p)}, and the clients with the largest fractional parts (ties: the lower client
 * index) get one more until the total is reached. A client's {@code n} pickups split its time
 * window into {@code n} equal slices (whole seconds, rounded down): pickup {@code k} (1-based) may
 * be served within slice {@code k} and is released at the slice start. Its id is
 * {@code clientId#k}; service time, size, priority and required skills are the client's.
 *
 * <h2>Couriers</h2>
 * Every courier of every type, in the scenario's type order: ids {@code typeId-1},
 * {@code typeId-2}, ...; available from the type's shift start to its shift end, with the type's
 * capacity and skills, empty, ending at the hub, with the travel profile of their type (its id:
 * used by a time-dependent day, {@link #build(Scenario, TravelTables, List)}). Without stations every courier starts at the hub.
 * With stations, they are filled in turn (in the given order) with as many couriers as each
 * holds, taking the couriers in the order above; couriers no station takes start at the hub, and
 * station places beyond the fleet stay empty.
 *
 * <h2>Skills</h2>
 * Skill names (of couriers and clients together) are numbered in alphabetical order, at most 64.
 *
 * <p>All locations are indices into the given {@link TravelTimes}, which must be built over
 * {@link ScenarioPoints#of(Scenario)} (hub, sites, clients).
 */
public final class ScenarioDay {

    /**
     * The most pickups a day may have; a larger day is rejected with a message. The routing
     * solver's nearby selection keeps a table of pickups per pickup, so memory grows with the
     * square of this number (at 100,000 pickups it runs out of memory).
     */
    public static final int MAX_PICKUPS = 10_000;

    /** The most couriers a day may have. */
    public static final int MAX_COURIERS = 10_000;

    private ScenarioDay() {
    }

    /**
     * An open outpost and the couriers stationed there.
     *
     * @param siteId   a site of the scenario
     * @param couriers couriers stationed, at least 0
     */
    public record Station(String siteId, int couriers) {
        /**
         * Validates the components.
         *
         * @param siteId   a site of the scenario
         * @param couriers couriers stationed, at least 0
         */
        public Station {
            Objects.requireNonNull(siteId, "siteId");
            if (couriers < 0) {
                throw new IllegalArgumentException("The station (" + siteId + ") couriers (" + couriers
                        + ") is negative; use 0 or more.");
            }
        }
    }

    /**
     * The day's routing problem.
     *
     * @param scenario the scenario, validated
     * @param travel   travel times over {@code ScenarioPoints.of(scenario)}
     * @param stations where couriers start, or {@code null} (or empty) for all at the hub
     * @return the problem
     * @throws IllegalArgumentException naming the client, type or site when the day cannot be built
     *                                  (too many pickups or couriers, more than 64 skills, a
     *                                  station that is not a site of the scenario, a table of another size)
     */
    public static RoutingProblem build(Scenario scenario, TravelTimes travel, List<Station> stations) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(travel, "travel");
        ScenarioPoints points = points(scenario, travel.size());
        List<Pickup> pickups = pickups(scenario, points);
        List<Courier> couriers = couriers(scenario, points, stations == null ? List.of() : stations);
        return new RoutingProblem(couriers, pickups, points.hubIndex(), scenario.hub().cutoffSeconds(), travel);
    }

    /**
     * The day's routing problem with each courier driving by its type's travel profile, every leg
     * timed from its departure second ({@link RoutingProblem#timeDependent}). The tables are those of
     * {@code TravelModels.tables(scenario, baseDir, points.ids(), points.locations())}: one profile
     * per courier type, named by its id. Static per-type tables ({@link TravelTables#ofStatic}) give
     * each type its own table at every hour.
     *
     * @param scenario the scenario, validated
     * @param tables   travel tables over {@code ScenarioPoints.of(scenario)}, one profile per courier type id
     * @param stations where couriers start, or {@code null} (or empty) for all at the hub
     * @return the problem
     * @throws IllegalArgumentException as {@link #build(Scenario, TravelTimes, List)}, or naming the
     *                                  courier type the tables have no profile for
     */
    public static RoutingProblem build(Scenario scenario, TravelTables tables, List<Station> stations) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(tables, "tables");
        ScenarioPoints points = points(scenario, tables.size());
        for (CourierType type : scenario.courierTypes()) {
            if (tables.profileIndex(type.id()) < 0) {
                throw new IllegalArgumentException("The courier type (" + type.id() + ") has no profile in the travel tables "
                        + tables.profileIds() + "; build them with one profile per courier type (TravelModels.tables).");
            }
        }
        List<Pickup> pickups = pickups(scenario, points);
        List<Courier> couriers = couriers(scenario, points, stations == null ? List.of() : stations);
        return RoutingProblem.timeDependent(couriers, pickups, points.hubIndex(), scenario.hub().cutoffSeconds(), tables);
    }

    /**
     * The day's couriers alone (see the class comment): every courier of every type, stationed as
     * {@code stations} say, with its type's shift, capacity, skills, breaks and travel profile;
     * point indices are those of {@link ScenarioPoints#of(Scenario)}. For a live dispatcher's
     * fleet, which needs the couriers but not the scheduled pickups.
     *
     * @param scenario the scenario, validated
     * @param stations where couriers start, or {@code null} (or empty) for all at the hub
     * @return the couriers, in the scenario's type order
     * @throws IllegalArgumentException naming the site or type as {@link #build(Scenario, TravelTimes, List)}
     */
    public static List<Courier> couriers(Scenario scenario, List<Station> stations) {
        Objects.requireNonNull(scenario, "scenario");
        return couriers(scenario, ScenarioPoints.of(scenario), stations == null ? List.of() : stations);
    }

    private static ScenarioPoints points(Scenario scenario, int tableSize) {
        ScenarioPoints points = ScenarioPoints.of(scenario);
        if (tableSize != points.size()) {
            throw new IllegalArgumentException("The travel table has " + tableSize + " points but the scenario ("
                    + scenario.name() + ") has " + points.size() + "; build it over ScenarioPoints.of(scenario).");
        }
        return points;
    }

    /**
     * Pickups per client by the largest remainder rule (see the class comment), client index order.
     *
     * @param clients the scenario's clients
     * @return pickups per client by the largest remainder rule (see the class comment), client index order
     */
    public static int[] pickupCounts(List<Client> clients) {
        int n = clients.size();
        int[] counts = new int[n];
        double total = 0;
        long floors = 0;
        for (int c = 0; c < n; c++) {
            double p = clients.get(c).pickupsPerDay();
            if (!(p >= 0) || p > MAX_PICKUPS) {
                throw new IllegalArgumentException("The client (" + clients.get(c).id() + ") pickupsPerDay (" + p
                        + ") is more than a day can hold (" + MAX_PICKUPS + "); lower it.");
            }
            total += p;
            counts[c] = (int) Math.floor(p);
            floors += counts[c];
        }
        long target = (long) Math.floor(total + 0.5);
        if (target > MAX_PICKUPS) {
            throw new IllegalArgumentException("The day has " + target + " pickups, more than " + MAX_PICKUPS
                    + "; lower the clients' pickupsPerDay.");
        }
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int byFraction = Double.compare(fraction(clients.get(b)), fraction(clients.get(a)));
            return byFraction != 0 ? byFraction : Integer.compare(a, b);
        });
        for (int i = 0; floors < target && i < n; i++) {
            if (fraction(clients.get(order[i])) > 0) {
                counts[order[i]]++;
                floors++;
            }
        }
        return counts;
    }

    private static double fraction(Client client) {
        return client.pickupsPerDay() - Math.floor(client.pickupsPerDay());
    }

    private static List<Pickup> pickups(Scenario scenario, ScenarioPoints points) {
        List<Client> clients = scenario.clients();
        int[] counts = pickupCounts(clients);
        List<Pickup> pickups = new ArrayList<>();
        for (int c = 0; c < clients.size(); c++) {
            Client client = clients.get(c);
            long start = client.window().startSeconds();
            long length = client.window().endSeconds() - start;
            for (int k = 0; k < counts[c]; k++) {
                int from = (int) (start + length * k / counts[c]);
                int to = (int) (start + length * (k + 1) / counts[c]);
                pickups.add(Pickup.builder(client.id() + "#" + (k + 1)).point(points.clientIndex(c)).window(from, to)
                        .serviceSeconds(client.serviceSeconds()).size(client.pickupSize()).priority(client.priority())
                        .requiredSkills(client.requiredSkills()).releaseSecond(from).build());
            }
        }
        return pickups;
    }

    private static List<Courier> couriers(Scenario scenario, ScenarioPoints points, List<Station> stations) {
        List<Integer> starts = new ArrayList<>();
        for (Station station : stations) {
            int point = points.indexOf(station.siteId());
            if (point < 1 || point > points.siteCount()) {
                throw new IllegalArgumentException("The plan's outpost (" + station.siteId()
                        + ") is not a site of the scenario (" + scenario.name() + "); use a plan made for it.");
            }
            for (int i = 0; i < station.couriers() && starts.size() < MAX_COURIERS; i++) {
                starts.add(point);
            }
        }
        List<Courier> couriers = new ArrayList<>();
        long total = 0;
        for (CourierType type : scenario.courierTypes()) {
            total += type.count();
            if (total > MAX_COURIERS) {
                throw new IllegalArgumentException("The fleet has more than " + MAX_COURIERS + " couriers (type "
                        + type.id() + " has " + type.count() + "); lower the courier counts.");
            }
            for (int i = 0; i < type.count(); i++) {
                int start = couriers.size() < starts.size() ? starts.get(couriers.size()) : points.hubIndex();
                couriers.add(Courier.builder(type.id() + "-" + (i + 1)).startPoint(start).available(type.shift().startSeconds())
                        .shiftEnd(type.shift().endSeconds()).capacity(type.capacity()).skills(type.skills()).endAtHub(true)
                        .profile(type.id()).breaks(type.breaks()).build());
            }
        }
        return couriers;
    }
}
