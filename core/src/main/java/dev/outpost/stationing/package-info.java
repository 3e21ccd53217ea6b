/**
 * Outpost stationing: which sites open, how many couriers each gets, and which clients each
 * serves.
 *
 * <p>The public API is the problem, options, objective and plan types and the solver facade;
 * objectives are p-median, maximal covering, set covering, p-center and an Erlang-C expected
 * response. Every client is served from its nearest open outpost, and the hard limits (outposts,
 * couriers, opening budget, per-site capacity, fixed and closed sites) come before the objective.
 * The OptaPlanner planning classes behind the facade are internal.
 */
package dev.outpost.stationing;
