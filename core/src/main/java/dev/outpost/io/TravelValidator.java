package dev.outpost.io;

import static dev.outpost.io.FieldChecks.atMost;

import dev.outpost.io.ScenarioDraft.IdAt;
import dev.outpost.model.Client;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Limits;
import dev.outpost.model.Location;
import dev.outpost.model.Site;
import dev.outpost.model.TravelSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The travel model ({@code $.travel}): a straight-line detour factor within limits and a spread of
 * points that a trip can cross within a day; a matrix that lists every point once, square tables
 * with zero diagonals and the same unreachable pairs; an inline road network
 * ({@link RoadNetworkValidator}).
 */
final class TravelValidator {

    private final ScenarioDraft draft;
    private final CoordinateSystem cs;

    /**
     * @param draft the scenario as far as it could be read (its ids, points and courier types)
     * @param cs    the scenario's coordinate system
     */
    TravelValidator(ScenarioDraft draft, CoordinateSystem cs) {
        this.draft = draft;
        this.cs = cs;
    }

    /** Checks the travel spec ({@code null}: could not be read, already reported). */
    void check(TravelSpec travel, Findings findings) {
        if (travel instanceof TravelSpec.StraightLine line) {
            if (!Double.isFinite(line.detourFactor()) || line.detourFactor() < 1) {
                findings.problem("$.travel.detourFactor", "The detour factor ("
                        + OutpostJson.number(line.detourFactor()) + ") must be a number of at least 1 (road over straight-line distance).");
            }
            atMost(line.detourFactor(), Limits.MAX_DETOUR_FACTOR, "$.travel.detourFactor", "detour factor", findings);
            straightLineExtent(line, findings);
        } else if (travel instanceof TravelSpec.Matrix matrix) {
            matrix(matrix, findings);
        } else if (travel instanceof TravelSpec.Road road) {
            new RoadNetworkValidator(cs).check(road, findings);
        }
    }

    private void matrix(TravelSpec.Matrix matrix, Findings findings) {
        List<IdAt> ids = draft.ids();
        Map<String, String> scenarioIds = new HashMap<>();
        for (IdAt id : ids) {
            scenarioIds.putIfAbsent(id.id(), id.path());
        }
        Map<String, Integer> listed = new HashMap<>();
        List<String> points = matrix.pointIds();
        for (int i = 0; i < points.size(); i++) {
            String id = points.get(i);
            Integer first = listed.putIfAbsent(id, i);
            if (first != null) {
                findings.problem("$.travel.points[" + i + "]", "The point '" + id
                        + "' is listed twice (first at $.travel.points[" + first + "]); list every point once.");
            } else if (draft.idsComplete() && !scenarioIds.containsKey(id)) {
                String hint = Hints.closest(id, scenarioIds.keySet().stream().sorted().toList());
                findings.problem("$.travel.points[" + i + "]", "The point '" + id
                        + "' is unknown: no client, site or hub has this id"
                        + (hint == null ? "." : "; did you mean '" + hint + "'?"));
            }
        }
        for (IdAt id : ids) {
            if (id.id() != null && !listed.containsKey(id.id())) {
                findings.problem("$.travel.points", "The point '" + id.id() + "' (" + id.path()
                        + ") is missing from the matrix; every client, site and the hub need a row and a column.");
            }
        }
        boolean secondsShaped = square(matrix.seconds(), points.size(), "$.travel.seconds", findings);
        boolean metresShaped = square(matrix.metres(), points.size(), "$.travel.metres", findings);
        for (int i = 0; i < points.size(); i++) {
            for (int j = 0; j < points.size(); j++) {
                Integer s = secondsShaped ? matrix.seconds().get(i).get(j) : null;
                Integer m = metresShaped ? matrix.metres().get(i).get(j) : null;
                if (secondsShaped) {
                    entry(s, i, j, "$.travel.seconds", "travel time", findings);
                }
                if (metresShaped) {
                    entry(m, i, j, "$.travel.metres", "distance", findings);
                }
                if (secondsShaped && metresShaped && (s == null) != (m == null)) {
                    findings.problem((s == null ? "$.travel.metres" : "$.travel.seconds") + "[" + i + "][" + j
                            + "]", "The pair " + points.get(i) + " -> " + points.get(j)
                            + " is unreachable (null) in one table only; mark it null in both or in neither.");
                }
            }
        }
        // The limits hold for every entry given, whether or not its table is square.
        tableLimits(matrix.seconds(), Limits.MAX_DURATION_SECONDS, "$.travel.seconds", "travel time (s)", findings);
        tableLimits(matrix.metres(), Limits.MAX_METRES, "$.travel.metres", "distance (m)", findings);
    }

    private static boolean square(List<List<Integer>> table, int n, String path, Findings findings) {
        if (table.size() != n) {
            findings.problem(path, "The table has " + table.size() + " rows for " + n
                    + " points; it must be " + n + " x " + n + ", in the order of 'points'.");
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            if (table.get(i).size() != n) {
                findings.problem(path + "[" + i + "]", "The row has " + table.get(i).size() + " entries for "
                        + n + " points; the table must be square.");
                ok = false;
            }
        }
        return ok;
    }

    private static void entry(Integer value, int i, int j, String path, String what, Findings findings) {
        String at = path + "[" + i + "][" + j + "]";
        if (i == j && (value == null || value != 0)) {
            findings.problem(at, "The " + what + " from a point to itself (" + value + ") must be 0.");
        } else if (value != null && value < 0) {
            findings.problem(at, "The " + what + " (" + value + ") must not be negative; use null for no path.");
        }
    }

    private static void tableLimits(List<List<Integer>> table, int max, String path, String what, Findings findings) {
        for (int i = 0; i < table.size(); i++) {
            List<Integer> row = table.get(i);
            for (int j = 0; j < row.size(); j++) {
                Integer v = row.get(j);
                if (v != null) {
                    atMost(v, max, path + "[" + i + "][" + j + "]", what, findings);
                }
            }
        }
    }

    /**
     * Straight-line travel must stay within a day for the slowest courier type: the longest trip
     * is bounded from the points' bounding box (planar: width + height; geographic: earth radius x
     * (latitude span + longitude span), radians), which is never shorter than the real longest trip.
     */
    private void straightLineExtent(TravelSpec.StraightLine line, Findings findings) {
        if (!Double.isFinite(line.detourFactor()) || line.detourFactor() < 1
                || line.detourFactor() > Limits.MAX_DETOUR_FACTOR || draft.courierTypes() == null) {
            return;
        }
        double slowest = Double.POSITIVE_INFINITY;
        for (CourierType type : draft.courierTypes()) {
            if (type == null || !Double.isFinite(type.speedKmh()) || type.speedKmh() < Limits.MIN_SPEED_KMH
                    || type.speedKmh() > Limits.MAX_SPEED_KMH) {
                return;
            }
            slowest = Math.min(slowest, type.speedKmh());
        }
        List<Location> points = new ArrayList<>();
        if (draft.hub() != null) {
            points.add(draft.hub().location());
        }
        (draft.sites() == null ? List.<Site>of() : draft.sites()).forEach(s -> points.add(s == null ? null : s.location()));
        (draft.clients() == null ? List.<Client>of() : draft.clients())
                .forEach(c -> points.add(c == null ? null : c.location()));
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Location p : points) {
            if (p == null || !Double.isFinite(p.x()) || !Double.isFinite(p.y())
                    || (cs == CoordinateSystem.GEOGRAPHIC && (Math.abs(p.y()) > 90 || Math.abs(p.x()) > 180))) {
                // Already reported at the point; its extent would only repeat it.
                return;
            }
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        if (points.isEmpty() || slowest == Double.POSITIVE_INFINITY) {
            return;
        }
        double metres = cs == CoordinateSystem.PLANAR ? (maxX - minX) + (maxY - minY)
                : CoordinateSystem.EARTH_RADIUS_METRES * (Math.toRadians(maxY - minY)
                        + Math.min(Math.PI, Math.toRadians(maxX - minX)));
        double seconds = metres * line.detourFactor() / (slowest / 3.6);
        if (seconds > Limits.MAX_DURATION_SECONDS || metres * line.detourFactor() > Limits.MAX_METRES) {
            String show = FieldChecks.show(metres / 1000);
            findings.limit("$.travel", "The points span up to " + show + " km (bounding box);"
                    + " at the slowest courier type's " + FieldChecks.show(slowest) + " km/h with detour factor "
                    + FieldChecks.show(line.detourFactor()) + " a trip could take " + FieldChecks.show(seconds / 3600)
                    + " h, more than a day; check the coordinates (and their system) or the speeds.");
        }
    }
}
