/**
 * Pickup routing: couriers, each starting where and when it becomes free with what it already
 * carries, collect pickups inside their time windows and bring everything to the hub by the
 * cut-off.
 *
 * <p>The public API is the problem, courier, pickup, options and plan types and the solver
 * facade, on OptaPlanner's planning list variable. Every pickup of a problem ends up either in a
 * route or in the unassigned list with its reason. Ids are strings; the dense point indices refer
 * to the problem's travel tables. The OptaPlanner planning classes behind the facade are internal.
 */
package dev.outpost.routing;
