/**
 * Internal: the stationing solver's phases, moves, score calculator, queue model and plan
 * assembly. Not part of the public API; they may change in any release. Use
 * {@link dev.outpost.stationing.StationingSolver} and the problem, options and plan types instead.
 */
package dev.outpost.stationing.internal.solver;
