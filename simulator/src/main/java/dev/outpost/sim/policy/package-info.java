/**
 * The simulator's decision rules, chosen by name through
 * {@link dev.outpost.sim.policy.DispatchPolicies}: dispatch policies
 * ({@link dev.outpost.sim.fleet.DispatchPolicy}: nearest idle courier, today's practice; cheapest
 * insertion into couriers' queues) decide which courier takes a request, and relocation policies
 * ({@link dev.outpost.sim.fleet.RelocationPolicy}: stay, go home, maximum expected coverage) decide
 * where an idle courier waits. Policies see and command the fleet only through
 * {@link dev.outpost.sim.fleet.FleetControl}; one instance serves one day.
 * The two interfaces belong to {@code dev.outpost.sim.fleet}, which calls them: this package
 * depends on the fleet, never the other way round.
 */
package dev.outpost.sim.policy;
