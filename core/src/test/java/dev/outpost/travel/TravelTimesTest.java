package dev.outpost.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TravelTimesTest {

    @Test
    void readsRowMajorAndListsUnreachablePairs() {
        int u = TravelTimes.UNREACHABLE;
        TravelTimes t = new TravelTimes(List.of("a", "b"), new int[] {0, 5, u, 0}, new int[] {0, 50, u, 0});
        assertEquals(5, t.seconds(0, 1));
        assertEquals(50, t.metres(0, 1));
        assertFalse(t.reachable(1, 0));
        assertFalse(t.isComplete());
        assertEquals(List.of(new TravelTimes.UnreachablePair("b", "a")), t.unreachablePairs());
    }

    @Test
    void rejectsMismatchedTables() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TravelTimes(List.of("a", "b"), new int[] {0, 5, -1, 0}, new int[] {0, 50, 7, 0}));
        assertTrue(e.getMessage().contains("b -> a"), e.getMessage());
    }

    @Test
    void rejectsDuplicateIdsNamingTheId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TravelTimes(List.of("a", "b", "a"), new int[9], new int[9]));
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("indices 0 and 2"), e.getMessage());
    }

    @Test
    void aTableTooLargeForAnArrayIsAClearErrorNamingTheCount() {
        assertEquals(TravelTimes.MAX_POINTS * TravelTimes.MAX_POINTS, TravelTimes.cells(TravelTimes.MAX_POINTS));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TravelTimes.cells(46_341));
        assertTrue(e.getMessage().contains("46341 points") && e.getMessage().contains("2147488281"), e.getMessage());
        // The straight-line model checks before allocating anything.
        List<String> ids = java.util.stream.IntStream.range(0, 46_341).mapToObj(i -> "p" + i).toList();
        List<dev.outpost.model.Location> points = java.util.Collections.nCopies(46_341, dev.outpost.model.Location.planar(0, 0));
        IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
                () -> new StraightLineTravelModel(dev.outpost.model.CoordinateSystem.PLANAR, 1, 10).table(ids, points));
        assertTrue(line.getMessage().contains("46341 points"), line.getMessage());
    }

    @Test
    void appendedCopiesTheBaseAndPlacesTheNewRowsAndColumns() {
        TravelTimes base = new TravelTimes(List.of("a", "b"), new int[] {0, 1, 2, 0}, new int[] {0, 10, 20, 0});
        // New point c: c->a 3, c->b 4, c->c 0; a->c 5, b->c 6.
        TravelTimes t = base.appended(List.of("c"), new int[] {3, 4, 0}, new int[] {30, 40, 0}, new int[] {5, 6},
                new int[] {50, 60});
        assertEquals(List.of("a", "b", "c"), t.pointIds());
        assertEquals(List.of(0, 1, 5, 2, 0, 6, 3, 4, 0),
                java.util.Arrays.stream(t.secondsTable()).boxed().toList());
        assertEquals(60, t.metres(1, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base.appended(List.of("b"), new int[3], new int[3], new int[2], new int[2]));
        assertTrue(e.getMessage().contains("'b'"), e.getMessage());
    }
}
