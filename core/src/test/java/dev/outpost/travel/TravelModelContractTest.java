package dev.outpost.travel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TravelModel} must keep. A model's test extends this class and supplies
 * the model and its points; models that guarantee the triangle inequality say with what rounding
 * slack.
 */
public abstract class TravelModelContractTest {

    /** The model under test, built once per test. */
    protected abstract TravelModel model();

    /** Ids of the points to query (at least 4), same length as {@link #points()}. */
    protected abstract List<String> ids();

    /** The points to query. */
    protected abstract List<Location> points();

    /**
     * Slack (seconds and metres) allowed in {@code t(i,k) <= t(i,j) + t(j,k)} for reachable pairs,
     * or -1 when the model does not guarantee the triangle inequality.
     */
    protected abstract int triangleSlack();

    /**
     * Whether the metres table obeys the triangle inequality too (with the same slack). A road
     * model's metres follow the fastest path, not the shortest, so they need not.
     */
    protected boolean metresObeyTriangle() {
        return true;
    }

    /**
     * Whether the model places points given only by a location ({@link TravelModel#extend}); a
     * matrix has no geometry and rejects them.
     */
    protected boolean placesLocations() {
        return true;
    }

    /**
     * Extra points for {@link TravelModel#extend}: by default the midpoint of the first two points
     * and a point a tenth of the way from the third to the fourth (a courier between stops).
     */
    protected List<TravelPoint> extras() {
        List<Location> p = points();
        return List.of(
                new TravelPoint("live-1", between(p.get(0), p.get(1), 0.5)),
                new TravelPoint("live-2", between(p.get(2), p.get(3), 0.1)));
    }

    /** Coordinate-wise in the x/y view (x = longitude, y = latitude when geographic): right in either reading. */
    private static Location between(Location a, Location b, double t) {
        return Location.planar(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
    }

    private TravelModel model;
    private TravelTimes full;

    @BeforeEach
    void buildTable() {
        model = model();
        full = model.table(ids(), points());
    }

    @Test
    void tableHasOneRowAndColumnPerPointInInputOrder() {
        assertEquals(ids().size(), full.size());
        assertEquals(ids(), full.pointIds());
    }

    @Test
    void diagonalIsZero() {
        for (int i = 0; i < full.size(); i++) {
            assertEquals(0, full.seconds(i, i), "seconds at " + ids().get(i));
            assertEquals(0, full.metres(i, i), "metres at " + ids().get(i));
        }
    }

    @Test
    void entriesAreNonNegativeOrMarkedUnreachable() {
        for (int i = 0; i < full.size(); i++) {
            for (int j = 0; j < full.size(); j++) {
                if (full.reachable(i, j)) {
                    assertTrue(full.seconds(i, j) >= 0 && full.metres(i, j) >= 0, ids().get(i) + " -> " + ids().get(j));
                } else {
                    assertEquals(TravelTimes.UNREACHABLE, full.seconds(i, j));
                    assertEquals(TravelTimes.UNREACHABLE, full.metres(i, j));
                }
            }
        }
    }

    @Test
    void sameInputGivesTheSameTable() {
        TravelTimes again = model().table(ids(), points());
        assertArrayEquals(full.secondsTable(), again.secondsTable());
        assertArrayEquals(full.metresTable(), again.metresTable());
    }

    @Test
    void permutedAndPartialQueriesFollowTheInputOrder() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids().size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        List<Integer> subset = order.subList(0, Math.max(2, order.size() - 1));
        List<String> subIds = new ArrayList<>();
        List<Location> subPoints = new ArrayList<>();
        for (int index : subset) {
            subIds.add(ids().get(index));
            subPoints.add(points().get(index));
        }
        TravelTimes part = model.table(subIds, subPoints);
        assertEquals(subIds, part.pointIds());
        for (int a = 0; a < subset.size(); a++) {
            for (int b = 0; b < subset.size(); b++) {
                assertEquals(full.seconds(subset.get(a), subset.get(b)), part.seconds(a, b), subIds.get(a) + " -> " + subIds.get(b));
                assertEquals(full.metres(subset.get(a), subset.get(b)), part.metres(a, b), subIds.get(a) + " -> " + subIds.get(b));
            }
        }
    }

    @Test
    void triangleInequalityHoldsWhereTheModelGuaranteesIt() {
        int slack = triangleSlack();
        if (slack < 0) {
            return;
        }
        int n = full.size();
        int checked = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    if (!full.reachable(i, j) || !full.reachable(j, k) || !full.reachable(i, k)) {
                        continue;
                    }
                    String triple = ids().get(i) + " -> " + ids().get(j) + " -> " + ids().get(k);
                    assertTrue(full.seconds(i, k) <= full.seconds(i, j) + full.seconds(j, k) + slack, triple);
                    if (metresObeyTriangle()) {
                        assertTrue(full.metres(i, k) <= full.metres(i, j) + full.metres(j, k) + slack, triple);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "no reachable triple was checked");
    }

    @Test
    void extendingEqualsAFullRebuildThatIncludesTheExtraPoints() {
        if (!placesLocations()) {
            return;
        }
        List<TravelPoint> extra = extras();
        TravelTimes extended = model.extend(full, points(), extra);
        List<String> allIds = new ArrayList<>(ids());
        List<Location> allPoints = new ArrayList<>(points());
        for (TravelPoint p : extra) {
            allIds.add(p.id());
            allPoints.add(p.location());
        }
        TravelTimes rebuilt = model().table(allIds, allPoints);
        assertEquals(allIds, extended.pointIds());
        assertArrayEquals(rebuilt.secondsTable(), extended.secondsTable());
        assertArrayEquals(rebuilt.metresTable(), extended.metresTable());
        // The extra rows and columns are real travel, not a copy of the diagonal.
        int live = ids().size();
        assertTrue(extended.seconds(live, 0) > 0 || extended.seconds(0, live) > 0 || !extended.reachable(live, 0));
        // One point at a time, chained, gives the same table.
        TravelTimes chained = model.extend(model.extend(full, points(), extra.subList(0, 1)),
                allPoints.subList(0, live + 1), extra.subList(1, 2));
        assertArrayEquals(rebuilt.secondsTable(), chained.secondsTable());
        assertArrayEquals(rebuilt.metresTable(), chained.metresTable());
    }

    @Test
    void extendingRejectsAnIdAlreadyInTheTable() {
        TravelPoint clash = new TravelPoint(ids().get(1), points().get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.extend(full, points(), List.of(clash)));
        assertTrue(e.getMessage().contains("'" + ids().get(1) + "'"), e.getMessage());
    }

    @Test
    void extendingWithNothingKeepsTheTableAndAMatrixRejectsLocations() {
        TravelTimes same = model.extend(full, points(), List.of());
        assertArrayEquals(full.secondsTable(), same.secondsTable());
        assertEquals(full.pointIds(), same.pointIds());
        if (!placesLocations()) {
            assertSame(full, same);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> model.extend(full, points(), extras()));
            assertTrue(e.getMessage().contains("'" + extras().get(0).id() + "'") && e.getMessage().contains("geometry"),
                    e.getMessage());
        }
        IllegalArgumentException wrongBase = assertThrows(IllegalArgumentException.class,
                () -> model.extend(full, points().subList(0, 2), extras()));
        assertTrue(wrongBase.getMessage().contains("(2)"), wrongBase.getMessage());
    }
}
