/**
 * Internal: the routing solver's OptaPlanner configuration, score calculators, variable listener
 * and custom moves. Not API: they may change in any release; use
 * {@link dev.outpost.routing.RoutingSolver}.
 */
package dev.outpost.routing.internal.solver;
