package dev.outpost.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class StraightLineTravelModelTest {

    @Test
    void planarThreeFourFiveTriangleAtOneMetrePerSecond() {
        TravelTimes t = new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.2, 3.6)
                .table(List.of("a", "b", "c"), List.of(Location.planar(0, 0), Location.planar(3, 0), Location.planar(3, 4)));
        assertEquals(6, t.metres(0, 2), "5 m x 1.2");
        assertEquals(6, t.seconds(0, 2), "6 m at 1 m/s");
        assertEquals(4, t.metres(0, 1), "3.6 m rounds to 4");
        assertEquals(5, t.metres(1, 2), "4.8 m rounds to 5");
        assertEquals(t.seconds(2, 0), t.seconds(0, 2));
    }

    @Test
    void haversineParisToLondonAtCarSpeed() {
        Location paris = Location.ofLatLon(48.8566, 2.3522);
        Location london = Location.ofLatLon(51.5074, -0.1278);
        TravelTimes t = new StraightLineTravelModel(CoordinateSystem.GEOGRAPHIC, 1.0, 90)
                .table(List.of("paris", "london"), List.of(paris, london));
        // Great-circle distance Paris-London is about 343.5 km.
        assertTrue(Math.abs(t.metres(0, 1) - 343_500) < 1_000, "metres " + t.metres(0, 1));
        assertEquals(Math.round(t.metres(0, 1) / 25.0), t.seconds(0, 1), 1.0, "90 km/h = 25 m/s");
    }

    @Test
    void rejectsBadParametersWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StraightLineTravelModel(CoordinateSystem.PLANAR, 0.9, 30));
        assertTrue(e.getMessage().contains("0.9"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.1, 0));
        assertTrue(e.getMessage().contains("0.0 km/h"), e.getMessage());
        StraightLineTravelModel far = new StraightLineTravelModel(CoordinateSystem.PLANAR, 1, 1);
        e = assertThrows(IllegalArgumentException.class,
                () -> far.table(List.of("a", "b"), List.of(Location.planar(0, 0), Location.planar(1e12, 0))));
        assertTrue(e.getMessage().contains("a -> b"), e.getMessage());
    }
}
