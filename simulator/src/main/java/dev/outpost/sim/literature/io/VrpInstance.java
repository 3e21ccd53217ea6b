package dev.outpost.sim.literature.io;

import java.util.List;

/**
 * A capacitated VRP (optionally with time windows) as published in the literature: one depot,
 * identical vehicles, customers. Readers for the Solomon and TSPLIB (Augerat) formats produce it;
 * the routing module maps it onto its own problem with an {@link ArcConvention}.
 *
 * @param name         instance name (file name without extension, lower case for Solomon)
 * @param vehicleLimit most vehicles that may be used; the number of customers for an unlimited
 *                     fleet (one route per customer is never binding)
 * @param capacity     capacity of each vehicle
 * @param nodes        node 0 is the depot, then the customers in file order
 */
public record VrpInstance(String name, int vehicleLimit, int capacity, List<VrpNode> nodes) {
    /**
     * Validates the components and copies {@code nodes} (unmodifiable).
     *
     * @param name         instance name (file name without extension, lower case for Solomon)
     * @param vehicleLimit most vehicles that may be used; the number of customers for an unlimited
     *       fleet (one route per customer is never binding)
     * @param capacity     capacity of each vehicle
     * @param nodes        node 0 is the depot, then the customers in file order
     */
    public VrpInstance {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("The instance (" + name + ") has no depot.");
        }
    }

    /**
     * The depot.
     *
     * @return the depot
     */
    public VrpNode depot() {
        return nodes.get(0);
    }

    /**
     * Whether the fleet is unlimited: the vehicle limit is at least the number of customers.
     *
     * @return whether the fleet is unlimited: the vehicle limit is at least the number of customers
     */
    public boolean unlimitedFleet() {
        return vehicleLimit >= customerCount();
    }

    /**
     * Number of customers (nodes less the depot).
     *
     * @return the number of customers (nodes less the depot)
     */
    public int customerCount() {
        return nodes.size() - 1;
    }
}
