package dev.outpost.travel.road;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@link RoadNetwork} from a plain edge-list CSV, one directed or two-way road segment a
 * line, with the coordinates of both ends on the same line (so one file is the whole network).
 *
 * <p>Format: UTF-8, comma-separated, no quoting, a header line naming the columns in any order;
 * blank lines and lines starting with {@code #} are skipped. Columns:
 * <ul>
 *   <li>{@code from}, {@code to}: node ids (integers, {@code long});</li>
 *   <li>{@code speed_kmh}: free-flow speed, km/h, positive;</li>
 *   <li>{@code oneway}: {@code true|false|yes|no|1|0}; one-way means only {@code from -> to};</li>
 *   <li>{@code metres} (optional column, or an empty cell): length; when absent, the
 *       straight-line distance between the ends;</li>
 *   <li>{@code class} (optional column, or an empty cell): the road class, for courier profiles
 *       and congestion; {@code road} when absent;</li>
 *   <li>coordinates, either {@code from_lat,from_lon,to_lat,to_lon} (degrees WGS84, the network
 *       is {@link CoordinateSystem#GEOGRAPHIC}) or {@code from_x,from_y,to_x,to_y} (metres,
 *       {@link CoordinateSystem#PLANAR}).</li>
 * </ul>
 * A node that appears on several lines must have the same coordinates (within 1e-7) each time.
 * Example:
 * <pre>
 * from,to,metres,speed_kmh,oneway,from_lat,from_lon,to_lat,to_lon
 * 1,2,120.5,50,false,43.7300,7.4200,43.7310,7.4205
 * 2,3,,30,true,43.7310,7.4205,43.7320,7.4190
 * </pre>
 * Every error names the line and column and is an {@link IOException}.
 */
public final class EdgeListCsvReader {

    private static final double SAME_COORDINATE = 1e-7;

    private EdgeListCsvReader() {
    }

    /**
     * Reads a file; see the class comment for the format.
     *
     * @param file   the CSV file, UTF-8
     * @param policy which components of the network to keep
     * @return the road network
     * @throws IOException if the file cannot be read or a line is malformed (line and column named)
     */
    public static RoadNetwork read(Path file, RoadNetwork.ComponentPolicy policy) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString(), policy);
        }
    }

    /**
     * Reads CSV text; see the class comment for the format.
     *
     * @param reader the text (not closed)
     * @param name   the source name used in messages
     * @param policy which components of the network to keep
     * @return the road network
     * @throws IOException if the text cannot be read or a line is malformed (line and column named)
     */
    public static RoadNetwork read(Reader reader, String name, RoadNetwork.ComponentPolicy policy) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        Map<String, Integer> columns = null;
        boolean geographic = false;
        String[] coordinateColumns = null;
        record Row(long from, long to, double metres, double kmh, boolean oneway, double[] xy, int line,
                String roadClass) {
        }
        List<Row> rows = new ArrayList<>();
        Map<Long, double[]> nodes = new HashMap<>();
        List<Long> nodeOrder = new ArrayList<>();
        while ((line = in.readLine()) != null) {
            lineNo++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split(",", -1);
            if (columns == null) {
                columns = new HashMap<>();
                for (int c = 0; c < cells.length; c++) {
                    columns.put(cells[c].trim().toLowerCase(Locale.ROOT), c);
                }
                for (String required : new String[] {"from", "to", "speed_kmh", "oneway"}) {
                    if (!columns.containsKey(required)) {
                        throw new IOException(name + ": line " + lineNo + ": the header lacks the column '" + required
                                + "'; the header must name from,to,speed_kmh,oneway and the coordinate columns.");
                    }
                }
                if (columns.keySet().containsAll(List.of("from_lat", "from_lon", "to_lat", "to_lon"))) {
                    geographic = true;
                    coordinateColumns = new String[] {"from_lon", "from_lat", "to_lon", "to_lat"};
                } else if (columns.keySet().containsAll(List.of("from_x", "from_y", "to_x", "to_y"))) {
                    coordinateColumns = new String[] {"from_x", "from_y", "to_x", "to_y"};
                } else {
                    throw new IOException(name + ": line " + lineNo + ": the header has no coordinate columns; add"
                            + " from_lat,from_lon,to_lat,to_lon (degrees) or from_x,from_y,to_x,to_y (metres).");
                }
                continue;
            }
            if (cells.length != columns.size()) {
                throw new IOException(name + ": line " + lineNo + ": " + cells.length + " cells, the header has "
                        + columns.size() + "; give one cell per column (empty for a missing metres).");
            }
            long from = parseLong(cells, columns, "from", name, lineNo);
            long to = parseLong(cells, columns, "to", name, lineNo);
            double kmh = parseDouble(cells, columns, "speed_kmh", name, lineNo);
            boolean oneway = parseBoolean(cells, columns, "oneway", name, lineNo);
            double[] xy = new double[4];
            for (int k = 0; k < 4; k++) {
                xy[k] = parseDouble(cells, columns, coordinateColumns[k], name, lineNo);
            }
            double metres = Double.NaN;
            Integer mc = columns.get("metres");
            if (mc != null && !cells[mc].trim().isEmpty()) {
                metres = parseDouble(cells, columns, "metres", name, lineNo);
            }
            checkNode(nodes, nodeOrder, from, xy[0], xy[1], "from", name, lineNo);
            checkNode(nodes, nodeOrder, to, xy[2], xy[3], "to", name, lineNo);
            Integer cc = columns.get("class");
            String roadClass = cc == null || cells[cc].trim().isEmpty() ? RoadNetwork.DEFAULT_ROAD_CLASS
                    : cells[cc].trim();
            rows.add(new Row(from, to, metres, kmh, oneway, xy, lineNo, roadClass));
        }
        if (columns == null) {
            throw new IOException(name + ": the file is empty; give a header line and at least one edge.");
        }
        CoordinateSystem cs = geographic ? CoordinateSystem.GEOGRAPHIC : CoordinateSystem.PLANAR;
        RoadNetwork.Builder b = new RoadNetwork.Builder(cs);
        for (Long id : nodeOrder) {
            double[] c = nodes.get(id);
            b.addNode(id, c[0], c[1]);
        }
        for (Row row : rows) {
            double metres = Double.isNaN(row.metres())
                    ? cs.straightLineMetres(point(cs, row.xy()[0], row.xy()[1]), point(cs, row.xy()[2], row.xy()[3]))
                    : row.metres();
            try {
                b.addEdge(row.from(), row.to(), metres, row.kmh(), row.oneway(), row.roadClass());
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ": line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return b.build(policy);
    }

    /** A node's position from its columns: {@code (lon, lat)} when geographic, {@code (x, y)} when planar. */
    private static Location point(CoordinateSystem cs, double first, double second) {
        return cs == CoordinateSystem.GEOGRAPHIC ? Location.ofLatLon(second, first) : Location.planar(first, second);
    }

    private static void checkNode(Map<Long, double[]> nodes, List<Long> order, long id, double x, double y,
            String role, String name, int lineNo) throws IOException {
        double[] known = nodes.get(id);
        if (known == null) {
            nodes.put(id, new double[] {x, y});
            order.add(id);
        } else if (Math.abs(known[0] - x) > SAME_COORDINATE || Math.abs(known[1] - y) > SAME_COORDINATE) {
            throw new IOException(name + ": line " + lineNo + ", column " + role + ": the node " + id
                    + " is at (" + x + ", " + y + ") here but at (" + known[0] + ", " + known[1]
                    + ") on an earlier line; give each node one position.");
        }
    }

    private static long parseLong(String[] cells, Map<String, Integer> columns, String column, String name, int lineNo)
            throws IOException {
        String v = cells[columns.get(column)].trim();
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IOException(name + ": line " + lineNo + ", column " + column + ": the value (" + v
                    + ") is not an integer node id.", e);
        }
    }

    private static double parseDouble(String[] cells, Map<String, Integer> columns, String column, String name,
            int lineNo) throws IOException {
        String v = cells[columns.get(column)].trim();
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException(v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IOException(name + ": line " + lineNo + ", column " + column + ": the value (" + v
                    + ") is not a finite number.", e);
        }
    }

    private static boolean parseBoolean(String[] cells, Map<String, Integer> columns, String column, String name,
            int lineNo) throws IOException {
        String v = cells[columns.get(column)].trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IOException(name + ": line " + lineNo + ", column " + column + ": the value (" + v
                    + ") is not one of true, false, yes, no, 1, 0.");
        };
    }
}
