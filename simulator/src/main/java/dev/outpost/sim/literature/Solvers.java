package dev.outpost.sim.literature;

import dev.outpost.sim.literature.io.VrpSolverAdapter;
import java.util.List;
import java.util.Locale;

/**
 * The solvers the literature commands can run, by name: {@link #outpost()} is Outpost's own
 * OptaPlanner-based routing solver; {@link #insertion()} a deterministic cheapest-insertion
 * baseline that shows what the search adds.
 */
public final class Solvers {

    /** Names accepted by {@link #byName(String)}. */
    public static final List<String> NAMES = List.of("outpost", "insertion");

    private Solvers() {
    }

    /**
     * Outpost's routing solver, as a fresh adapter.
     *
     * @return Outpost's routing solver, as a fresh adapter
     */
    public static VrpSolverAdapter outpost() {
        return new OutpostVrpSolver();
    }

    /**
     * The deterministic cheapest-insertion baseline.
     *
     * @return the deterministic cheapest-insertion baseline
     */
    public static VrpSolverAdapter insertion() {
        return new CheapestInsertionVrpSolver();
    }

    /**
     * A fresh adapter by name ({@link #NAMES}, case-insensitive).
     *
     * @param name the solver's name
     * @throws IllegalArgumentException for an unknown name
     * @return a fresh adapter by name ({@link #NAMES}, case-insensitive)
     */
    public static VrpSolverAdapter byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "outpost" -> outpost();
            case "insertion" -> insertion();
            default -> throw new IllegalArgumentException("The solver (" + name + ") is unknown; use one of " + NAMES + ".");
        };
    }
}
