/**
 * Reading literature data: Solomon VRPTW and TSPLIB CVRP instances
 * ({@link dev.outpost.sim.literature.io.VrpInstance}), OR-Library p-median instances
 * ({@link dev.outpost.sim.literature.io.PmedInstance}), best-known value tables, and seeded
 * generators of literature-like instances; plus the arc conventions and objectives of the
 * published tables and the {@link dev.outpost.sim.literature.io.VrpSolverAdapter} interface a
 * solver implements to run in the literature harness. Unreadable files raise
 * {@link dev.outpost.sim.literature.io.LiteratureFormatException} naming the file and line.
 */
package dev.outpost.sim.literature.io;
