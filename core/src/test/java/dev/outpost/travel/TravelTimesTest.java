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
}
