/**
 * Literature benchmarks: runs routing solvers on the published VRP sets (Solomon VRPTW, Augerat
 * and Uchoa CVRP) and the stationing solver on the OR-Library p-median set, checks every solution
 * independently and reports distance and vehicle gaps to the best-known values as CSV and
 * Markdown. {@link dev.outpost.sim.literature.Solvers} names the solvers a run can use: Outpost's
 * own routing solver ({@link dev.outpost.sim.literature.OutpostVrpSolver}) and a deterministic
 * cheapest-insertion baseline ({@link dev.outpost.sim.literature.CheapestInsertionVrpSolver}).
 * Not part of the core library: it lives in the simulator so that core carries no benchmark code.
 */
package dev.outpost.sim.literature;
