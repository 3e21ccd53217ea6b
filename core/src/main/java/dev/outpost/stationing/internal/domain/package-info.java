/**
 * Internal: the OptaPlanner planning classes of the stationing solver (solution, entity, facts).
 * Not part of the public API; they may change in any release. Use
 * {@link dev.outpost.stationing.StationingSolver} and the problem, options and plan types instead.
 */
package dev.outpost.stationing.internal.domain;
