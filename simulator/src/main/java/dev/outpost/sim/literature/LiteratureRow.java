package dev.outpost.sim.literature;

/**
 * One instance's result in a literature run: one CSV row.
 *
 * @param instance     instance name
 * @param vehicles     vehicles used
 * @param distance     total distance under the set's convention (rounded to the convention's unit)
 * @param bestKnown    best-known distance from the table
 * @param bestVehicles vehicles of the best-known solution, or -1 when the table does not say
 * @param gapPercent   {@code 100 * (distance - bestKnown) / bestKnown}
 * @param seconds      wall seconds the reported solve took
 * @param cpuSeconds   CPU seconds of the thread that called the adapter during the solve (the solver's
 *                     own CPU when it solves in the calling thread; shows how much of a core a
 *                     solver really got on a shared machine), or NaN when the JVM cannot measure it
 * @param valid        whether the checker found no violation
 * @param seed         the seed of the reported solve
 * @param problem      the first violation or the solver's error, or empty when valid
 */
public record LiteratureRow(String instance, int vehicles, double distance, double bestKnown, int bestVehicles,
        double gapPercent, double seconds, double cpuSeconds, boolean valid, long seed, String problem) {
}
