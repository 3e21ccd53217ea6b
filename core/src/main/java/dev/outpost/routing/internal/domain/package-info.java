/**
 * Internal: OptaPlanner planning classes of the routing solver (solution, entities, the flattened
 * problem). Not API: they may change in any release; use {@link dev.outpost.routing.RoutingSolver}.
 */
package dev.outpost.routing.internal.domain;
