/**
 * Couriers in a simulated day: their state ({@link dev.outpost.sim.fleet.Courier}), the day model
 * ({@link dev.outpost.sim.fleet.Day}) that moves them, serves requests, applies the admission rules
 * (capacity, shift end, cut-off) and breakdowns, and the narrow view
 * ({@link dev.outpost.sim.fleet.FleetControl}) through which dispatch and relocation policies see
 * and command the fleet, and the two interfaces the day calls:
 * {@link dev.outpost.sim.fleet.DispatchPolicy} (who takes a request) and
 * {@link dev.outpost.sim.fleet.RelocationPolicy} (where an idle courier waits); their
 * implementations live in {@code dev.outpost.sim.policy}, which depends on this package. Leg times and distances come from
 * {@link dev.outpost.sim.fleet.LegTimes}; noise, breakdown rate and demand growth from
 * {@link dev.outpost.sim.fleet.FleetOptions}.
 */
package dev.outpost.sim.fleet;
