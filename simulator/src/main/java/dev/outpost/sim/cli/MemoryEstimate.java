package dev.outpost.sim.cli;

import dev.outpost.model.Congestion;
import dev.outpost.model.Scenario;
import dev.outpost.travel.TravelModels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, before any table is built, a scenario whose travel tables would not fit in the memory the
 * JVM may use. Every command builds tables between all points (hub, sites, clients): two
 * {@code int}s (seconds and metres) per ordered pair, per distinct table, per courier type's profile;
 * a congested road network has one distinct table per distinct set of slice factors besides the
 * free-flow table. The estimate counts those tables; the tables must take at most
 * {@link #HEAP_SHARE} of the heap, the rest being left to the solver and the simulator.
 */
final class MemoryEstimate {

    /** The share of the heap the travel tables may take. */
    static final double HEAP_SHARE = 0.6;

    private MemoryEstimate() {
    }

    /**
     * The estimated bytes of {@code scenario}'s travel tables.
     *
     * @param scenario a validated scenario
     * @return points² × 8 bytes × tables
     */
    static long tableBytes(Scenario scenario) {
        long points = points(scenario);
        return points * points * 2 * Integer.BYTES * tables(scenario);
    }

    /**
     * Checks that {@code scenario}'s travel tables fit in {@code heapBytes}.
     *
     * @param label the scenario's name for the message (its file, or the default city)
     * @throws CliException (exit 1) with the estimate, the heap and the fix
     */
    static void check(Scenario scenario, String label, long heapBytes) {
        long bytes = tableBytes(scenario);
        if (bytes <= HEAP_SHARE * heapBytes) {
            return;
        }
        long points = points(scenario);
        long neededHeap = (long) Math.ceil(bytes / HEAP_SHARE);
        throw CliException.input(String.format(Locale.ROOT, "The scenario (%s) is too large for the memory given:"
                + " its travel tables need about %s (%,d points: %,d² pairs × 8 bytes × %d table(s)), and the tables may"
                + " take %d%% of the %s heap. Give Java more memory (java -Xmx%dg -jar outpost.jar ...) or use fewer"
                + " clients or sites.", SafeText.oneLine(label), size(bytes), points, points, tables(scenario),
                Math.round(HEAP_SHARE * 100), size(heapBytes), Math.max(1, (neededHeap + (1L << 30) - 1) >> 30)));
    }

    /** Checks {@code scenario} against the heap of this JVM ({@link Runtime#maxMemory()}). */
    static void check(Scenario scenario, String label) {
        check(scenario, label, Runtime.getRuntime().maxMemory());
    }

    private static long points(Scenario scenario) {
        return 1L + scenario.sites().size() + scenario.clients().size();
    }

    /** Distinct tables over all profiles: per profile the free-flow table and one per distinct congested slice. */
    static int tables(Scenario scenario) {
        int profiles = Math.max(1, scenario.courierTypes().size());
        Congestion congestion = TravelModels.congestion(scenario);
        int perProfile = 1;
        if (congestion != null && !congestion.factors().isEmpty()) {
            Set<List<Double>> slices = new HashSet<>();
            for (int s = 0; s < congestion.sliceCount(); s++) {
                List<Double> factors = new ArrayList<>();
                for (List<Double> byClass : congestion.factors().values()) {
                    factors.add(s < byClass.size() ? byClass.get(s) : 1.0);
                }
                if (factors.stream().anyMatch(f -> f != 1.0)) {
                    slices.add(factors);
                }
            }
            perProfile += slices.size();
        }
        return profiles * perProfile;
    }

    private static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
    }
}
