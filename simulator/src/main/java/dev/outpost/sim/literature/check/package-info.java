/**
 * Independent checking of literature VRP solutions:
 * {@link dev.outpost.sim.literature.check.VrpSolutionChecker} recomputes capacity, time windows,
 * the vehicle limit and the distance under the set's arc convention from the instance alone, so a
 * reported gap never rests on the solver's own bookkeeping.
 */
package dev.outpost.sim.literature.check;
