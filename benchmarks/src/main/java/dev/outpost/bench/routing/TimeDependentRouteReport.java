package dev.outpost.bench.routing;

import dev.outpost.check.PlanChecker;
import dev.outpost.check.Violation;
import dev.outpost.city.DefaultCity;
import dev.outpost.model.Scenario;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.ScenarioDay;
import dev.outpost.routing.Stop;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much the routing plan of the default city's day changes when the solver plans with the
 * time-dependent tables (each courier type's profile, congestion by 30-minute slice) instead of
 * static ones: each courier type's free-flow table, or its table at its peak slice. The day and
 * options are those of {@code outpost route} (all couriers at the hub, 2,000 steps, seed 1).
 * For each plan: routed and unassigned pickups, driving hours and kilometres as planned; then the
 * static plans driven in the time-dependent world (the same routes re-timed with the
 * time-dependent legs, {@link RoutingSolver#evaluate}, checked by {@link PlanChecker}): late
 * pickups, seconds late, hub arrivals after the cut-off; and how many pickups change courier
 * against the time-dependent plan.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.routing.TimeDependentRouteReport [steps]}
 */
public final class TimeDependentRouteReport {

    private TimeDependentRouteReport() {
    }

    /**
     * Prints the comparison.
     *
     * @param args optional: the step limit (default 2000)
     */
    public static void main(String[] args) {
        long steps = args.length > 0 ? Long.parseLong(args[0]) : 2000;
        Scenario city = DefaultCity.scenario();
        ScenarioPoints points = ScenarioPoints.of(city);
        TravelModel model = TravelModels.forScenario(city, city.courierTypes().get(0));
        TravelTables timed = model.tables(points.ids(), points.locations(), city.courierTypes(), TravelModels.congestion(city));
        int dayStart = city.horizon().serviceDay().startSeconds();
        int dayEnd = city.horizon().serviceDay().endSeconds();
        List<TravelTimes> free = new ArrayList<>();
        List<TravelTimes> peak = new ArrayList<>();
        for (int p = 0; p < timed.profileCount(); p++) {
            free.add(timed.freeFlow(p));
            peak.add(timed.timesAt(p, timed.peakSecond(p, dayStart, dayEnd)));
        }
        RoutingProblem td = ScenarioDay.build(city, timed, null);
        RoutingOptions options = RoutingOptions.defaults().withSeed(1).withTimeLimit(null).withStepLimit(steps);
        Map<String, RoutingProblem> problems = new java.util.LinkedHashMap<>();
        problems.put("time-dependent", td);
        problems.put("free-flow", ScenarioDay.build(city, TravelTables.ofStatic(timed.profileIds(), free, 0), null));
        problems.put("peak", ScenarioDay.build(city, TravelTables.ofStatic(timed.profileIds(), peak, 0), null));
        problems.put("one-table", ScenarioDay.build(city, points.table(model), null));
        System.out.printf(Locale.ROOT, "default city: %d pickups, %d couriers, %d steps, seed 1%n", td.pickups().size(),
                td.couriers().size(), steps);
        System.out.printf(Locale.ROOT, "%-15s %7s %10s %9s %9s | %-40s | %s%n", "planned with", "routed", "unassigned",
                "driving h", "km", "driven with time-dependent legs", "pickups on another courier than TD");
        Map<String, String> tdCourier = null;
        for (Map.Entry<String, RoutingProblem> e : problems.entrySet()) {
            long started = System.nanoTime();
            RoutePlan plan = RoutingSolver.create(options).solve(e.getValue());
            double seconds = (System.nanoTime() - started) / 1e9;
            PlanChecker.Result own = PlanChecker.check(e.getValue(), options, plan);
            RoutePlan driven = RoutingSolver.evaluate(td, options, routes(plan));
            PlanChecker.Result real = PlanChecker.check(td, options, driven);
            Map<String, String> courier = courierOf(plan);
            if (tdCourier == null) {
                tdCourier = courier;
            }
            System.out.printf(Locale.ROOT, "%-15s %7d %10d %9.1f %9.1f | %-40s | %s   (solve %.1f s, own check %s)%n",
                    e.getKey(), courier.size(), plan.unassigned().size(), own.travelSeconds() / 3600.0, own.metres() / 1000.0,
                    lateness(real), changes(tdCourier, courier), seconds, own.valid() ? "valid" : "INVALID");
        }
    }

    private static List<List<String>> routes(RoutePlan plan) {
        List<List<String>> routes = new ArrayList<>();
        for (CourierRoutePlan r : plan.routes()) {
            routes.add(r.stops().stream().map(Stop::pickupId).toList());
        }
        return routes;
    }

    private static Map<String, String> courierOf(RoutePlan plan) {
        Map<String, String> out = new HashMap<>();
        for (CourierRoutePlan r : plan.routes()) {
            for (Stop s : r.stops()) {
                out.put(s.pickupId(), r.courierId());
            }
        }
        return out;
    }

    private static String lateness(PlanChecker.Result r) {
        long late = 0;
        long lateSeconds = 0;
        long hubLate = 0;
        long hubSeconds = 0;
        for (Violation v : r.found()) {
            if (v.kind() == Violation.Kind.LATE_SERVICE) {
                late++;
                lateSeconds += v.amount();
            } else if (v.kind() == Violation.Kind.LATE_AT_HUB || v.kind() == Violation.Kind.SHIFT_OVERRUN) {
                hubLate++;
                hubSeconds += v.amount();
            }
        }
        return String.format(Locale.ROOT, "%d late (%.1f min), %d end late (%.1f min)", late, lateSeconds / 60.0,
                hubLate, hubSeconds / 60.0);
    }

    private static String changes(Map<String, String> reference, Map<String, String> other) {
        int moved = 0;
        int onlyReference = 0;
        int onlyOther = 0;
        for (Map.Entry<String, String> e : reference.entrySet()) {
            String c = other.get(e.getKey());
            if (c == null) {
                onlyReference++;
            } else if (!c.equals(e.getValue())) {
                moved++;
            }
        }
        for (String p : other.keySet()) {
            if (!reference.containsKey(p)) {
                onlyOther++;
            }
        }
        return moved + " moved, " + onlyReference + " routed only in TD, " + onlyOther + " routed only here";
    }
}
