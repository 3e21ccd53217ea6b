package dev.outpost.sim.experiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where couriers are stationed (from {@code outpost station --out}'s station.json, read by
 * {@code StationingPlanReader}, or from the stationing solver, {@link Layouts}): open outposts with a courier count each, or none (everyone starts
 * at the hub, today's practice). Couriers are given homes in fleet order: the first outpost's count
 * of couriers, then the next outpost's, and so on; couriers left over start at the hub; when the
 * layout asks for more couriers than the fleet has, the last outposts get fewer.
 *
 * <p>A layout from a stationing plan is {@link #assigned}: each outpost lists the clients it serves,
 * as the plan (station.json) says, and the simulator groups per-outpost KPIs by that assignment
 * (a client no outpost lists belongs to none). A layout without an assignment (the hub, or one made
 * by hand) gives each client the outpost nearest by expected drive ({@link ClientOutposts}).
 *
 * @param name     a label for reports ({@code hub} or the file name)
 * @param outposts the open outposts, in the order given
 * @param assigned whether the outposts' {@link Post#clients} are the client-to-outpost assignment
 */
public record Layout(String name, List<Post> outposts, boolean assigned) {

    /**
     * One open outpost.
     *
     * @param siteId   a site id of the scenario
     * @param couriers couriers stationed there, at least 0
     * @param clients  ids of the clients it serves (used when the layout is {@link #assigned}), in the order given
     */
    public record Post(String siteId, int couriers, List<String> clients) {

        /**
         * Copies the list.
         *
         * @param siteId   a site id of the scenario
         * @param couriers couriers stationed there, at least 0
         * @param clients  ids of the clients it serves, in the order given
         */
        public Post {
            clients = List.copyOf(clients);
        }

        /**
         * An outpost serving no listed clients (for a layout without an assignment).
         *
         * @param siteId   a site id of the scenario
         * @param couriers couriers stationed there, at least 0
         */
        public Post(String siteId, int couriers) {
            this(siteId, couriers, List.of());
        }
    }

    /**
     * Copies the list.
     *
     * @param name     a label for reports ({@code hub} or the file name)
     * @param outposts the open outposts, in the order given
     * @param assigned whether the outposts' clients are the client-to-outpost assignment
     * @throws IllegalArgumentException naming the client when an assignment lists a client twice
     */
    public Layout {
        outposts = List.copyOf(outposts);
        if (assigned) {
            Map<String, String> seen = new HashMap<>();
            for (Post p : outposts) {
                for (String c : p.clients()) {
                    String before = seen.putIfAbsent(c, p.siteId());
                    if (before != null) {
                        throw new IllegalArgumentException("The client (" + c + ") is assigned to both " + before
                                + " and " + p.siteId() + "; a client belongs to one outpost.");
                    }
                }
            }
        }
    }

    /**
     * A layout without an assignment: each client goes to its nearest outpost.
     *
     * @param name     a label for reports
     * @param outposts the open outposts, in the order given
     */
    public Layout(String name, List<Post> outposts) {
        this(name, outposts, false);
    }

    /**
     * Everyone at the hub.
     *
     * @return the layout with everyone at the hub
     */
    public static Layout hub() {
        return new Layout("hub", List.of());
    }
}
