package dev.outpost.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Location;
import dev.outpost.model.TravelSpec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixTravelModelTest {

    /** An asymmetric 5-point matrix with one one-way trap (e cannot reach a). */
    static TravelSpec.Matrix matrix() {
        return new TravelSpec.Matrix(List.of("a", "b", "c", "d", "e"),
                List.of(List.of(0, 60, 120, 200, 90),
                        List.of(70, 0, 55, 150, 80),
                        List.of(130, 50, 0, 95, 40),
                        List.of(210, 160, 90, 0, 30),
                        Arrays.asList(null, 85, 45, 35, 0)),
                List.of(List.of(0, 500, 1000, 1800, 700),
                        List.of(600, 0, 450, 1300, 650),
                        List.of(1100, 400, 0, 800, 300),
                        List.of(1900, 1400, 750, 0, 250),
                        Arrays.asList(null, 700, 350, 280, 0)));
    }

    @Test
    void looksUpPointsByIdAndKeepsUnreachablePairs() {
        TravelTimes t = new MatrixTravelModel(matrix()).table(List.of("e", "a", "c"),
                Collections.nCopies(3, Location.planar(0, 0)));
        assertEquals(45, t.seconds(0, 2));
        assertEquals(1000, t.metres(1, 2));
        assertFalse(t.reachable(0, 1));
        assertEquals(List.of(new TravelTimes.UnreachablePair("e", "a")), t.unreachablePairs());
    }

    @Test
    void unknownIdAndBrokenMatrixAreNamed() {
        MatrixTravelModel model = new MatrixTravelModel(matrix());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.table(List.of("a", "zz"), Collections.nCopies(2, Location.planar(0, 0))));
        assertTrue(e.getMessage().contains("'zz'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MatrixTravelModel(new TravelSpec.Matrix(
                List.of("a", "b"), List.of(List.of(0, 1), List.of(1)), List.of(List.of(0, 1), List.of(1, 0)))));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MatrixTravelModel(new TravelSpec.Matrix(
                List.of("a", "b"), List.of(List.of(0, 1), Arrays.asList(null, 0)), List.of(List.of(0, 1), List.of(1, 0)))));
        assertTrue(e.getMessage().contains("b -> a"), e.getMessage());
    }
}
