package dev.outpost.sim.experiment;

import dev.outpost.model.Scenario;
import dev.outpost.sim.fleet.LegTimes;
import dev.outpost.travel.ScenarioPoints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each client's outpost in a layout, the one place that decides it (the simulator's per-outpost
 * KPIs and the report's map both read it). The outposts are the layout's, or the hub alone when it
 * has none. A layout that is {@link Layout#assigned} (a stationing plan, station.json) keeps its
 * own assignment: a client belongs to the outpost that lists it, or to none. Otherwise a client
 * belongs to the outpost nearest by expected drive of the first courier type at the start of the
 * service day (the first such outpost on a tie), or to none when no outpost reaches it.
 */
public final class ClientOutposts {

    /** The outpost id given to a client that belongs to no outpost. */
    public static final String NONE = "-";

    private final List<String> ids;
    private final int[] points;
    private final int[] clientPost;

    private ClientOutposts(List<String> ids, int[] points, int[] clientPost) {
        this.ids = List.copyOf(ids);
        this.points = points;
        this.clientPost = clientPost;
    }

    /**
     * Decides each client's outpost of {@code layout}.
     *
     * @param scenario the scenario
     * @param layout   the layout
     * @param legs     the leg times (used only when the layout has no assignment)
     * @return each client's outpost
     * @throws IllegalArgumentException naming the client when an assignment lists a client the scenario does not have
     */
    public static ClientOutposts of(Scenario scenario, Layout layout, LegTimes legs) {
        ScenarioPoints points = ScenarioPoints.of(scenario);
        List<String> ids = new ArrayList<>();
        List<Integer> postPoints = new ArrayList<>();
        for (Layout.Post p : layout.outposts()) {
            ids.add(p.siteId());
            postPoints.add(points.indexOf(p.siteId()));
        }
        if (ids.isEmpty()) {
            ids.add(scenario.hub().id());
            postPoints.add(points.hubIndex());
        }
        int[] posts = postPoints.stream().mapToInt(Integer::intValue).toArray();
        int[] clientPost = new int[scenario.clients().size()];
        Arrays.fill(clientPost, -1);
        if (layout.assigned()) {
            Map<String, Integer> clientIndex = new HashMap<>();
            for (int c = 0; c < clientPost.length; c++) {
                clientIndex.put(scenario.clients().get(c).id(), c);
            }
            for (int s = 0; s < layout.outposts().size(); s++) {
                Layout.Post p = layout.outposts().get(s);
                for (String client : p.clients()) {
                    Integer c = clientIndex.get(client);
                    if (c == null) {
                        throw new IllegalArgumentException("The outpost " + p.siteId() + " serves the client (" + client
                                + "), which is not a client of the scenario (" + scenario.name() + ").");
                    }
                    clientPost[c] = s;
                }
            }
        } else {
            int start = scenario.horizon().serviceDay().startSeconds();
            for (int c = 0; c < clientPost.length; c++) {
                int bestSeconds = Integer.MAX_VALUE;
                for (int s = 0; s < posts.length; s++) {
                    int leg = legs.seconds(0, posts[s], points.clientIndex(c), start);
                    if (leg >= 0 && leg < bestSeconds) {
                        bestSeconds = leg;
                        clientPost[c] = s;
                    }
                }
            }
        }
        return new ClientOutposts(ids, posts, clientPost);
    }

    /** {@return the outposts' site ids (the hub's id alone when the layout has none), layout order} */
    public List<String> ids() {
        return ids;
    }

    /** {@return the outposts' points (ScenarioPoints indices), layout order} */
    public int[] points() {
        return points.clone();
    }

    /**
     * The outpost of a client.
     *
     * @param client the client's index in the scenario
     * @return the index of its outpost in {@link #ids()}, or -1 when it belongs to none
     */
    public int postOf(int client) {
        return clientPost[client];
    }

    /** {@return the outpost id of each client, client order; {@link #NONE} for a client of no outpost} */
    public String[] idsByClient() {
        String[] out = new String[clientPost.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = clientPost[c] < 0 ? NONE : ids.get(clientPost[c]);
        }
        return out;
    }
}
