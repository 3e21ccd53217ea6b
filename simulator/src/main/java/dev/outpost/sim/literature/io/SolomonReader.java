package dev.outpost.sim.literature.io;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a VRPTW instance in the original Solomon (1987) text format, as distributed by SINTEF and
 * jsprit: a name line, a {@code VEHICLE} block ({@code NUMBER CAPACITY} then the two integers) and
 * a {@code CUSTOMER} block whose data rows are seven integers
 * {@code id x y demand ready due service}. Row 0 is the depot, whose due date is the horizon.
 *
 * <p>Lines may end in CRLF or LF; fields are separated by any whitespace. The instance name is the
 * file name without its extension, in lower case ({@code C101.txt} gives {@code c101}), as in
 * {@code bks.csv} and {@code bks_distance.csv}. The vehicle number becomes
 * {@link VrpInstance#vehicleLimit()}.
 *
 * <p>Reference: M. M. Solomon (1987), Algorithms for the vehicle routing and scheduling problems
 * with time window constraints, Operations Research 35(2):254–265.
 */
public final class SolomonReader {

    private SolomonReader() {
    }

    /**
     * Reads one Solomon file.
     *
     * @param file the file; never null
     * @return the instance, node 0 the depot and customers in file order
     * @throws LiteratureFormatException naming the file and line when the content is not Solomon format
     * @throws UncheckedIOException      when the file cannot be read
     */
    public static VrpInstance read(Path file) {
        List<String> lines = LiteratureLines.read(file, "Solomon file", StandardCharsets.ISO_8859_1);
        return parse(file, lines);
    }

    /**
     * Parses the lines of a Solomon file (CR at line ends is ignored).
     *
     * @param file  the file name used in the instance name and in error messages; never null
     * @param lines the lines; never null
     * @return the instance
     * @throws LiteratureFormatException naming the file and line when the content is not Solomon format
     */
    public static VrpInstance parse(Path file, List<String> lines) {
        int vehicleLimit = -1;
        int capacity = -1;
        boolean inVehicle = false;
        boolean inCustomer = false;
        List<VrpNode> nodes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.equals("VEHICLE")) {
                inVehicle = true;
                inCustomer = false;
                continue;
            }
            if (upper.equals("CUSTOMER")) {
                inVehicle = false;
                inCustomer = true;
                continue;
            }
            String[] tokens = line.split("\\s+");
            if (inVehicle) {
                if (upper.startsWith("NUMBER")) {
                    continue;
                }
                if (tokens.length != 2) {
                    throw new LiteratureFormatException(file, lineNo, "The vehicle line (" + line
                            + ") must hold two integers: vehicle number and capacity.");
                }
                vehicleLimit = parseInt(file, lineNo, tokens[0], "vehicle number");
                capacity = parseInt(file, lineNo, tokens[1], "capacity");
                inVehicle = false;
                continue;
            }
            if (inCustomer) {
                if (upper.startsWith("CUST")) {
                    continue;
                }
                if (tokens.length != 7) {
                    throw new LiteratureFormatException(file, lineNo, "The customer row (" + line
                            + ") must hold 7 integers: id x y demand ready due service.");
                }
                int id = parseInt(file, lineNo, tokens[0], "customer number");
                if (id != nodes.size()) {
                    throw new LiteratureFormatException(file, lineNo, "The customer number (" + id
                            + ") must be " + nodes.size() + ": rows are numbered 0 (depot), 1, 2, ... in order.");
                }
                double x = parseInt(file, lineNo, tokens[1], "x coordinate");
                double y = parseInt(file, lineNo, tokens[2], "y coordinate");
                int demand = parseInt(file, lineNo, tokens[3], "demand");
                int ready = parseInt(file, lineNo, tokens[4], "ready time");
                int due = parseInt(file, lineNo, tokens[5], "due date");
                int service = parseInt(file, lineNo, tokens[6], "service time");
                if (demand < 0 || ready < 0 || service < 0 || due < ready) {
                    throw new LiteratureFormatException(file, lineNo, "The customer row (" + line
                            + ") needs demand >= 0, service >= 0 and 0 <= ready <= due.");
                }
                nodes.add(new VrpNode(id, x, y, demand, ready, due, service));
            }
            // The name line and anything before VEHICLE is ignored: the name comes from the file name.
        }
        if (vehicleLimit < 0 || capacity < 0) {
            throw new LiteratureFormatException(file, 0,
                    "The VEHICLE block (NUMBER CAPACITY and a line of two integers) is missing.");
        }
        if (nodes.size() < 2) {
            throw new LiteratureFormatException(file, 0, "The CUSTOMER block has " + nodes.size()
                    + " rows; it needs the depot (row 0) and at least one customer.");
        }
        if (nodes.get(0).demand() != 0) {
            throw new LiteratureFormatException(file, 0, "The depot (row 0) has demand "
                    + nodes.get(0).demand() + "; it must be 0.");
        }
        return new VrpInstance(instanceName(file), vehicleLimit, capacity, nodes);
    }

    /** The file name without extension, lower case ({@code C101.txt} gives {@code c101}). */
    static String instanceName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }

    private static int parseInt(Path file, int lineNo, String token, String field) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new LiteratureFormatException(file, lineNo, "The " + field + " (" + token + ") is not an integer.");
        }
    }
}
