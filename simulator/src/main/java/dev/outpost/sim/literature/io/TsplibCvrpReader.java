package dev.outpost.sim.literature.io;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a capacitated VRP in the TSPLIB 95 / CVRPLIB format (Augerat et al. 1995 sets A, B, P):
 * specification lines {@code KEY : VALUE} ({@code NAME}, {@code COMMENT}, {@code TYPE},
 * {@code DIMENSION}, {@code EDGE_WEIGHT_TYPE}, {@code CAPACITY}), then {@code NODE_COORD_SECTION}
 * ({@code id x y}), {@code DEMAND_SECTION} ({@code id demand}) and {@code DEPOT_SECTION} (depot ids
 * ended by {@code -1}), then optionally {@code EOF}.
 *
 * <p>Only {@code EDGE_WEIGHT_TYPE : EUC_2D} and a single depot are supported; arcs are then
 * measured with {@link ArcConvention#ROUNDED_INTEGER}. The depot becomes node 0 of the instance,
 * the other nodes follow in file order and keep their file ids in {@link VrpNode#id()}. Nodes have
 * no time windows ({@code ready = 0}, {@code due = +infinity}) and no service time.
 *
 * <p>The vehicle limit follows each set's published convention. Uchoa et al. (2017) set X
 * ({@code X-n101-k25}): the fleet is unlimited, the {@code k} being only a lower bound on the
 * routes (the best-known solution of X-n101-k25 uses 26), so the limit is the number of customers
 * (no binding limit, see {@link #UNLIMITED_FLEET}). Other sets, such as Augerat A, publish their
 * optima for the fleet of {@code k} vehicles: the limit is the {@code k} of a {@code -kN} suffix in
 * the name ({@code A-n32-k5} gives 5); failing that, the number after "No of trucks:" in the
 * comment; failing that, the number of customers. The instance name is the {@code NAME} value as
 * written (case kept), which is how {@code optima.csv} lists it. Lines may end in CRLF or LF.
 */
public final class TsplibCvrpReader {

    private static final Pattern K_IN_NAME = Pattern.compile("-k(\\d+)\\b", Pattern.CASE_INSENSITIVE);
    /** Names of sets solved with an unlimited fleet: Uchoa et al. (2017) set X, {@code X-n<nodes>-k<min routes>}. */
    static final Pattern UNLIMITED_FLEET = Pattern.compile("X-n\\d+-k\\d+");
    private static final Pattern TRUCKS_IN_COMMENT = Pattern.compile("trucks\\s*:?\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

    /**
     * Largest {@code DIMENSION} read (nodes, the depot included). The solvers keep a full n-by-n
     * table of 4-byte arcs, about 400 MB at this size; the largest published sets (Uchoa et al. set
     * X) have 1,001 nodes.
     */
    public static final int MAX_DIMENSION = 10_000;
    /** Largest coordinate magnitude read; beyond it rounded arc lengths no longer fit the solvers' integers. */
    public static final double MAX_COORDINATE = 1e8;

    private TsplibCvrpReader() {
    }

    /**
     * Reads one TSPLIB CVRP file.
     *
     * @param file the file; never null
     * @return the instance, node 0 the depot
     * @throws LiteratureFormatException naming the file and line when the content is not supported TSPLIB CVRP
     * @throws UncheckedIOException      when the file cannot be read
     */
    public static VrpInstance read(Path file) {
        List<String> lines = LiteratureLines.read(file, "TSPLIB file", StandardCharsets.ISO_8859_1);
        return parse(file, lines);
    }

    /**
     * Parses the lines of a TSPLIB CVRP file (CR at line ends is ignored).
     *
     * @param file  used in error messages and as the name when {@code NAME} is missing; never null
     * @param lines the lines; never null
     * @return the instance
     * @throws LiteratureFormatException naming the file and line when the content is not supported TSPLIB CVRP
     */
    public static VrpInstance parse(Path file, List<String> lines) {
        String name = null;
        String comment = "";
        int dimension = -1;
        int capacity = -1;
        String section = "";
        double[] x = null;
        double[] y = null;
        int[] demand = null;
        boolean[] seenCoord = null;
        boolean[] seenDemand = null;
        List<Integer> depots = new ArrayList<>();
        boolean depotClosed = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.equals("EOF")) {
                break;
            }
            if (upper.endsWith("_SECTION")) {
                section = upper;
                if (dimension < 0) {
                    throw new LiteratureFormatException(file, lineNo, "The " + section
                            + " comes before DIMENSION; DIMENSION must be given first.");
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (section.isEmpty() || (colon > 0 && Character.isLetter(line.charAt(0)))) {
                if (colon < 0) {
                    throw new LiteratureFormatException(file, lineNo, "The line (" + line
                            + ") is neither a KEY : VALUE specification nor a section header.");
                }
                section = "";
                String key = line.substring(0, colon).strip().toUpperCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                switch (key) {
                    case "NAME" -> name = value;
                    case "COMMENT" -> comment = value;
                    case "TYPE" -> {
                        if (!value.toUpperCase(Locale.ROOT).equals("CVRP")) {
                            throw new LiteratureFormatException(file, lineNo, "The TYPE (" + value
                                    + ") is not supported; only CVRP is.");
                        }
                    }
                    case "DIMENSION" -> {
                        dimension = parseInt(file, lineNo, value, "DIMENSION");
                        if (dimension < 2) {
                            throw new LiteratureFormatException(file, lineNo, "The DIMENSION (" + dimension
                                    + ") must be at least 2 (depot and one customer).");
                        }
                        if (dimension > MAX_DIMENSION) {
                            throw new LiteratureFormatException(file, lineNo, "The DIMENSION (" + dimension
                                    + ") is above the limit of " + MAX_DIMENSION + " nodes: the solvers keep a full"
                                    + " table of every arc, about " + String.format(Locale.ROOT, "%,.0f",
                                    4.0 * dimension * dimension / 1e9) + " GB at this size.");
                        }
                        x = new double[dimension + 1];
                        y = new double[dimension + 1];
                        demand = new int[dimension + 1];
                        seenCoord = new boolean[dimension + 1];
                        seenDemand = new boolean[dimension + 1];
                    }
                    case "CAPACITY" -> capacity = parseInt(file, lineNo, value, "CAPACITY");
                    case "EDGE_WEIGHT_TYPE" -> {
                        if (!value.toUpperCase(Locale.ROOT).equals("EUC_2D")) {
                            throw new LiteratureFormatException(file, lineNo, "The EDGE_WEIGHT_TYPE (" + value
                                    + ") is not supported; only EUC_2D is.");
                        }
                    }
                    default -> {
                        // Other specification keys (e.g. DISTANCE, VEHICLES in some sets) do not change the model.
                    }
                }
                continue;
            }
            String[] t = line.split("\\s+");
            switch (section) {
                case "NODE_COORD_SECTION" -> {
                    if (t.length != 3) {
                        throw new LiteratureFormatException(file, lineNo, "The coordinate line (" + line
                                + ") must hold three numbers: id x y.");
                    }
                    int id = nodeId(file, lineNo, t[0], dimension);
                    x[id] = parseDouble(file, lineNo, t[1], "x coordinate");
                    y[id] = parseDouble(file, lineNo, t[2], "y coordinate");
                    seenCoord[id] = true;
                }
                case "DEMAND_SECTION" -> {
                    if (t.length != 2) {
                        throw new LiteratureFormatException(file, lineNo, "The demand line (" + line
                                + ") must hold two integers: id demand.");
                    }
                    int id = nodeId(file, lineNo, t[0], dimension);
                    demand[id] = parseInt(file, lineNo, t[1], "demand");
                    if (demand[id] < 0) {
                        throw new LiteratureFormatException(file, lineNo, "The demand (" + demand[id]
                                + ") of node " + id + " is negative.");
                    }
                    seenDemand[id] = true;
                }
                case "DEPOT_SECTION" -> {
                    for (String token : t) {
                        int id = parseInt(file, lineNo, token, "depot id");
                        if (id == -1) {
                            depotClosed = true;
                        } else if (!depotClosed) {
                            depots.add(nodeId(file, lineNo, token, dimension));
                        }
                    }
                }
                default -> throw new LiteratureFormatException(file, lineNo, "The line (" + line
                        + ") is inside the unsupported section " + section + ".");
            }
        }
        if (dimension < 0) {
            throw new LiteratureFormatException(file, 0, "The DIMENSION specification is missing.");
        }
        if (capacity <= 0) {
            throw new LiteratureFormatException(file, 0, "The CAPACITY (" + capacity + ") is missing or not positive.");
        }
        if (depots.size() != 1) {
            throw new LiteratureFormatException(file, 0, "The DEPOT_SECTION lists " + depots.size()
                    + " depots; exactly one is supported.");
        }
        for (int id = 1; id <= dimension; id++) {
            if (!seenCoord[id]) {
                throw new LiteratureFormatException(file, 0, "The node " + id + " has no line in NODE_COORD_SECTION.");
            }
            if (!seenDemand[id]) {
                throw new LiteratureFormatException(file, 0, "The node " + id + " has no line in DEMAND_SECTION.");
            }
        }
        int depot = depots.get(0);
        if (demand[depot] != 0) {
            throw new LiteratureFormatException(file, 0, "The depot (node " + depot + ") has demand "
                    + demand[depot] + "; it must be 0.");
        }
        if (name == null || name.isEmpty()) {
            name = SolomonReader.instanceName(file);
        }
        List<VrpNode> nodes = new ArrayList<>(dimension);
        nodes.add(new VrpNode(depot, x[depot], y[depot], 0, 0, Double.POSITIVE_INFINITY, 0));
        for (int id = 1; id <= dimension; id++) {
            if (id != depot) {
                nodes.add(new VrpNode(id, x[id], y[id], demand[id], 0, Double.POSITIVE_INFINITY, 0));
            }
        }
        return new VrpInstance(name, vehicleLimit(name, comment, dimension - 1), capacity, nodes);
    }

    private static int vehicleLimit(String name, String comment, int customers) {
        if (UNLIMITED_FLEET.matcher(name).matches()) {
            return customers;
        }
        Matcher inName = K_IN_NAME.matcher(name);
        if (inName.find()) {
            return Integer.parseInt(inName.group(1));
        }
        Matcher inComment = TRUCKS_IN_COMMENT.matcher(comment);
        if (inComment.find()) {
            return Integer.parseInt(inComment.group(1));
        }
        return customers;
    }

    private static int nodeId(Path file, int lineNo, String token, int dimension) {
        int id = parseInt(file, lineNo, token, "node id");
        if (id < 1 || id > dimension) {
            throw new LiteratureFormatException(file, lineNo, "The node id (" + id + ") is outside 1.." + dimension
                    + " (DIMENSION).");
        }
        return id;
    }

    private static int parseInt(Path file, int lineNo, String token, String field) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new LiteratureFormatException(file, lineNo, "The " + field + " (" + token + ") is not an integer.");
        }
    }

    private static double parseDouble(Path file, int lineNo, String token, String field) {
        double value;
        try {
            value = Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new LiteratureFormatException(file, lineNo, "The " + field + " (" + token + ") is not a number.");
        }
        // Double.parseDouble accepts NaN, Infinity and hexadecimal forms: a NaN arc would count as 0.
        if (!Double.isFinite(value) || Math.abs(value) > MAX_COORDINATE) {
            throw new LiteratureFormatException(file, lineNo, "The " + field + " (" + token + ") must be a finite"
                    + " number of magnitude at most " + (long) MAX_COORDINATE + ".");
        }
        return value;
    }
}
