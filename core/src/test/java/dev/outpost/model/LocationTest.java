package dev.outpost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Location}: the two named factories, their accessors, and equality, hash code and text
 * exactly as the record {@code Location(double x, double y)} it replaced had them.
 */
class LocationTest {

    /** The former shape, to compare equality, hash codes and text with. */
    private record Former(double x, double y) {
    }

    @Test
    void aGeographicPointReportsItsLatitudeAndLongitude() {
        Location paris = Location.ofLatLon(48.8566, 2.3522);
        assertEquals(48.8566, paris.latitude());
        assertEquals(2.3522, paris.longitude());
        // The x/y view of a geographic point: x is the longitude, y the latitude.
        assertEquals(2.3522, paris.x());
        assertEquals(48.8566, paris.y());
        assertEquals(Location.planar(2.3522, 48.8566), paris);
        // A swap is a different point.
        assertNotEquals(Location.ofLatLon(2.3522, 48.8566), paris);
    }

    @Test
    void aPlanarPointReportsItsCoordinates() {
        Location p = Location.planar(1250.5, -30);
        assertEquals(1250.5, p.x());
        assertEquals(-30, p.y());
    }

    @Test
    void thereIsNoPublicConstructor() {
        assertEquals(0, Location.class.getConstructors().length);
        assertTrue(Modifier.isFinal(Location.class.getModifiers()));
        assertFalse(Location.class.isRecord());
    }

    @Test
    void equalityHashCodeAndTextAreTheFormerRecords() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.longBitsToDouble(0x7ff8000000000001L),
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 1.0, -1.0, 52.5, 13.4, 1e-9));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 8; i++) {
            values.add((random.nextDouble() - 0.5) * 360);
        }
        int pairs = 0;
        for (double x1 : values) {
            for (double y1 : values) {
                Location a = Location.planar(x1, y1);
                Former fa = new Former(x1, y1);
                assertEquals(fa.hashCode(), a.hashCode(), fa.toString());
                assertEquals(fa.toString().replace("Former[", "Location["), a.toString());
                assertEquals(a, a);
                assertFalse(a.equals(null));
                assertFalse(a.equals(fa));
                for (double x2 : values) {
                    Location b = Location.planar(x2, y1);
                    assertEquals(fa.equals(new Former(x2, y1)), a.equals(b), a + " vs " + b);
                    Location c = Location.ofLatLon(x2, x1);
                    assertEquals(fa.equals(new Former(x1, x2)), a.equals(c), a + " vs " + c);
                    pairs += 2;
                }
            }
        }
        assertEquals(2 * 20 * 20 * 20, pairs);
        // The cases that differ from ==: -0.0 is not 0.0, NaN equals NaN.
        assertNotEquals(Location.planar(0.0, 1), Location.planar(-0.0, 1));
        assertEquals(Location.ofLatLon(Double.NaN, 1), Location.ofLatLon(Double.NaN, 1));
    }
}
