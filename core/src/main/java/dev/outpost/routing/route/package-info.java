/**
 * The route kernel: the one implementation of the route-timing rules (arrival, service start,
 * departure, load, the drive to the hub, unreachable legs, lateness, shift end, cut-off, capacity),
 * the slack arrays that make an insertion check O(1), and the cheapest-insertion scan with its
 * total order for ties. Every solver-side class reads it: the score calculator, the arrival-time
 * listener, the ruin-and-recreate move, the plan timeline, the unassigned reasons, the warm start
 * and the simulator's literature baseline. The plan checker ({@code dev.outpost.check.PlanChecker})
 * deliberately does not: it is the independent oracle.
 */
package dev.outpost.routing.route;
