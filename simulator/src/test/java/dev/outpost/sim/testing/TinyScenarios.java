package dev.outpost.sim.testing;

import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Horizon;
import dev.outpost.model.Hub;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.model.TimeWindow;
import dev.outpost.model.TravelSpec;
import dev.outpost.sim.fleet.LegTimes;
import dev.outpost.sim.fleet.TableLegTimes;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small hand-made scenarios for simulator tests. */
public final class TinyScenarios {

    private TinyScenarios() {
    }

    /** A flat 24-hour profile. */
    public static List<Double> flat() {
        return Collections.nCopies(24, 1.0);
    }

    /**
     * One outpost, one client, all at the same place (every drive takes 0 s): an M/M/c queue when
     * service times are exponential.
     *
     * @param perHour        requests per hour
     * @param serviceSeconds mean service seconds
     * @param couriers       c
     */
    public static Scenario queue(double perHour, int serviceSeconds, int couriers) {
        Location here = Location.planar(0, 0);
        Client client = new Client("c1", "Client", ClientKind.SERVICE_CENTRE, here, perHour * 24, flat(), serviceSeconds,
                new TimeWindow(0, 86_400), 3600, 1, List.of(), 1);
        return new Scenario("queue", CoordinateSystem.PLANAR, List.of(client),
                List.of(new Site("s1", "Post", here, SiteStatus.FIXED_OPEN, 0, couriers)),
                List.of(new CourierType("k", couriers, 20, 1_000_000, new TimeWindow(0, 86_400), List.of(), 1, 1)),
                new Hub("hub", here, 86_400), new Horizon(1, new TimeWindow(0, 86_400)), Budget.unlimited(),
                new TravelSpec.StraightLine(1.0));
    }

    /**
     * A small town on a line: hub at x = 0, two sites, six clients spread to the east; two courier
     * types (a "secure" van), one client needing a skill no courier has.
     */
    public static Scenario town(double demandScale) {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clients.add(new Client("c" + i, "Client " + i, i % 3 == 0 ? ClientKind.SERVICE_CENTRE : ClientKind.GOVERNMENT_OFFICE,
                    Location.planar(1000 + 1500 * i, 300 * (i % 2)), 12 * demandScale,
                    List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 3.0, 3.0, 2.0, 2.0, 2.0, 3.0, 2.0, 1.0, 0.0,
                            0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
                    240, new TimeWindow(8 * 3600, 18 * 3600), i % 3 == 0 ? 1800 : 3600, i % 3 == 0 ? 2 : 1,
                    i == 5 ? List.of("secure") : List.of(), 1));
        }
        clients.add(new Client("odd", "Needs cold chain", ClientKind.GOVERNMENT_OFFICE, Location.planar(2000, 0), 3 * demandScale,
                flat(), 120, new TimeWindow(0, 86_400), 3600, 1, List.of("cold"), 1));
        List<Site> sites = List.of(new Site("west", "West", Location.planar(2000, 0), SiteStatus.CANDIDATE, 100, 5),
                new Site("east", "East", Location.planar(7000, 0), SiteStatus.CANDIDATE, 100, 5));
        List<CourierType> fleet = List.of(
                new CourierType("scooter", 3, 20, 4, new TimeWindow(8 * 3600, 16 * 3600), List.of(), 20, 0.1),
                new CourierType("van", 1, 25, 30, new TimeWindow(9 * 3600, 18 * 3600), List.of("secure"), 30, 0.3));
        return new Scenario("town", CoordinateSystem.PLANAR, clients, sites, fleet, new Hub("hub", Location.planar(0, 0), 18 * 3600),
                new Horizon(1, new TimeWindow(8 * 3600, 18 * 3600)), Budget.unlimited(), new TravelSpec.StraightLine(1.3));
    }

    /** Leg times with every drive 0 s and 0 m. */
    public static LegTimes zeroLegs(Scenario scenario) {
        ScenarioPoints points = ScenarioPoints.of(scenario);
        int n = points.size();
        List<TravelTimes> tables = new ArrayList<>();
        for (int t = 0; t < scenario.courierTypes().size(); t++) {
            tables.add(new TravelTimes(points.ids(), new int[n * n], new int[n * n]));
        }
        return new TableLegTimes(tables);
    }
}
