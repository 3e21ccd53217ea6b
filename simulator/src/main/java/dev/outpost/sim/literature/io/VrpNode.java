package dev.outpost.sim.literature.io;

/**
 * One node of a literature VRP instance, in the instance's own units (Solomon: time equals
 * distance; CVRP: no time windows).
 *
 * @param id          the id in the file (the depot is node 0 of {@link VrpInstance#nodes()})
 * @param x           planar x
 * @param y           planar y
 * @param demand      capacity units picked up here, 0 at the depot
 * @param readyTime   earliest start of service
 * @param dueTime     latest start of service ({@link Double#POSITIVE_INFINITY} when unconstrained)
 * @param serviceTime time spent at the node
 */
public record VrpNode(int id, double x, double y, int demand, double readyTime, double dueTime, double serviceTime) {
}
