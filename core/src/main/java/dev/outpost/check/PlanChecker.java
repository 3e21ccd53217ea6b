package dev.outpost.check;

import dev.outpost.model.CourierBreak;

import dev.outpost.routing.Courier;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.Stop;
import dev.outpost.routing.UnassignedPickup;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes a {@link RoutePlan} from scratch, without OptaPlanner and without the solver's
 * flattened arrays: every route's arrival, service start, departure and load from the pickup
 * sequence and the {@link TravelTimes} (or, for a time-dependent problem, each courier's profile
 * in the {@link TravelTables}, every leg timed from its actual departure second by
 * {@link TravelTables#legSeconds}, metres by {@link TravelTables#legMetres}); every hard violation with a sentence a planner can read;
 * the medium level (unserved priority); and the soft objective with the weights of the options.
 * It also reports where the plan's own figures disagree with the recomputation and any pickup
 * missing from, or repeated in, the plan.
 *
 * <p>The rules are those documented on {@link dev.outpost.routing.RoutingOptions} and the
 * routing score: service starts at max(arrival, window start); late service, capacity excess,
 * time past shift end and past cut-off count seconds or units; a missing skill or an unreachable
 * leg counts a fixed 3,600; an unreachable leg adds no time or distance. A courier with no stops
 * and nothing on board does not move. A courier's breaks are taken between stops as late as they
 * can be: before driving to a stop whose departure (for the drive to the hub: the arrival) would
 * come after the break's latest start, the courier rests from max(now, earliest) for the break's
 * length; seconds a break starts after its latest start are hard (a break still due when the route
 * ends is taken after it).
 *
 * <p>Every sum uses exact arithmetic ({@code Math.addExact}, {@code multiplyExact}): a plan whose
 * figures overflow a {@code long} throws {@link ArithmeticException} instead of reporting a wrong
 * number. This class stays independent of the solver's route kernel on purpose: it is the oracle.
 */
public final class PlanChecker {

    /** Hard penalty per missing skill, per unreachable leg (same rule as the solver's score). */
    public static final long FIXED_PENALTY = 3_600;

    private PlanChecker() {
    }

    /**
     * The outcome of a check.
     *
     * @param hardScore       minus the sum of hard penalties (0 when feasible)
     * @param mediumScore     minus the priority sum of unassigned pickups
     * @param softScore       minus the weighted soft objective
     * @param travelSeconds   driving seconds of all routes
     * @param metres          driven metres of all routes
     * @param found           one structured violation per hard violation, in the order found
     * @param inconsistencies one sentence per place where the plan disagrees with the recomputation
     *                        or a pickup is missing or repeated
     */
    public record Result(long hardScore, long mediumScore, long softScore, long travelSeconds, long metres,
            List<Violation> found, List<String> inconsistencies) {
        /**
         * Copies {@code found} and {@code inconsistencies} (unmodifiable).
         *
         * @param hardScore       minus the sum of hard penalties (0 when feasible)
         * @param mediumScore     minus the priority sum of unassigned pickups
         * @param softScore       minus the weighted soft objective
         * @param travelSeconds   driving seconds of all routes
         * @param metres          driven metres of all routes
         * @param found           one structured violation per hard violation, in the order found
         * @param inconsistencies one sentence per place where the plan disagrees with the recomputation
         *       or a pickup is missing or repeated
         */
        public Result {
            found = List.copyOf(found);
            inconsistencies = List.copyOf(inconsistencies);
        }

        /**
         * One readable sentence per hard violation (made from {@link #found()}).
         *
         * @return one readable sentence per hard violation (made from {@link #found()})
         */
        public List<String> violations() {
            return found.stream().map(Violation::sentence).toList();
        }

        /**
         * Whether the plan is feasible and consistent.
         *
         * @return whether the plan is feasible and consistent
         */
        public boolean valid() {
            return hardScore == 0 && inconsistencies.isEmpty();
        }
    }

    /**
     * Checks a plan.
     *
     * @param problem the problem, not null
     * @param options the weights used for the soft objective, not null
     * @param plan    the plan, not null
     * @return the recomputed figures, violations and inconsistencies
     */
    public static Result check(RoutingProblem problem, RoutingOptions options, RoutePlan plan) {
        TravelTimes travel = problem.travel();
        TravelTables tables = problem.tables();
        List<Violation> violations = new ArrayList<>();
        List<String> inconsistencies = new ArrayList<>();
        int[] count = new int[problem.pickups().size()];
        long hard = 0;
        long medium = 0;
        long response = 0;
        long seconds = 0;
        long metres = 0;
        long used = 0;
        if (plan.routes().size() != problem.couriers().size()) {
            inconsistencies.add("The plan has " + plan.routes().size() + " routes for " + problem.couriers().size() + " couriers.");
        }
        for (int r = 0; r < Math.min(plan.routes().size(), problem.couriers().size()); r++) {
            CourierRoutePlan route = plan.routes().get(r);
            Courier courier = problem.couriers().get(r);
            if (!route.courierId().equals(courier.id())) {
                inconsistencies.add("Route " + r + " is for courier " + route.courierId() + " but courier " + r + " is " + courier.id() + ".");
            }
            int profile = problem.profileIndex(courier);
            int point = courier.startPoint();
            long time = courier.availableSecond();
            long load = courier.loadOnBoard();
            long routeSeconds = 0;
            long routeMetres = 0;
            List<CourierBreak> breaks = courier.breaks();
            int nextBreak = 0;
            for (Stop stop : route.stops()) {
                int p = stop.pickupIndex();
                if (p < 0 || p >= count.length) {
                    inconsistencies.add("Courier " + courier.id() + " visits pickup index " + p + ", which does not exist.");
                    continue;
                }
                count[p]++;
                Pickup pickup = problem.pickups().get(p);
                while (nextBreak < breaks.size()) {
                    CourierBreak due = breaks.get(nextBreak);
                    long drive = reachable(travel, tables, profile, point, pickup.point())
                            ? seconds(travel, tables, profile, point, pickup.point(), time) : 0;
                    long departure = Math.addExact(Math.max(Math.addExact(time, drive), pickup.windowStartSecond()),
                            pickup.serviceSeconds());
                    if (departure <= due.latestStartSeconds()) {
                        break;
                    }
                    time = restAt(courier, due, time, violations);
                    hard = Math.addExact(hard, Math.max(0, time - due.durationSeconds() - due.latestStartSeconds()));
                    nextBreak++;
                }
                if (!reachable(travel, tables, profile, point, pickup.point())) {
                    hard = Math.addExact(hard, FIXED_PENALTY);
                    violations.add(new Violation(Violation.Kind.UNREACHABLE_LEG, courier.id(), pickup.id(), 1,
                            Violation.Unit.COUNT, "Courier " + courier.id() + " cannot reach pickup " + pickup.id()
                            + " from point " + travel.pointIds().get(point) + ": no path."));
                } else {
                    long leg = seconds(travel, tables, profile, point, pickup.point(), time);
                    time = Math.addExact(time, leg);
                    routeSeconds = Math.addExact(routeSeconds, leg);
                    routeMetres = Math.addExact(routeMetres, metres(travel, tables, profile, point, pickup.point()));
                }
                long arrival = time;
                long start = Math.max(arrival, pickup.windowStartSecond());
                if (start > pickup.windowEndSecond()) {
                    long late = start - pickup.windowEndSecond();
                    hard = Math.addExact(hard, late);
                    violations.add(new Violation(Violation.Kind.LATE_SERVICE, courier.id(), pickup.id(), late,
                            Violation.Unit.SECONDS, "Courier " + courier.id() + " starts pickup " + pickup.id() + " at "
                            + clock(start) + ", " + late + " s after its window ends (" + clock(pickup.windowEndSecond()) + ")."));
                }
                if (!courier.skills().containsAll(pickup.requiredSkills())) {
                    hard = Math.addExact(hard, FIXED_PENALTY);
                    java.util.Set<String> lacking = new java.util.TreeSet<>(pickup.requiredSkills());
                    lacking.removeAll(courier.skills());
                    violations.add(new Violation(Violation.Kind.MISSING_SKILL, courier.id(), pickup.id(),
                            lacking.size(), Violation.Unit.COUNT, "Courier " + courier.id() + " lacks skills " + lacking
                            + " required by pickup " + pickup.id() + "."));
                }
                if (start > pickup.releaseSecond()) {
                    response = Math.addExact(response, Math.multiplyExact((long) pickup.priority(), start - pickup.releaseSecond()));
                }
                time = Math.addExact(start, pickup.serviceSeconds());
                load = Math.addExact(load, pickup.size());
                if (stop.arrivalSecond() != arrival || stop.serviceStartSecond() != start || stop.departureSecond() != time
                        || stop.loadAfter() != load) {
                    inconsistencies.add("Courier " + courier.id() + " at pickup " + pickup.id() + ": plan says arrival "
                            + stop.arrivalSecond() + ", start " + stop.serviceStartSecond() + ", departure " + stop.departureSecond()
                            + ", load " + stop.loadAfter() + "; recomputed " + arrival + ", " + start + ", " + time + ", " + load + ".");
                }
                point = pickup.point();
            }
            boolean moves = !route.stops().isEmpty() || (courier.endAtHub() && courier.loadOnBoard() > 0);
            if (!route.stops().isEmpty()) {
                used++;
            }
            long hubArrival = -1;
            if (moves) {
                long end = time;
                if (courier.endAtHub()) {
                    while (nextBreak < breaks.size()) {
                        CourierBreak due = breaks.get(nextBreak);
                        long drive = reachable(travel, tables, profile, point, problem.hubPoint())
                                ? seconds(travel, tables, profile, point, problem.hubPoint(), end) : 0;
                        if (end + drive <= due.latestStartSeconds()) {
                            break;
                        }
                        end = restAt(courier, due, end, violations);
                        hard = Math.addExact(hard, Math.max(0, end - due.durationSeconds() - due.latestStartSeconds()));
                        nextBreak++;
                    }
                    if (!reachable(travel, tables, profile, point, problem.hubPoint())) {
                        hard = Math.addExact(hard, FIXED_PENALTY);
                        violations.add(new Violation(Violation.Kind.UNREACHABLE_LEG, courier.id(), null, 1,
                                Violation.Unit.COUNT, "Courier " + courier.id() + " cannot reach the hub from point "
                                + travel.pointIds().get(point) + ": no path."));
                    } else {
                        long leg = seconds(travel, tables, profile, point, problem.hubPoint(), end);
                        end = Math.addExact(end, leg);
                        routeSeconds = Math.addExact(routeSeconds, leg);
                        routeMetres = Math.addExact(routeMetres, metres(travel, tables, profile, point, problem.hubPoint()));
                    }
                    hubArrival = end;
                    if (end > problem.cutoffSecond()) {
                        long late = end - problem.cutoffSecond();
                        hard = Math.addExact(hard, late);
                        violations.add(new Violation(Violation.Kind.LATE_AT_HUB, courier.id(), null, late,
                                Violation.Unit.SECONDS, "Courier " + courier.id() + " reaches the hub at " + clock(end)
                                + ", " + late + " s after the cut-off (" + clock(problem.cutoffSecond()) + ")."));
                    }
                }
                if (end > courier.shiftEndSecond()) {
                    long over = end - courier.shiftEndSecond();
                    hard = Math.addExact(hard, over);
                    violations.add(new Violation(Violation.Kind.SHIFT_OVERRUN, courier.id(), null, over,
                            Violation.Unit.SECONDS, "Courier " + courier.id() + " finishes at " + clock(end) + ", " + over
                            + " s after its shift ends (" + clock(courier.shiftEndSecond()) + ")."));
                }
                if (load > courier.capacity()) {
                    long excess = load - courier.capacity();
                    hard = Math.addExact(hard, excess);
                    violations.add(new Violation(Violation.Kind.OVER_CAPACITY, courier.id(), null, excess,
                            Violation.Unit.CAPACITY_UNITS, "Courier " + courier.id() + " carries " + load + " units, "
                            + excess + " over its capacity (" + courier.capacity() + ")."));
                }
            }
            if (route.hubArrivalSecond() != hubArrival && courier.endAtHub()) {
                inconsistencies.add("Courier " + courier.id() + ": plan says hub arrival " + route.hubArrivalSecond() + "; recomputed " + hubArrival + ".");
            }
            if (route.travelSeconds() != routeSeconds || route.metres() != routeMetres) {
                inconsistencies.add("Courier " + courier.id() + ": plan says " + route.travelSeconds() + " s and " + route.metres()
                        + " m of travel; recomputed " + routeSeconds + " s and " + routeMetres + " m.");
            }
            seconds = Math.addExact(seconds, routeSeconds);
            metres = Math.addExact(metres, routeMetres);
        }
        for (UnassignedPickup unassigned : plan.unassigned()) {
            int p = unassigned.pickupIndex();
            if (p < 0 || p >= count.length) {
                inconsistencies.add("The unassigned pickup index " + p + " does not exist.");
                continue;
            }
            count[p]++;
            medium -= problem.pickups().get(p).priority();
        }
        for (int p = 0; p < count.length; p++) {
            if (count[p] != 1) {
                inconsistencies.add("The pickup " + problem.pickups().get(p).id() + " appears " + count[p] + " times in the plan (routes and unassigned); expected once.");
            }
        }
        long soft = -Math.addExact(Math.addExact(Math.multiplyExact(options.responseWeight(), response),
                Math.multiplyExact(options.travelSecondWeight(), seconds)), Math.addExact(
                Math.multiplyExact(options.metreWeight(), metres), Math.multiplyExact(options.vehicleFixedCost(), used)));
        return new Result(-hard, medium, soft, seconds, metres, violations, inconsistencies);
    }

    /**
     * The courier rests for break {@code due} from max(now, its earliest start); returns the second
     * it ends. A start past the latest start is recorded as a violation (the caller adds it to the
     * hard score).
     */
    private static long restAt(Courier courier, CourierBreak due, long now, List<Violation> violations) {
        long begin = Math.max(now, due.earliestSeconds());
        if (begin > due.latestStartSeconds()) {
            long late = begin - due.latestStartSeconds();
            violations.add(new Violation(Violation.Kind.LATE_BREAK, courier.id(), null, late, Violation.Unit.SECONDS,
                    "Courier " + courier.id() + " starts its break at " + clock(begin) + ", " + late + " s after the"
                    + " latest start (" + clock(due.latestStartSeconds()) + ") that ends it by " + clock(due.latestSeconds())
                    + "."));
        }
        return Math.addExact(begin, due.durationSeconds());
    }

    private static boolean reachable(TravelTimes travel, TravelTables tables, int profile, int from, int to) {
        return tables == null ? travel.reachable(from, to) : tables.reachable(profile, from, to);
    }

    /** Seconds of a reachable leg leaving at {@code depart}: the static table, or the profile's leg from that second. */
    private static long seconds(TravelTimes travel, TravelTables tables, int profile, int from, int to, long depart) {
        return tables == null ? travel.seconds(from, to) : tables.legSeconds(profile, from, to, Math.toIntExact(depart));
    }

    private static long metres(TravelTimes travel, TravelTables tables, int profile, int from, int to) {
        return tables == null ? travel.metres(from, to) : tables.legMetres(profile, from, to);
    }

    private static String clock(long second) {
        long s = Math.abs(second);
        return String.format("%s%02d:%02d:%02d", second < 0 ? "-" : "", s / 3600, (s / 60) % 60, s % 60);
    }
}
