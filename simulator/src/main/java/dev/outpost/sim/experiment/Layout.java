package dev.outpost.sim.experiment;

import java.util.List;

/**
 * Where couriers are stationed (from {@code outpost station --out}'s station.json, read by
 * {@code StationingPlanReader}, or from the stationing solver, {@link Layouts}): open outposts with a courier count each, or none (everyone starts
 * at the hub, today's practice). Couriers are given homes in fleet order: the first outpost's count
 * of couriers, then the next outpost's, and so on; couriers left over start at the hub; when the
 * layout asks for more couriers than the fleet has, the last outposts get fewer.
 *
 * @param name     a label for reports ({@code hub} or the file name)
 * @param outposts the open outposts, in the order given
 */
public record Layout(String name, List<Post> outposts) {

    /**
     * One open outpost.
     *
     * @param siteId   a site id of the scenario
     * @param couriers couriers stationed there, at least 0
     */
    public record Post(String siteId, int couriers) {
    }

    /**
     * Copies the list.
     *
     * @param name     a label for reports ({@code hub} or the file name)
     * @param outposts the open outposts, in the order given
     */
    public Layout {
        outposts = List.copyOf(outposts);
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
