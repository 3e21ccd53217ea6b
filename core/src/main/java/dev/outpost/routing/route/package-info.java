/**
 * The route kernel: the one implementation of the route-timing rules. {@link
 * dev.outpost.routing.route.RouteClock} is the timing rule itself (drive by a leg taken at the
 * departure second, wait for the window, serve, depart; a walk that can start from any point,
 * second and load, fed by any {@link dev.outpost.routing.route.LegSeconds} source); {@link
 * dev.outpost.routing.route.RouteKernel} holds a problem as flat arrays (its tables and legs, where
 * a static table is a one-slice time-of-day table, its couriers, its pickups and its skill bits in
 * their own package-private rooms) with the hard rules (lateness, shift end, cut-off, capacity, skills, unreachable legs);
 * {@link dev.outpost.routing.route.RouteWalk} walks a full route with its penalties and costs;
 * {@link dev.outpost.routing.route.RouteSlack} and the kernel's insertion methods give the
 * insertion check (O(1) for static legs, push propagation for time-dependent ones) and the
 * cheapest-insertion scan with its total order for ties. Every solver-side class reads it: the
 * score calculator, the arrival-time listener, the ruin-and-recreate move, the plan timeline, the
 * unassigned reasons, the warm start, the dispatcher and the simulator's literature baseline; the
 * simulator's dispatch policies and anchors time their queues with {@code RouteClock} over their
 * own expected legs. The plan checker ({@code dev.outpost.check.PlanChecker}) deliberately does
 * not: it is the independent oracle.
 */
package dev.outpost.routing.route;
