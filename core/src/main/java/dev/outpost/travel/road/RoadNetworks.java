package dev.outpost.travel.road;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.TravelSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Builds a {@link RoadNetwork} from a scenario's {@link TravelSpec.Road}. */
public final class RoadNetworks {

    private RoadNetworks() {
    }

    /**
     * The network a road spec describes: a file ({@code .osm}, {@code .osm.gz}: OpenStreetMap,
     * largest strongly connected component kept; {@code .csv}: {@link EdgeListCsvReader}, all kept)
     * resolved against {@code baseDir}, or the inline nodes and edges (all kept, so that pieces a
     * generator left disconnected show up as unreachable pairs).
     *
     * @param spec        the scenario's road travel spec
     * @param baseDir     folder the file name is relative to (the scenario's folder); may be null
     *                    for an absolute path or an inline network
     * @param coordinates how the inline nodes' locations are to be read
     * @return the road network
     * @throws IOException naming the file, or the inline element ({@code nodes[i]}, {@code edges[i]}),
     *                     with the reason
     */
    public static RoadNetwork fromSpec(TravelSpec.Road spec, Path baseDir, CoordinateSystem coordinates)
            throws IOException {
        if (spec.file() != null) {
            Path file = baseDir == null ? Path.of(spec.file()) : baseDir.resolve(spec.file());
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".osm") || lower.endsWith(".osm.gz")) {
                return OsmReader.read(file, RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT).network();
            }
            if (lower.endsWith(".csv")) {
                return EdgeListCsvReader.read(file, RoadNetwork.ComponentPolicy.KEEP_ALL);
            }
            throw new IOException("The road network file (" + file + ") has an unknown extension; use .osm, .osm.gz"
                    + " or .csv.");
        }
        return inline(spec.nodes(), spec.edges(), coordinates);
    }

    /**
     * A network from inline nodes and edges, every node kept.
     *
     * @param nodes       the nodes
     * @param edges       the directed edges
     * @param coordinates how the nodes' locations are to be read
     * @return the road network
     * @throws IOException naming {@code nodes[i]} or {@code edges[i]} and the reason
     */
    public static RoadNetwork inline(List<TravelSpec.RoadNode> nodes, List<TravelSpec.RoadEdge> edges,
            CoordinateSystem coordinates) throws IOException {
        RoadNetwork.Builder b = new RoadNetwork.Builder(coordinates);
        for (int i = 0; i < nodes.size(); i++) {
            TravelSpec.RoadNode node = nodes.get(i);
            if (node == null || node.location() == null) {
                throw new IOException("nodes[" + i + "]: the road node has no location; give its location.");
            }
            try {
                b.addNode(node.id(), node.location().x(), node.location().y());
            } catch (IllegalArgumentException e) {
                throw new IOException("nodes[" + i + "]: " + e.getMessage(), e);
            }
        }
        for (int i = 0; i < edges.size(); i++) {
            TravelSpec.RoadEdge edge = edges.get(i);
            try {
                b.addEdge(edge.from(), edge.to(), edge.metres(), edge.speedKmh(), edge.oneway(),
                        edge.roadClassOrDefault());
            } catch (IllegalArgumentException e) {
                throw new IOException("edges[" + i + "]: " + e.getMessage(), e);
            }
        }
        return b.build(RoadNetwork.ComponentPolicy.KEEP_ALL);
    }
}
