package dev.outpost.city;

import java.util.ArrayList;
import java.util.List;

/**
 * The road network while it is being drawn: nodes in the generator's plane (metres east and
 * north of the centre) and edges with their speed, direction and whether they are bridges.
 * Node numbers are dense, in creation order.
 */
final class RoadSketch {

    /** What a node belongs to; only {@link #STREET} nodes host clients, sites and the hub. */
    enum Role { STREET, RING, COUNTRY_ROAD }

    /** A junction. */
    record Node(double x, double y, Role role, int district) {
    }

    /**
     * A road segment; a two-way segment is one edge with {@code oneway == false}. {@code roadClass}
     * is one of the {@link CityTraffic} class names.
     */
    record Edge(int from, int to, double speedKmh, boolean oneway, boolean bridge, String roadClass) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    int addNode(double x, double y, Role role, int district) {
        nodes.add(new Node(x, y, role, district));
        return nodes.size() - 1;
    }

    void addEdge(int from, int to, double speedKmh, boolean oneway, boolean bridge, String roadClass) {
        edges.add(new Edge(from, to, speedKmh, oneway, bridge, roadClass));
    }

    Node node(int id) {
        return nodes.get(id);
    }

    int nodeCount() {
        return nodes.size();
    }

    List<Edge> edges() {
        return edges;
    }

    double distance(int a, int b) {
        return StrictMath.hypot(nodes.get(a).x - nodes.get(b).x, nodes.get(a).y - nodes.get(b).y);
    }

    /** A copy holding only the kept nodes, renumbered in order, and the edges between them. */
    RoadSketch keepOnly(boolean[] keep) {
        RoadSketch out = new RoadSketch();
        int[] newId = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            newId[i] = keep[i] ? out.addNode(nodes.get(i).x, nodes.get(i).y, nodes.get(i).role, nodes.get(i).district) : -1;
        }
        for (Edge e : edges) {
            if (keep[e.from] && keep[e.to]) {
                out.addEdge(newId[e.from], newId[e.to], e.speedKmh, e.oneway, e.bridge, e.roadClass);
            }
        }
        return out;
    }
}
