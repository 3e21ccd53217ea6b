/**
 * Where a simulated day's pickup requests come from ({@link dev.outpost.sim.demand.DemandSource}):
 * a non-homogeneous Poisson process from the clients' hourly profiles
 * ({@link dev.outpost.sim.demand.PoissonDemand}), fixed scheduled requests
 * ({@link dev.outpost.sim.demand.ScheduledDemand}) or a replayed CSV log of real requests
 * ({@link dev.outpost.sim.demand.CsvRequestLog}); each request gets a service time drawn as
 * {@link dev.outpost.sim.demand.ServiceTimes} says. Randomness comes from the run's seeded streams.
 */
package dev.outpost.sim.demand;
