package dev.outpost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.outpost.city.CityParameters;
import dev.outpost.dispatch.Fleet;
import dev.outpost.routing.Courier;
import dev.outpost.testing.RecordCopies;
import dev.outpost.travel.StraightLineTravelModel;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every component of the positional records survives every copy helper ({@code toBuilder()} and the
 * {@code with...} copies): a copy that changes one component keeps all the others.
 */
class RecordCopyTest {

    private static final TimeWindow DAY = new TimeWindow(7 * 3600, 19 * 3600);
    private static final TimeWindow LATE = new TimeWindow(9 * 3600, 21 * 3600);

    static CourierType courierType() {
        return new CourierType("van", 3, 30.0, 60, DAY, List.of("secure"), 21.5, 0.4,
                new RoadProfile(50.0, Map.of("motorway", 0.9), List.of("footway")),
                List.of(new CourierBreak(11 * 3600, 14 * 3600, 1800)));
    }

    static CourierType otherCourierType() {
        return new CourierType("scooter", 7, 25.0, 6, LATE, List.of("cold"), 18.0, 0.1,
                new RoadProfile(45.0, Map.of(), List.of()),
                List.of(new CourierBreak(12 * 3600, 15 * 3600, 900), new CourierBreak(16 * 3600, 17 * 3600, 600)));
    }

    @Test
    void courierTypeKeepsEveryComponent() {
        // ten builder setters and withCount
        assertEquals(11, RecordCopies.assertEveryComponentSurvives(courierType(), otherCourierType()));
    }

    @Test
    void clientKeepsEveryComponent() {
        Client base = new Client("c1", "Office one", ClientKind.GOVERNMENT_OFFICE, Location.planar(1, 2), 3.5,
                Collections.nCopies(24, 1.0), 120, DAY, 3600, 2, List.of("secure"), 2, AdminLevel.TOWNSHIP);
        Client other = new Client("c2", "Centre two", ClientKind.SERVICE_CENTRE, Location.planar(3, 4), 20.0,
                Collections.nCopies(24, 2.0), 240, LATE, 1800, 5, List.of("cold"), 4, AdminLevel.COUNTY);
        assertEquals(13, RecordCopies.assertEveryComponentSurvives(base, other));
    }

    @Test
    void scenarioKeepsEveryComponent() {
        Client client = new Client("c1", "Office one", ClientKind.GOVERNMENT_OFFICE, Location.planar(1, 2), 3.5,
                Collections.nCopies(24, 1.0), 120, DAY, 3600, 2, List.of(), 1);
        Scenario base = new Scenario("one", CoordinateSystem.PLANAR, List.of(client),
                List.of(new Site("s1", "Site one", Location.planar(0, 0), SiteStatus.CANDIDATE, 100, 4)),
                List.of(courierType()), new Hub("h", Location.planar(5, 5), 19 * 3600), new Horizon(1, DAY),
                new Budget(3, 10, 1000L), new TravelSpec.StraightLine(1.3));
        Scenario other = new Scenario("two", CoordinateSystem.GEOGRAPHIC, List.of(),
                List.of(new Site("s2", "Site two", Location.ofLatLon(1, 1), SiteStatus.FIXED_OPEN, 0, 2)),
                List.of(otherCourierType()), new Hub("h2", Location.ofLatLon(6, 6), 20 * 3600), new Horizon(2, LATE),
                Budget.unlimited(), new TravelSpec.StraightLine(1.5));
        // nine builder setters and withCourierTypes, withBudget, withTravel
        assertEquals(12, RecordCopies.assertEveryComponentSurvives(base, other));
    }

    @Test
    void cityParametersKeepEveryComponent() {
        CityParameters base = new CityParameters(11, 120, 6, 30, 9, 4, 48.1, 16.3, 4.0, 150, 3, 4, 2);
        CityParameters other = new CityParameters(12, 121, 7, 31, 10, 5, 48.2, 16.4, 4.5, 160, 4, 5, 3);
        // thirteen builder setters and withSeed, withRadiusKm, withBridges, withHorizonDays
        assertEquals(17, RecordCopies.assertEveryComponentSurvives(base, other));
    }

    @Test
    void cityParametersOfSizeKeepsTheDefaultsItDoesNotScale() {
        assertEquals(CityParameters.defaults(), CityParameters.ofSize(312, 40, CityParameters.DEFAULT_SEED));
        CityParameters big = CityParameters.ofSize(624, 50, 5);
        RecordCopies.assertKeptExcept(CityParameters.defaults(), big, "ofSize", "seed", "governmentOffices",
                "serviceCentres", "candidateSites", "scooters", "vans", "radiusKm");
        assertEquals(50, big.candidateSites());
        assertEquals(624, big.clients());
    }

    /** Four points on a line, {@code secondsPerStep} apart. */
    private static TravelTimes line(int secondsPerStep) {
        int n = 4;
        int[] seconds = new int[n * n];
        int[] metres = new int[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                seconds[a * n + b] = secondsPerStep * Math.abs(a - b);
                metres[a * n + b] = 100 * Math.abs(a - b);
            }
        }
        return new TravelTimes(List.of("p0", "p1", "p2", "p3"), seconds, metres);
    }

    private static List<Location> points(double offset) {
        return List.of(Location.planar(offset, 0), Location.planar(offset + 1, 0), Location.planar(offset + 2, 0),
                Location.planar(offset + 3, 0));
    }

    private static CourierType typed(String id, int count) {
        return CourierType.builder().id(id).count(count).speedKmh(20).capacity(10).shift(DAY).build();
    }

    private static Fleet fleet(int secondsPerStep, int hub, int cutoff, String courier, double offset, int count,
            int slice) {
        TravelTimes t = line(secondsPerStep);
        TravelTables tables = TravelTables.ofStatic(List.of("bike", "van"), List.of(t, t), secondsPerStep);
        TravelModel model = new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.0 + offset, 20);
        return new Fleet(t, hub, cutoff, List.of(Courier.builder(courier).startPoint(hub).profile("van").build()),
                model, points(offset), tables, List.of(typed("bike", count), typed("van", count)),
                new Congestion(slice, Map.of()));
    }

    @Test
    void fleetKeepsEveryComponent() {
        Fleet base = fleet(60, 0, 19 * 3600, "k1", 0, 2, 30);
        Fleet other = fleet(90, 1, 20 * 3600, "k2", 10, 3, 60);
        // nine builder setters; the withModel overloads (several components at once) are checked below
        assertEquals(9, RecordCopies.assertEveryComponentSurvives(base, other, "withModel"));

        Fleet bare = Fleet.timeDependent(base.tables(), base.hubPoint(), base.cutoffSecond(), base.couriers());
        Fleet withModel = bare.withModel(other.model(), other.points(), other.courierTypes(), other.congestion());
        RecordCopies.assertKeptExcept(bare, withModel, "withModel(4)", "model", "points", "courierTypes",
                "congestion");
        assertSame(other.model(), withModel.model());
        assertEquals(other.points(), withModel.points());
        assertEquals(other.courierTypes(), withModel.courierTypes());
        assertEquals(other.congestion(), withModel.congestion());

        Fleet staticFleet = new Fleet(base.travel(), 2, 18 * 3600, base.couriers());
        Fleet staticWithModel = staticFleet.withModel(other.model(), other.points());
        RecordCopies.assertKeptExcept(staticFleet, staticWithModel, "withModel(2)", "model", "points");
        assertSame(other.model(), staticWithModel.model());
        assertEquals(other.points(), staticWithModel.points());
    }
}
