/**
 * The simulator's decision rules, chosen by name through
 * {@link dev.outpost.sim.policy.DispatchPolicies}: dispatch policies
 * ({@link dev.outpost.sim.policy.DispatchPolicy}: nearest idle courier, today's practice; cheapest
 * insertion into couriers' queues) decide which courier takes a request, and relocation policies
 * ({@link dev.outpost.sim.policy.RelocationPolicy}: stay, go home, maximum expected coverage) decide
 * where an idle courier waits. Policies see and command the fleet only through
 * {@link dev.outpost.sim.fleet.FleetControl}; one instance serves one day.
 */
package dev.outpost.sim.policy;
