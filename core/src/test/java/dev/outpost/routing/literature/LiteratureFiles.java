package dev.outpost.routing.literature;

import dev.outpost.io.literature.VrpInstance;
import dev.outpost.io.literature.VrpNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal test-only readers of the Solomon and TSPLIB CVRP files and their best-known tables, so
 * the routing tests and the tuning runner do not wait for the production readers.
 */
public final class LiteratureFiles {

    private LiteratureFiles() {
    }

    /** Reads a Solomon file: vehicle number and capacity after VEHICLE, then 7-integer rows. */
    public static VrpInstance solomon(Path file) {
        List<String> lines = read(file);
        int vehicles = -1;
        int capacity = -1;
        List<VrpNode> nodes = new ArrayList<>();
        for (String raw : lines) {
            String[] t = raw.trim().split("\\s+");
            if (t.length == 2 && vehicles < 0 && t[0].matches("\\d+")) {
                vehicles = Integer.parseInt(t[0]);
                capacity = Integer.parseInt(t[1]);
            } else if (t.length == 7 && t[0].matches("\\d+")) {
                nodes.add(new VrpNode(Integer.parseInt(t[0]), Double.parseDouble(t[1]), Double.parseDouble(t[2]),
                        Integer.parseInt(t[3]), Double.parseDouble(t[4]), Double.parseDouble(t[5]), Double.parseDouble(t[6])));
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "").toLowerCase();
        return new VrpInstance(name, vehicles, capacity, nodes);
    }

    /** Reads a TSPLIB CVRP file (EUC_2D, one depot); the vehicle limit is the "-k" of the name. */
    public static VrpInstance cvrp(Path file) {
        List<String> lines = read(file);
        int capacity = 0;
        Map<Integer, double[]> coords = new HashMap<>();
        Map<Integer, Integer> demand = new HashMap<>();
        int depot = 1;
        String section = "";
        for (String raw : lines) {
            String line = raw.trim();
            if (line.startsWith("CAPACITY")) {
                capacity = Integer.parseInt(line.split(":")[1].trim());
            } else if (line.endsWith("_SECTION")) {
                section = line;
            } else if (line.equals("EOF")) {
                break;
            } else if (!line.isEmpty() && Character.isDigit(line.charAt(0)) || line.startsWith("-")) {
                String[] t = line.split("\\s+");
                switch (section) {
                    case "NODE_COORD_SECTION" -> coords.put(Integer.parseInt(t[0]),
                            new double[] {Double.parseDouble(t[1]), Double.parseDouble(t[2])});
                    case "DEMAND_SECTION" -> demand.put(Integer.parseInt(t[0]), Integer.parseInt(t[1]));
                    case "DEPOT_SECTION" -> {
                        if (!t[0].equals("-1")) {
                            depot = Integer.parseInt(t[0]);
                        }
                    }
                    default -> { }
                }
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.vrp$", "");
        int k = Integer.parseInt(name.substring(name.lastIndexOf('k') + 1));
        List<VrpNode> nodes = new ArrayList<>();
        double[] d = coords.get(depot);
        nodes.add(new VrpNode(0, d[0], d[1], 0, 0, Double.POSITIVE_INFINITY, 0));
        for (int id = 1; id <= coords.size(); id++) {
            if (id != depot) {
                double[] c = coords.get(id);
                nodes.add(new VrpNode(id - 1, c[0], c[1], demand.get(id), 0, Double.POSITIVE_INFINITY, 0));
            }
        }
        return new VrpInstance(name, k, capacity, nodes);
    }

    /** Best-known values: first column instance, column {@code column} the value. */
    public static Map<String, Double> bestKnown(Path csv, int column) {
        Map<String, Double> values = new HashMap<>();
        List<String> lines = read(csv);
        for (int i = 1; i < lines.size(); i++) {
            String[] t = lines.get(i).split(",");
            if (t.length > column) {
                values.put(t[0].trim(), Double.parseDouble(t[column].trim()));
            }
        }
        return values;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The file (" + file + ") could not be read: " + e.getMessage(), e);
        }
    }
}
