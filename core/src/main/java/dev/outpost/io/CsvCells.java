package dev.outpost.io;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Typed reading of {@link CsvTable} cells, collecting problems with line and column. */
final class CsvCells {

    private final CsvTable table;
    private final List<Problem> problems;

    CsvCells(CsvTable table, List<Problem> problems) {
        this.table = table;
        this.problems = problems;
    }

    String position(int row, String column) {
        return table.position(row, column);
    }

    private void problem(int row, String column, String reason) {
        problems.add(new Problem(table.position(row, column), reason));
    }

    String text(int row, String column, boolean required) {
        String cell = table.cell(row, column);
        if (cell == null && required && table.has(column)) {
            problem(row, column, "The cell is empty; a value is required.");
        }
        return cell;
    }

    Double number(int row, String column, boolean required, Double fallback) {
        String cell = text(row, column, required);
        if (cell == null) {
            return required ? null : fallback;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            problem(row, column, "The value (" + cell + ") must be a number, with a point as decimal separator.");
            return null;
        }
    }

    Long whole(int row, String column, boolean required, Long fallback) {
        String cell = text(row, column, required);
        if (cell == null) {
            return required ? null : fallback;
        }
        try {
            return Long.parseLong(cell);
        } catch (NumberFormatException e) {
            if (cell.matches("[+-]?[0-9]+")) {
                problem(row, column, "The value (" + cell + ") is too " + (cell.startsWith("-")
                        ? "small; the minimum is " + Long.MIN_VALUE : "large; the maximum is " + Long.MAX_VALUE) + ".");
            } else {
                problem(row, column, "The value (" + cell + ") must be a whole number.");
            }
            return null;
        }
    }

    Integer integer(int row, String column, boolean required, Integer fallback) {
        Long value = whole(row, column, required, fallback == null ? null : fallback.longValue());
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            problem(row, column, "The value (" + value + ") is too " + (value < 0 ? "small; the minimum is "
                    + Integer.MIN_VALUE : "large; the maximum is " + Integer.MAX_VALUE) + ".");
            return null;
        }
        return value.intValue();
    }

    Integer time(int row, String column, boolean required, Integer fallback) {
        String cell = text(row, column, required);
        if (cell == null) {
            return required ? null : fallback;
        }
        int seconds = Times.parseOrMinusOne(cell);
        if (seconds < 0) {
            problem(row, column, "The time (" + cell + ") must be HH:MM or HH:MM:SS from 00:00 to 24:00.");
            return null;
        }
        return seconds;
    }

    Integer minutes(int row, String column, boolean required, Integer fallback) {
        Double minutes = number(row, column, required, null);
        if (minutes == null) {
            return table.cell(row, column) == null && !required ? fallback : null;
        }
        if (!Double.isFinite(minutes) || minutes < 0 || minutes > 100_000) {
            problem(row, column, "The duration (" + cell(minutes) + " minutes) must be a number of minutes from 0 to 100000.");
            return null;
        }
        return Times.minutesToSeconds(minutes);
    }

    /** Values separated by {@code ;}, each trimmed; an empty cell is an empty list. */
    List<String> list(int row, String column) {
        String cell = table.cell(row, column);
        List<String> values = new ArrayList<>();
        if (cell == null) {
            return values;
        }
        for (String part : cell.split(";", -1)) {
            values.add(part.trim());
        }
        return values;
    }

    Location location(int row, CoordinateSystem cs) {
        if (cs == CoordinateSystem.PLANAR) {
            Double x = number(row, "x", true, null);
            Double y = number(row, "y", true, null);
            return x == null || y == null ? null : Location.planar(x, y);
        }
        Double lat = number(row, "lat", true, null);
        Double lon = number(row, "lon", true, null);
        return lat == null || lon == null ? null : Location.ofLatLon(lat, lon);
    }

    /** Reports ids used twice in the file. */
    void uniqueIds(List<String> ids) {
        Map<String, Integer> first = new HashMap<>();
        for (int r = 0; r < ids.size(); r++) {
            String id = ids.get(r);
            if (id == null) {
                continue;
            }
            Integer seen = first.putIfAbsent(id, r);
            if (seen != null) {
                problem(r, "id", "The id '" + id + "' is already used on " + table.position(seen).substring(table.source.length() + 1)
                        + "; ids must be unique.");
            }
        }
    }

    /**
     * Re-homes a problem found by {@link ScenarioValidator} at {@code $.xxx[i].field...} to the CSV
     * line of row {@code row} and the column of {@code field}.
     */
    void fromValidator(Problem p, String prefix, int row, Map<String, String> specialColumns) {
        String column = column(p.path().substring(prefix.length()), specialColumns);
        problems.add(new Problem(column == null ? table.position(row) : table.position(row, column), p.reason()));
    }

    /**
     * The CSV column of the JSON path {@code rest} below one client or site ({@code .location.lat}
     * is {@code lat}, {@code .hourlyProfile[3]} is {@code hourly_profile}), or {@code null} for the
     * element as a whole.
     */
    static String column(String rest, Map<String, String> specialColumns) {
        if (rest.startsWith(".")) {
            rest = rest.substring(1);
        }
        if (rest.startsWith("location.")) {
            rest = rest.substring("location.".length());
        }
        int cut = rest.length();
        for (char c : new char[] {'.', '['}) {
            int at = rest.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        String field = rest.substring(0, cut);
        return field.isEmpty() ? null : specialColumns.getOrDefault(field, snake(field));
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String cell(double value) {
        return OutpostJson.number(value);
    }
}
