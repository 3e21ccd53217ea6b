package dev.outpost.sim.literature;

import dev.outpost.sim.literature.io.VrpObjective;

/**
 * One instance's result in a literature run: one CSV row.
 *
 * <p>Under the {@linkplain VrpObjective#HIERARCHICAL hierarchical} objective (vehicles first, then
 * distance) a solution with a different vehicle count from the best known is better or worse
 * whatever its distance: its distance gap is not comparable, so {@link #gapPercent()} is NaN for
 * it and {@link #vehicleDifference()} tells the result (a solution with one vehicle more and a
 * shorter distance never shows a negative gap).
 *
 * @param instance     instance name
 * @param vehicles     vehicles used
 * @param distance     total distance under the set's convention (rounded to the convention's unit)
 * @param bestKnown    best-known distance from the table
 * @param bestVehicles vehicles of the best-known solution, or -1 when the table does not say
 * @param gapPercent   {@code 100 * (distance - bestKnown) / bestKnown}; replaced by NaN when
 *                     {@link #vehiclesDecide()}
 * @param seconds      wall seconds the reported solve took
 * @param cpuSeconds   CPU seconds of the thread that called the adapter during the solve (the solver's
 *                     own CPU when it solves in the calling thread; shows how much of a core a
 *                     solver really got on a shared machine), or NaN when the JVM cannot measure it
 * @param valid        whether the checker found no violation
 * @param seed         the seed of the reported solve
 * @param problem      the first violation or the solver's error, or empty when valid
 * @param objective    what the set's table ranks by; never null
 */
public record LiteratureRow(String instance, int vehicles, double distance, double bestKnown, int bestVehicles,
        double gapPercent, double seconds, double cpuSeconds, boolean valid, long seed, String problem,
        VrpObjective objective) {

    /**
     * Validates the components.
     *
     * @param instance     instance name
     * @param vehicles     vehicles used
     * @param distance     total distance under the set's convention (rounded to the convention's unit)
     * @param bestKnown    best-known distance from the table
     * @param bestVehicles vehicles of the best-known solution, or -1 when the table does not say
     * @param gapPercent   {@code 100 * (distance - bestKnown) / bestKnown}; replaced by NaN when
     *       {@link #vehiclesDecide()}
     * @param seconds      wall seconds the reported solve took
     * @param cpuSeconds   CPU seconds of the thread that called the adapter during the solve (the solver's
     *       own CPU when it solves in the calling thread; shows how much of a core a
     *       solver really got on a shared machine), or NaN when the JVM cannot measure it
     * @param valid        whether the checker found no violation
     * @param seed         the seed of the reported solve
     * @param problem      the first violation or the solver's error, or empty when valid
     * @param objective    what the set's table ranks by; never null
     */
    public LiteratureRow {
        if (objective == null) {
            throw new IllegalArgumentException("The objective of row '" + instance + "' is missing (null).");
        }
        if (vehiclesDecide(objective, vehicles, bestVehicles)) {
            gapPercent = Double.NaN;
        }
    }

    /**
     * Whether the vehicle count alone ranks this solution against the best known: the objective is
     * hierarchical, the table gives the best-known vehicle count and this solution uses another.
     *
     * @return whether the vehicle count alone ranks this solution against the best known: the objective is hierarchical, the table gives the best-known vehicle count and this solution uses another
     */
    public boolean vehiclesDecide() {
        return vehiclesDecide(objective, vehicles, bestVehicles);
    }

    /**
     * Vehicles used minus the best-known vehicle count, or 0 when the table does not give it.
     *
     * @return vehicles used minus the best-known vehicle count, or 0 when the table does not give it
     */
    public int vehicleDifference() {
        return bestVehicles < 0 ? 0 : vehicles - bestVehicles;
    }

    private static boolean vehiclesDecide(VrpObjective objective, int vehicles, int bestVehicles) {
        return objective == VrpObjective.HIERARCHICAL && bestVehicles >= 0 && vehicles != bestVehicles;
    }
}
