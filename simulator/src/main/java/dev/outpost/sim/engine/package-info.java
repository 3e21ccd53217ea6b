/**
 * The discrete-event kernel of the simulator: the {@link dev.outpost.sim.engine.Engine} (clock,
 * future-event list ordered by time, kind and sequence, listeners), the facts a run publishes
 * ({@link dev.outpost.sim.engine.SimEvent}) and their JSON-lines log, and the seeded random streams
 * ({@link dev.outpost.sim.engine.RandomStreams}) that make a replication reproducible and give
 * common random numbers across set-ups. Simulated time only, one thread per run; it knows nothing
 * of couriers or requests beyond the event types.
 */
package dev.outpost.sim.engine;
