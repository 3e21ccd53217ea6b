package dev.outpost.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time-of-day congestion on a road network (Ichoua, Gendreau and Potvin's model): the day from
 * 00:00 is cut into slices of {@code sliceMinutes}; in each slice every road class has a factor on
 * its speed. A road class that is not named keeps factor 1 all day. A departure after 24:00 uses
 * the slices of the next day again (the profile repeats every day).
 *
 * @param sliceMinutes length of one slice, minutes; divides 1440 (for example 15 or 30)
 * @param factors      road class name to one factor per slice ({@code 1440 / sliceMinutes} of them,
 *                     the first for 00:00), each finite and positive (0.5: half the free-flow
 *                     speed); kept in the given order
 */
public record Congestion(int sliceMinutes, Map<String, List<Double>> factors) {

    /** Minutes in the day the slices cover. */
    public static final int DAY_MINUTES = 1440;

    /**
     * Copies {@code factors} (unmodifiable).
     *
     * @param sliceMinutes length of one slice, minutes; divides 1440 (for example 15 or 30)
     * @param factors      road class name to one factor per slice ({@code 1440 / sliceMinutes} of them,
     *       the first for 00:00), each finite and positive (0.5: half the free-flow
     *       speed); kept in the given order
     */
    public Congestion {
        LinkedHashMap<String, List<Double>> copy = new LinkedHashMap<>();
        factors.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        factors = Collections.unmodifiableMap(copy);
    }

    /**
     * Number of slices in a day, {@code 1440 / sliceMinutes}.
     *
     * @return the number of slices in a day, {@code 1440 / sliceMinutes}
     */
    public int sliceCount() {
        return DAY_MINUTES / sliceMinutes;
    }

    /**
     * Length of a slice, seconds.
     *
     * @return length of a slice, seconds
     */
    public int sliceSeconds() {
        return sliceMinutes * 60;
    }

    /**
     * The factor on road class {@code roadClass} in slice {@code slice}, 1 when the class is not named.
     *
     * @param roadClass the road class
     * @param slice the time slice index
     * @return the factor on road class {@code roadClass} in slice {@code slice}, 1 when the class is not named
     */
    public double factor(String roadClass, int slice) {
        List<Double> f = factors.get(roadClass);
        return f == null ? 1.0 : f.get(slice);
    }
}
