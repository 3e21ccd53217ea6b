package dev.outpost.property;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Horizon;
import dev.outpost.model.Hub;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.model.TimeWindow;
import dev.outpost.model.TravelSpec;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingOptions;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.travel.StraightLineTravelModel;
import dev.outpost.travel.TravelTimes;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile values handed to the library's public constructors, builders and options: NaN,
 * infinities, negatives, overflow-sized values, duplicate ids. Each case asserts the exception
 * type and that the message names the field (or id) and the value.
 */
class HostileLibraryInputTest {

    private static Arguments hostile(String name, Executable action, String... mustContain) {
        return Arguments.of(name, action, List.of(mustContain));
    }

    private static StationingProblem.Builder oneClientOneSite() {
        return StationingProblem.builder(StationingObjective.P_MEDIAN).addClient("c", 1, 1000, 600, 60)
                .addSite("s", SiteStatus.CANDIDATE, 0, 1);
    }

    private static Scenario scenarioWithPickups(double perDay) {
        Client client = new Client("c1", "c1", ClientKind.SERVICE_CENTRE, Location.planar(0, 0), perDay,
                Collections.nCopies(24, 1.0), 60, new TimeWindow(0, 3600), 600, 1, List.of(), 1);
        return new Scenario("hostile", CoordinateSystem.PLANAR, List.of(client),
                List.of(new Site("s1", "s1", Location.planar(0, 0), SiteStatus.CANDIDATE, 0, 1)), List.of(),
                new Hub("h", Location.planar(0, 0), 3600), new Horizon(1, new TimeWindow(0, 3600)), Budget.unlimited(),
                new TravelSpec.StraightLine(1.0));
    }

    private static TravelTimes times() {
        return new TravelTimes(List.of("s1", "c1"), new int[] {0, 60, 60, 0}, new int[] {0, 500, 500, 0});
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                hostile("options: negative time limit", () -> StationingOptions.defaults()
                        .withTimeLimit(Duration.ofSeconds(-1)), "timeLimit", "PT-1S"),
                hostile("options: zero time limit", () -> StationingOptions.defaults().withTimeLimit(Duration.ZERO),
                        "timeLimit", "PT0S"),
                hostile("options: time limit whose nanoseconds overflow", () -> StationingOptions.defaults()
                        .withTimeLimit(Duration.ofDays(400_000)), "timeLimit", "PT9600000H"),
                hostile("options: negative step limit", () -> StationingOptions.defaults().withStepLimit(-5),
                        "stepLimit", "-5"),
                hostile("options: negative unimproved step limit", () -> StationingOptions.defaults()
                        .withUnimprovedStepLimit(Long.MIN_VALUE), "unimprovedStepLimit", String.valueOf(Long.MIN_VALUE)),
                hostile("options: negative objective target", () -> StationingOptions.defaults().withObjectiveTarget(-3L),
                        "objectiveTarget", "-3"),
                hostile("stationing: negative demand weight", () -> StationingProblem.builder(StationingObjective.P_MEDIAN)
                        .addClient("neg", -1, 1000, 600, 60).addSite("s", SiteStatus.CANDIDATE, 0, 1)
                        .travelSeconds(new int[] {60}).build(), "client (neg)", "weight (-1)"),
                hostile("stationing: rate of Integer.MIN_VALUE", () -> StationingProblem.builder(StationingObjective.P_MEDIAN)
                        .addClient("r", 1, Integer.MIN_VALUE, 600, 60).addSite("s", SiteStatus.CANDIDATE, 0, 1)
                        .travelSeconds(new int[] {60}).build(), "client (r)", "rate (" + Integer.MIN_VALUE + ")"),
                hostile("stationing: negative opening cost", () -> StationingProblem.builder(StationingObjective.P_MEDIAN)
                        .addClient("c", 1, 1, 600, 60).addSite("s", SiteStatus.CANDIDATE, -5, 1)
                        .travelSeconds(new int[] {60}).build(), "site (s)", "opening cost (-5)"),
                hostile("stationing: usable site hosting no courier", () -> StationingProblem.builder(StationingObjective.P_MEDIAN)
                        .addClient("c", 1, 1, 600, 60).addSite("s", SiteStatus.CANDIDATE, 0, 0)
                        .travelSeconds(new int[] {60}).build(), "site (s)", "at most 0 couriers"),
                hostile("stationing: negative travel time", () -> oneClientOneSite().travelSeconds(new int[] {-5}).build(),
                        "site s to client c", "(-5)"),
                hostile("stationing: duplicate client id", () -> StationingProblem.builder(StationingObjective.P_MEDIAN)
                        .addClient("dup", 1, 1, 600, 60).addClient("dup", 1, 1, 600, 60)
                        .addSite("s", SiteStatus.CANDIDATE, 0, 1).travelSeconds(new int[] {1, 1}).build(),
                        "client id (dup)"),
                hostile("stationing: duplicate site id", () -> StationingProblem.builder(StationingObjective.P_MEDIAN)
                        .addClient("c", 1, 1, 600, 60).addSite("twice", SiteStatus.CANDIDATE, 0, 1)
                        .addSite("twice", SiteStatus.CLOSED, 0, 0).travelSeconds(new int[] {1, 1}).build(),
                        "site id (twice)"),
                hostile("stationing: weight x travel that overflows a long", () -> StationingProblem
                        .builder(StationingObjective.P_MEDIAN)
                        .addClient("heavy1", Integer.MAX_VALUE, 1, 600, 60).addClient("heavy2", Integer.MAX_VALUE, 1, 600, 60)
                        .addClient("heavy3", Integer.MAX_VALUE, 1, 600, 60)
                        .addSite("s", SiteStatus.CANDIDATE, 0, 1)
                        .travelSeconds(new int[] {Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 1})
                        .build(), "client heavy", "weight " + Integer.MAX_VALUE, "farthest travel " + (Integer.MAX_VALUE - 1)),
                hostile("stationing: opening costs that overflow a long", () -> StationingProblem
                        .builder(StationingObjective.P_MEDIAN).addClient("c", 1, 1, 600, 60)
                        .addSite("rich1", SiteStatus.CANDIDATE, Long.MAX_VALUE, 1)
                        .addSite("rich2", SiteStatus.CANDIDATE, Long.MAX_VALUE, 1).travelSeconds(new int[] {1, 1}).build(),
                        "site rich1", "(" + Long.MAX_VALUE + ")"),
                hostile("stationing: negative outpost budget", () -> oneClientOneSite().travelSeconds(new int[] {1})
                        .budget(-1, null, null).build(), "maxOutposts -1"),
                hostile("stationing: pickupsPerDay 1e300 from a scenario", () -> StationingProblem.fromScenario(
                        scenarioWithPickups(1e300), times(), StationingObjective.EXPECTED_RESPONSE),
                        "client c1", "pickupsPerDay (1.0E300)"),
                hostile("stationing: pickupsPerDay NaN from a scenario", () -> StationingProblem.fromScenario(
                        scenarioWithPickups(Double.NaN), times(), StationingObjective.P_MEDIAN),
                        "client c1", "pickupsPerDay (NaN)"),
                hostile("model: window ending before it starts", () -> new TimeWindow(100, 50), "time window", "100..50"),
                hostile("routing: pickup window end before start", () -> Pickup.builder("p").point(0).window(100, 50).build(),
                        "pickup (p)", "windowEndSecond (50)"),
                hostile("routing: pickup negative service", () -> Pickup.builder("p").point(0).window(0, 50).serviceSeconds(-1).build(),
                        "pickup (p)", "serviceSeconds (-1)"),
                hostile("routing: pickup priority 0", () -> Pickup.builder("p").point(0).window(0, 50).priority(0).build(),
                        "pickup (p)", "priority (0)"),
                hostile("routing: courier capacity of Integer.MIN_VALUE", () -> Courier.builder("k").startPoint(0).available(0).shiftEnd(10)
                        .capacity(Integer.MIN_VALUE).build(), "courier (k)", "capacity (" + Integer.MIN_VALUE + ")"),
                hostile("routing: courier shift ending before it is available", () -> Courier.builder("k").startPoint(0).available(100).shiftEnd(50)
                        .capacity(1).build(), "courier (k)", "shiftEndSecond (50)"),
                hostile("travel: negative table entry", () -> new TravelTimes(List.of("a", "b"),
                        new int[] {0, -7, 1, 0}, new int[] {0, 1, 1, 0}), "a -> b", "-7"),
                hostile("travel: straight line with NaN speed", () -> new StraightLineTravelModel(
                        CoordinateSystem.PLANAR, 1.0, Double.NaN), "speed (NaN"),
                hostile("routing options: negative time limit", () -> RoutingOptions.defaults()
                        .withTimeLimit(java.time.Duration.ofSeconds(-1)), "timeLimit", "PT-1S"),
                hostile("routing options: negative step limit", () -> RoutingOptions.defaults()
                        .withStepLimit(-1), "stepLimit", "-1"),
                hostile("routing options: negative weight named", () -> RoutingOptions.defaults()
                        .withResponseWeight(-1), "responseWeight", "-1"),
                hostile("routing: pickup service of Integer.MAX_VALUE", () -> Pickup.builder("p").point(0).window(0, 50)
                        .serviceSeconds(Integer.MAX_VALUE).build(), "serviceSeconds", String.valueOf(Integer.MAX_VALUE)),
                hostile("travel: duplicate point ids", () -> new TravelTimes(List.of("a", "a"),
                        new int[] {0, 1, 1, 0}, new int[] {0, 1, 1, 0}), "'a'", "twice"),
                hostile("travel: straight line with infinite detour", () -> new StraightLineTravelModel(
                        CoordinateSystem.PLANAR, Double.POSITIVE_INFINITY, 30), "detour factor (Infinity)"),
                hostile("routing (issue 21): a courier break longer than its window", () -> Courier.builder("k").startPoint(0)
                        .breaks(List.of(new dev.outpost.model.CourierBreak(3600, 5400, 3600))).build(), "courier (k)", "break 1",
                        "3600 s in 3600..5400"),
                hostile("routing (issue 21): courier breaks out of order", () -> Courier.builder("k").startPoint(0)
                        .breaks(List.of(new dev.outpost.model.CourierBreak(36_000, 43_200, 1800),
                                new dev.outpost.model.CourierBreak(3600, 7200, 600))).build(), "courier (k)", "break 2",
                        "time order"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedWithFieldAndValue(String name, Executable action, List<String> mustContain) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action, name);
        for (String part : mustContain) {
            assertTrue(e.getMessage().contains(part), name + ": '" + part + "' not in: " + e.getMessage());
        }
    }
}
