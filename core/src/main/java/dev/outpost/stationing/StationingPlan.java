package dev.outpost.stationing;

import java.util.List;

/**
 * A stationing decision, id-based and immutable.
 *
 * @param objective        the objective optimised
 * @param objectiveValue   its value, in the unit documented on {@link StationingObjective}
 * @param violations       what falls short, one entry per limit, each in its own unit; empty when feasible
 * @param outposts         open sites, ascending site index
 * @param clients          one entry per client, client index order
 * @param unreachableClientIds clients no usable site reaches at all
 * @param uncoverableClientIds clients no usable site reaches within their response target
 */
public record StationingPlan(StationingObjective objective, long objectiveValue, List<StationingViolation> violations,
        List<Outpost> outposts, List<ClientAssignment> clients, List<String> unreachableClientIds,
        List<String> uncoverableClientIds) {

    /**
     * Copies the lists (unmodifiable).
     *
     * @param objective        the objective optimised
     * @param objectiveValue   its value, in the unit documented on {@link StationingObjective}
     * @param violations       what falls short, one entry per limit, each in its own unit; empty when feasible
     * @param outposts         open sites, ascending site index
     * @param clients          one entry per client, client index order
     * @param unreachableClientIds clients no usable site reaches at all
     * @param uncoverableClientIds clients no usable site reaches within their response target
     */
    public StationingPlan {
        violations = List.copyOf(violations);
        outposts = List.copyOf(outposts);
        clients = List.copyOf(clients);
        unreachableClientIds = List.copyOf(unreachableClientIds);
        uncoverableClientIds = List.copyOf(uncoverableClientIds);
    }

    /**
     * Whether every hard limit holds.
     *
     * @return whether every hard limit holds
     */
    public boolean feasible() {
        return violations.isEmpty();
    }

    /**
     * Couriers stationed in all (a long: per-site counts are ints, their sum need not be).
     *
     * @return couriers stationed in all (a long: per-site counts are ints, their sum need not be)
     */
    public long courierCount() {
        return outposts.stream().mapToLong(Outpost::couriers).sum();
    }

    /**
     * An open outpost.
     *
     * @param siteIndex           index in the problem
     * @param siteId              site id
     * @param couriers            couriers stationed, at least 1
     * @param clientIndices       clients it serves, ascending
     * @param offeredLoadErlangs  busy couriers on average ({@code lambda * S}, see {@code QueueModel})
     * @param expectedWaitSeconds expected wait for a free courier, rounded, computed for every
     *                            objective; -1 when the queue is unstable
     */
    public record Outpost(int siteIndex, String siteId, int couriers, List<Integer> clientIndices,
            double offeredLoadErlangs, int expectedWaitSeconds) {
        /**
         * Copies {@code clientIndices} (unmodifiable).
         *
         * @param siteIndex           index in the problem
         * @param siteId              site id
         * @param couriers            couriers stationed, at least 1
         * @param clientIndices       clients it serves, ascending
         * @param offeredLoadErlangs  busy couriers on average ({@code lambda * S}, see {@code QueueModel})
         * @param expectedWaitSeconds expected wait for a free courier, rounded, computed for every
         *       objective; -1 when the queue is unstable
         */
        public Outpost {
            clientIndices = List.copyOf(clientIndices);
        }
    }

    /**
     * Where a client is served from.
     *
     * @param clientIndex             index in the problem
     * @param clientId                client id
     * @param siteIndex               its outpost (nearest open site), -1 when none reaches it
     * @param siteId                  its outpost's id, null when none
     * @param travelSeconds           travel from the outpost, -1 when none
     * @param expectedResponseSeconds travel plus the outpost's expected wait, rounded; -1 when not
     *                                served or the outpost's queue is unstable
     * @param withinTarget            whether the travel is within the client's response target
     */
    public record ClientAssignment(int clientIndex, String clientId, int siteIndex, String siteId,
            int travelSeconds, int expectedResponseSeconds, boolean withinTarget) {
    }
}
