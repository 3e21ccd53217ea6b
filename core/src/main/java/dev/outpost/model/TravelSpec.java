package dev.outpost.model;

import java.util.List;

/** How a scenario measures travel. One of three kinds. */
public sealed interface TravelSpec {

    /**
     * Straight line (haversine or Euclidean) times a detour factor, at each courier type's speed.
     *
     * @param detourFactor road distance over straight-line distance, at least 1
     */
    record StraightLine(double detourFactor) implements TravelSpec {
    }

    /**
     * An explicit matrix between named points (every client, site and the hub must appear).
     *
     * @param pointIds ids, in row order
     * @param seconds  seconds[i][j] from pointIds[i] to pointIds[j]; {@code null} where no path leads
     *                 from i to j (then also {@code null} in {@code metres})
     * @param metres   metres[i][j] from pointIds[i] to pointIds[j]; {@code null} where no path
     */
    record Matrix(List<String> pointIds, List<List<Integer>> seconds, List<List<Integer>> metres)
            implements TravelSpec {
        /**
         * Copies the lists, rows included ({@code null} entries are kept).
         *
         * @param pointIds ids, in row order
         * @param seconds  seconds[i][j] from pointIds[i] to pointIds[j]; {@code null} where no path
         * @param metres   metres[i][j] from pointIds[i] to pointIds[j]; {@code null} where no path
         */
        public Matrix {
            pointIds = List.copyOf(pointIds);
            seconds = seconds.stream().map(Matrix::copyRow).toList();
            metres = metres.stream().map(Matrix::copyRow).toList();
        }

        // List.copyOf rejects null, and null is how a matrix marks an unreachable pair.
        private static List<Integer> copyRow(List<Integer> row) {
            return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row));
        }
    }

    /**
     * A road network: either a file ({@code .osm}, {@code .osm.gz}, or an edge-list {@code .csv}),
     * resolved relative to the scenario file, or an inline graph (as the default city writes).
     *
     * @param file  path of the network file, or {@code null} when inline
     * @param nodes inline nodes, empty when {@code file} is given
     * @param edges inline directed edges, empty when {@code file} is given
     * @param congestion time-of-day speed factors per road class, or {@code null} for free flow all day
     * @param maxWalkMetres how far a point may lie from the nearest road its courier type may drive
     *                      (the courier parks there and walks, at 5 km/h); {@code null} for
     *                      {@link #DEFAULT_MAX_WALK_METRES}
     */
    record Road(String file, List<RoadNode> nodes, List<RoadEdge> edges, Congestion congestion, Double maxWalkMetres)
            implements TravelSpec {

        /** The walking limit when the scenario gives none, metres. */
        public static final double DEFAULT_MAX_WALK_METRES = 1_000;

        /**
         * Copies the lists.
         *
         * @param file  path of the network file, or {@code null} when inline
         * @param nodes inline nodes, empty when {@code file} is given
         * @param edges inline directed edges, empty when {@code file} is given
         * @param congestion time-of-day speed factors per road class, or {@code null} for free flow
         * @param maxWalkMetres the walking limit, metres, or {@code null} for the default
         */
        public Road {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }

        /**
         * A network with the default walking limit.
         *
         * @param file  path of the network file, or {@code null} when inline
         * @param nodes inline nodes, empty when {@code file} is given
         * @param edges inline directed edges, empty when {@code file} is given
         * @param congestion time-of-day speed factors per road class, or {@code null} for free flow
         */
        public Road(String file, List<RoadNode> nodes, List<RoadEdge> edges, Congestion congestion) {
            this(file, nodes, edges, congestion, null);
        }

        /**
         * The walking limit, metres: {@link #maxWalkMetres()} or the default.
         *
         * @return the walking limit, metres
         */
        public double maxWalkMetresOrDefault() {
            return maxWalkMetres == null ? DEFAULT_MAX_WALK_METRES : maxWalkMetres;
        }

        /**
         * A network without congestion.
         *
         * @param file road network file, or {@code null} for inline nodes and edges
         * @param nodes inline nodes, empty when {@code file} is given
         * @param edges inline directed edges, empty when {@code file} is given
         */
        public Road(String file, List<RoadNode> nodes, List<RoadEdge> edges) {
            this(file, nodes, edges, null, null);
        }
    }

    /**
     * A road junction.
     *
     * @param id       unique node id
     * @param location where it is
     */
    record RoadNode(long id, Location location) {
    }

    /**
     * A road segment between two nodes.
     *
     * @param from     start node id
     * @param to       end node id
     * @param metres   length, metres, positive
     * @param speedKmh free-flow speed, km/h, positive
     * @param oneway   true if it may only be driven from {@code from} to {@code to}
     * @param roadClass the road class (for profiles and congestion), or {@code null} for
     *                  {@link #DEFAULT_ROAD_CLASS}
     */
    record RoadEdge(long from, long to, double metres, double speedKmh, boolean oneway, String roadClass) {

        /** The class of an edge that names none. */
        public static final String DEFAULT_ROAD_CLASS = "road";

        /**
         * An edge of the default class.
         *
         * @param from start node id
         * @param to end node id
         * @param metres length, metres, positive
         * @param speedKmh free-flow speed, km/h, positive
         * @param oneway true if it may only be driven from {@code from} to {@code to}
         */
        public RoadEdge(long from, long to, double metres, double speedKmh, boolean oneway) {
            this(from, to, metres, speedKmh, oneway, null);
        }

        /**
         * The road class, {@link #DEFAULT_ROAD_CLASS} when none is given.
         *
         * @return the road class, {@link #DEFAULT_ROAD_CLASS} when none is given
         */
        public String roadClassOrDefault() {
            return roadClass == null ? DEFAULT_ROAD_CLASS : roadClass;
        }
    }
}
