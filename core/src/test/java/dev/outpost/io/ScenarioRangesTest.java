package dev.outpost.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Problem;
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
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values too large to sum safely are reported by the validator with their JSON path and value. */
class ScenarioRangesTest {

    private static final TimeWindow DAY = new TimeWindow(7 * 3600, 19 * 3600);

    private record Parts(double perDay, int serviceSeconds, int targetSeconds, int priority, int size, int count,
            double speed, int capacity, double costPerHour, long openingCost, int siteMax, Long budgetCost, double detour,
            int days) {
        static Parts plausible() {
            return new Parts(4, 300, 1800, 1, 1, 3, 30, 10, 20, 100, 2, null, 1.3, 1);
        }

        Scenario scenario() {
            Client client = new Client("c1", "c1", ClientKind.SERVICE_CENTRE, Location.ofLatLon(50, 14), perDay,
                    Collections.nCopies(24, 1.0), serviceSeconds, new TimeWindow(8 * 3600, 17 * 3600), targetSeconds,
                    priority, List.of(), size);
            CourierType van = new CourierType("van", count, speed, capacity, DAY, List.of(), costPerHour, 0.5);
            return new Scenario("ranges", CoordinateSystem.GEOGRAPHIC, List.of(client),
                    List.of(new Site("s1", "s1", Location.ofLatLon(50.01, 14), SiteStatus.CANDIDATE, openingCost, siteMax)),
                    List.of(van), new Hub("hub", Location.ofLatLon(50, 14.01), 18 * 3600), new Horizon(days, DAY),
                    new Budget(null, null, budgetCost), new TravelSpec.StraightLine(detour));
        }
    }

    private static Arguments range(String path, String value, UnaryOperator<Parts> change) {
        return Arguments.of(path, value, change);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                range("$.clients[0].pickupsPerDay", "1.0E300", p -> new Parts(1e300, p.serviceSeconds(), p.targetSeconds(),
                        p.priority(), p.size(), p.count(), p.speed(), p.capacity(), p.costPerHour(), p.openingCost(),
                        p.siteMax(), p.budgetCost(), p.detour(), p.days())),
                range("$.clients[0].serviceMinutes", "1441", p -> new Parts(p.perDay(), 1441 * 60, p.targetSeconds(),
                        p.priority(), p.size(), p.count(), p.speed(), p.capacity(), p.costPerHour(), p.openingCost(),
                        p.siteMax(), p.budgetCost(), p.detour(), p.days())),
                range("$.clients[0].responseTargetMinutes", "2000", p -> new Parts(p.perDay(), p.serviceSeconds(), 2000 * 60,
                        p.priority(), p.size(), p.count(), p.speed(), p.capacity(), p.costPerHour(), p.openingCost(),
                        p.siteMax(), p.budgetCost(), p.detour(), p.days())),
                range("$.clients[0].priority", "2147483647", p -> new Parts(p.perDay(), p.serviceSeconds(), p.targetSeconds(),
                        Integer.MAX_VALUE, p.size(), p.count(), p.speed(), p.capacity(), p.costPerHour(), p.openingCost(),
                        p.siteMax(), p.budgetCost(), p.detour(), p.days())),
                range("$.courierTypes[0].count", "2147483647", p -> new Parts(p.perDay(), p.serviceSeconds(),
                        p.targetSeconds(), p.priority(), p.size(), Integer.MAX_VALUE, p.speed(), p.capacity(),
                        p.costPerHour(), p.openingCost(), p.siteMax(), p.budgetCost(), p.detour(), p.days())),
                range("$.courierTypes[0].speedKmh", "1.0E300", p -> new Parts(p.perDay(), p.serviceSeconds(),
                        p.targetSeconds(), p.priority(), p.size(), p.count(), 1e300, p.capacity(), p.costPerHour(),
                        p.openingCost(), p.siteMax(), p.budgetCost(), p.detour(), p.days())),
                range("$.courierTypes[0].speedKmh", "4.9E-324", p -> new Parts(p.perDay(), p.serviceSeconds(),
                        p.targetSeconds(), p.priority(), p.size(), p.count(), Double.MIN_VALUE, p.capacity(),
                        p.costPerHour(), p.openingCost(), p.siteMax(), p.budgetCost(), p.detour(), p.days())),
                range("$.courierTypes[0].costPerHour", "1.0E20", p -> new Parts(p.perDay(), p.serviceSeconds(),
                        p.targetSeconds(), p.priority(), p.size(), p.count(), p.speed(), p.capacity(), 1e20,
                        p.openingCost(), p.siteMax(), p.budgetCost(), p.detour(), p.days())),
                range("$.sites[0].openingCost", "9223372036854775807", p -> new Parts(p.perDay(), p.serviceSeconds(),
                        p.targetSeconds(), p.priority(), p.size(), p.count(), p.speed(), p.capacity(), p.costPerHour(),
                        Long.MAX_VALUE, p.siteMax(), p.budgetCost(), p.detour(), p.days())),
                range("$.sites[0].maxCouriers", "2147483647", p -> new Parts(p.perDay(), p.serviceSeconds(),
                        p.targetSeconds(), p.priority(), p.size(), p.count(), p.speed(), p.capacity(), p.costPerHour(),
                        p.openingCost(), Integer.MAX_VALUE, p.budgetCost(), p.detour(), p.days())),
                range("$.budget.maxOpeningCost", "9223372036854775807", p -> new Parts(p.perDay(), p.serviceSeconds(),
                        p.targetSeconds(), p.priority(), p.size(), p.count(), p.speed(), p.capacity(), p.costPerHour(),
                        p.openingCost(), p.siteMax(), Long.MAX_VALUE, p.detour(), p.days())),
                range("$.travel.detourFactor", "1000", p -> new Parts(p.perDay(), p.serviceSeconds(), p.targetSeconds(),
                        p.priority(), p.size(), p.count(), p.speed(), p.capacity(), p.costPerHour(), p.openingCost(),
                        p.siteMax(), p.budgetCost(), 1000, p.days())),
                range("$.horizon.days", "2147483647", p -> new Parts(p.perDay(), p.serviceSeconds(), p.targetSeconds(),
                        p.priority(), p.size(), p.count(), p.speed(), p.capacity(), p.costPerHour(), p.openingCost(),
                        p.siteMax(), p.budgetCost(), p.detour(), Integer.MAX_VALUE)));
    }

    @Test
    void straightLineTripsLongerThanADayAreReported() {
        Parts slow = new Parts(4, 300, 1800, 1, 1, 3, 1, 10, 20, 100, 2, null, 10, 1);
        Scenario base = slow.scenario();
        Client far = new Client("far", "far", ClientKind.SERVICE_CENTRE, Location.ofLatLon(51, 14),
                4, Collections.nCopies(24, 1.0), 300, new TimeWindow(8 * 3600, 17 * 3600), 1800, 1, List.of(), 1);
        Scenario spread = new Scenario(base.name(), base.coordinates(), List.of(base.clients().get(0), far),
                base.sites(), base.courierTypes(), base.hub(), base.horizon(), base.budget(), base.travel());
        List<Problem> problems = ScenarioValidator.validate(spread);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("$.travel", problems.get(0).path());
        assertTrue(problems.get(0).reason().contains("more than a day"), problems.get(0).reason());
    }

    @Test
    void thePlausibleScenarioIsValid() {
        assertEquals(List.of(), ScenarioValidator.validate(Parts.plausible().scenario()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cases")
    void tooLargeIsReportedWithPathAndValue(String path, String value, UnaryOperator<Parts> change) {
        List<Problem> problems = ScenarioValidator.validate(change.apply(Parts.plausible()).scenario());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(path, problems.get(0).path());
        assertTrue(problems.get(0).reason().contains("(" + value), problems.get(0).reason());
    }
}
