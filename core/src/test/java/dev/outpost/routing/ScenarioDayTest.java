package dev.outpost.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.PlanChecker;
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
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.StraightLineTravelModel;
import dev.outpost.travel.TravelTimes;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioDayTest {

    private static Client client(String id, double perDay, int x, List<String> skills) {
        return new Client(id, id, ClientKind.GOVERNMENT_OFFICE, Location.planar(x, 0), perDay,
                Collections.nCopies(24, 1.0), 120, new TimeWindow(8 * 3600, 12 * 3600), 1800, 2, skills, 1);
    }

    private static Scenario scenario(List<Client> clients) {
        return new Scenario("t", CoordinateSystem.PLANAR, clients,
                List.of(new Site("s1", "s1", Location.planar(1000, 0), SiteStatus.CANDIDATE, 0, 4),
                        new Site("s2", "s2", Location.planar(2000, 0), SiteStatus.CANDIDATE, 0, 4)),
                List.of(new CourierType("scooter", 2, 30, 10, new TimeWindow(7 * 3600, 15 * 3600), List.of(), 0, 0),
                        new CourierType("van", 1, 30, 50, new TimeWindow(8 * 3600, 16 * 3600), List.of("keys"), 0, 0)),
                new Hub("hub", Location.planar(0, 0), 17 * 3600), new Horizon(1, new TimeWindow(7 * 3600, 18 * 3600)),
                Budget.unlimited(), new TravelSpec.StraightLine(1.0));
    }

    private static TravelTimes times(Scenario s) {
        return ScenarioPoints.of(s).table(new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.0, 30));
    }

    @Test
    void fractionalPickupsUseTheLargestRemainderWithTiesToTheLowerIndex() {
        List<Client> clients = List.of(client("a", 1.5, 100, List.of()), client("b", 0.5, 200, List.of()),
                client("c", 2.0, 300, List.of()), client("d", 0.3, 400, List.of()));
        // Sum 4.3 rounds to 4: floors give 3; a and b tie at .5, a (lower index) gets the extra one.
        assertArrayEquals(new int[] {2, 0, 2, 0}, ScenarioDay.pickupCounts(clients));
        // 0.5 + 0.5 = 1: one pickup, to the first.
        assertArrayEquals(new int[] {1, 0}, ScenarioDay.pickupCounts(List.of(client("a", 0.5, 1, List.of()),
                client("b", 0.5, 2, List.of()))));
    }

    @Test
    void pickupsSplitTheWindowIntoEqualSlicesAndCarryTheClientsFields() {
        Scenario s = scenario(List.of(client("a", 3, 100, List.of("keys")), client("b", 1, 200, List.of())));
        RoutingProblem p = ScenarioDay.build(s, times(s), null);
        assertEquals(4, p.pickups().size());
        Pickup first = p.pickups().get(0);
        assertEquals("a#1", first.id());
        assertEquals(8 * 3600, first.windowStartSecond());
        assertEquals(8 * 3600 + 4800, first.windowEndSecond());
        assertEquals(first.windowStartSecond(), first.releaseSecond());
        assertEquals(p.pickups().get(1).windowStartSecond(), first.windowEndSecond());
        assertEquals(12 * 3600, p.pickups().get(2).windowEndSecond());
        assertEquals("b#1", p.pickups().get(3).id());
        assertEquals(8 * 3600, p.pickups().get(3).windowStartSecond());
        assertEquals(12 * 3600, p.pickups().get(3).windowEndSecond());
        assertEquals(120, first.serviceSeconds());
        assertEquals(2, first.priority());
        assertEquals(ScenarioPoints.of(s).indexOf("a"), first.point());
        // The van has "keys", the scooters do not.
        assertEquals(java.util.Set.of("keys"), first.requiredSkills());
        assertEquals(java.util.Set.of("keys"), p.couriers().get(2).skills());
        assertEquals(java.util.Set.of(), p.couriers().get(0).skills());
        assertEquals(17 * 3600, p.cutoffSecond());
        assertEquals(0, p.hubPoint());
    }

    /** With per-type tables each courier drives by its own type's profile (straight line: its speed). */
    @Test
    void aDayWithTablesGivesEachCourierItsTypesProfile() {
        Scenario base = scenario(List.of(client("a", 2, 3000, List.of())));
        CourierType slowVan = new CourierType("van", 1, 20, 50, new TimeWindow(8 * 3600, 16 * 3600), List.of("keys"), 0, 0);
        Scenario s = new Scenario(base.name(), base.coordinates(), base.clients(), base.sites(),
                List.of(base.courierTypes().get(0), slowVan), base.hub(), base.horizon(), base.budget(), base.travel());
        ScenarioPoints points = ScenarioPoints.of(s);
        dev.outpost.travel.TravelTables tables = new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.0, 30)
                .tables(points.ids(), points.locations(), s.courierTypes(), null);
        RoutingProblem p = ScenarioDay.build(s, tables, null);
        assertEquals(List.of("scooter", "scooter", "van"), p.couriers().stream().map(Courier::profile).toList());
        dev.outpost.routing.route.RouteKernel k = dev.outpost.routing.route.RouteKernel.of(p, RoutingOptions.defaults());
        int client = points.clientIndex(0);
        for (int c = 0; c < 3; c++) {
            int type = c < 2 ? 0 : 1;
            assertEquals(tables.legSeconds(type, points.hubIndex(), client, 0), k.legSeconds(c, points.hubIndex(), client, 8 * 3600));
        }
        assertTrue(k.legSeconds(0, points.hubIndex(), client, 0) != k.legSeconds(2, points.hubIndex(), client, 0),
                "scooter and van drive at their own speeds");
        RoutingOptions options = RoutingOptions.defaults().withTimeLimit(null).withStepLimit(50).withSeed(1);
        RoutePlan plan = RoutingSolver.create(options).solve(p);
        assertTrue(PlanChecker.check(p, options, plan).valid());
        assertEquals(2, plan.routes().stream().mapToInt(r -> r.stops().size()).sum());
    }

    @Test
    void couriersFillThePlansOutpostsInTurnAndTheRestStartAtTheHub() {
        Scenario s = scenario(List.of(client("a", 2, 100, List.of())));
        RoutingProblem p = ScenarioDay.build(s, times(s), List.of(new ScenarioDay.Station("s2", 2)));
        ScenarioPoints points = ScenarioPoints.of(s);
        assertEquals(List.of("scooter-1", "scooter-2", "van-1"), p.couriers().stream().map(Courier::id).toList());
        assertEquals(points.indexOf("s2"), p.couriers().get(0).startPoint());
        assertEquals(points.indexOf("s2"), p.couriers().get(1).startPoint());
        assertEquals(points.hubIndex(), p.couriers().get(2).startPoint());
        assertEquals(7 * 3600, p.couriers().get(0).availableSecond());
        assertEquals(16 * 3600, p.couriers().get(2).shiftEndSecond());
        assertEquals(50, p.couriers().get(2).capacity());
        assertTrue(p.couriers().stream().allMatch(Courier::endAtHub));

        // Solved and checked: the day's problem is a proper routing problem.
        RoutingOptions options = RoutingOptions.defaults().withTimeLimit(null).withStepLimit(200);
        RoutePlan routes = RoutingSolver.create(options).solve(p);
        assertTrue(PlanChecker.check(p, options, routes).valid());
        assertTrue(routes.unassigned().isEmpty(), routes.unassigned().toString());
    }

    @Test
    void rejectsAPlanForAnotherScenarioAndDaysTooLarge() {
        Scenario s = scenario(List.of(client("a", 2, 100, List.of())));
        List<ScenarioDay.Station> foreign = List.of(new ScenarioDay.Station("elsewhere", 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioDay.build(s, times(s), foreign));
        assertTrue(e.getMessage().contains("(elsewhere) is not a site"), e.getMessage());

        Scenario huge = scenario(List.of(client("big", 1e300, 100, List.of())));
        e = assertThrows(IllegalArgumentException.class, () -> ScenarioDay.build(huge, times(huge), null));
        assertTrue(e.getMessage().contains("The client (big) pickupsPerDay"), e.getMessage());
    }
}
