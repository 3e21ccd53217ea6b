package dev.outpost.dispatch;

import dev.outpost.check.PlanChecker;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.Stop;
import dev.outpost.routing.UnassignedPickup;
import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot of the dispatcher's plan. {@code problem} is the open part of the day: each courier
 * starts where and when its fixed past (the stop it drives to or stands at, goods on board) leaves
 * it free, and the pickups are the open requests that are not fixed. {@code plan} routes them;
 * {@code check} is {@link PlanChecker}'s independent recomputation (lateness, distance, unserved
 * priority, violations).
 *
 * @param version  the dispatcher's plan version (each applied event or adopted re-optimisation adds one)
 * @param origin   what produced it
 * @param problem  the open problem
 * @param plan     its routes and unassigned pickups with reasons
 * @param fixed    per courier id, the pickup it is driving to or standing at (fixed, outside the problem)
 * @param check    the checker's figures for {@code plan} on {@code problem}
 */
public record DispatchPlan(long version, Origin origin, RoutingProblem problem, RoutePlan plan, Map<String, String> fixed,
        PlanChecker.Result check) {

    /** What produced a plan. */
    public enum Origin {
        /** The dispatcher's own state (immediate insertions). */
        INSERTION,
        /** An adopted background re-optimisation. */
        REOPTIMISED
    }

    /**
     * Copies {@code fixed} (unmodifiable).
     *
     * @param version  the dispatcher's plan version (each applied event or adopted re-optimisation adds one)
     * @param origin   what produced it
     * @param problem  the open problem
     * @param plan     its routes and unassigned pickups with reasons
     * @param fixed    per courier id, the pickup it is driving to or standing at (fixed, outside the problem)
     * @param check    the checker's figures for {@code plan} on {@code problem}
     */
    public DispatchPlan {
        fixed = Map.copyOf(fixed);
    }

    /**
     * Total distance driven by the open plan, metres (from the checker).
     *
     * @return total distance driven by the open plan, metres (from the checker)
     */
    public long metres() {
        return check.metres();
    }

    /**
     * Number of open requests in no route.
     *
     * @return the number of open requests in no route
     */
    public int unservedCount() {
        return plan.unassigned().size();
    }

    /**
     * A canonical text of the plan (version, fixed stops, every stop with its times, unassigned
     * pickups with reasons, the checker's scores), identical for identical plans, for logs and
     * reproducibility checks.
     *
     * @return a canonical text of the plan (version, fixed stops, every stop with its times, unassigned pickups with reasons, the checker's scores), identical for identical plans, for logs and reproducibility checks
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("version ").append(version).append(' ').append(origin).append('\n');
        for (Map.Entry<String, String> e : new TreeMap<>(fixed).entrySet()) {
            out.append("fixed ").append(e.getKey()).append(" -> ").append(e.getValue()).append('\n');
        }
        for (CourierRoutePlan route : plan.routes()) {
            out.append(route.courierId()).append(':');
            for (Stop s : route.stops()) {
                out.append(' ').append(s.pickupId()).append('@').append(s.arrivalSecond()).append('/')
                        .append(s.serviceStartSecond());
            }
            out.append(" hub ").append(route.hubArrivalSecond()).append('\n');
        }
        for (UnassignedPickup u : plan.unassigned()) {
            out.append("unserved ").append(u.pickupId()).append(' ').append(u.reason()).append('\n');
        }
        out.append("check hard ").append(check.hardScore()).append(" medium ").append(check.mediumScore()).append(" soft ")
                .append(check.softScore()).append(" seconds ").append(check.travelSeconds()).append(" metres ")
                .append(check.metres()).append('\n');
        return out.toString();
    }
}
