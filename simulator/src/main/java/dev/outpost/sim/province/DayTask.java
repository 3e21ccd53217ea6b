package dev.outpost.sim.province;

/**
 * Stage 2: replication {@code replication} (one day, seed {@code options.seed()}) of one set-up of
 * one unit, today's practice ({@link #TODAY}) or the optimised set-up ({@link #OPTIMISED}) of the
 * unit's {@link UnitSetup}; the result is a {@link DayResult}. Replication r of both set-ups sees the
 * same requests (common random numbers), as in {@code demo}.
 *
 * @param unit        the unit, with its scenario text
 * @param setup       the unit's stage-1 result (not a failed one)
 * @param arm         {@link #TODAY} or {@link #OPTIMISED}
 * @param replication the day, from 0
 * @param options     the job's options
 */
public record DayTask(ProvinceUnit unit, UnitSetup setup, int arm, int replication, ProvinceOptions options)
        implements ProvinceTask {

    private static final long serialVersionUID = 1L;

    /** The arm of today's practice. */
    public static final int TODAY = 0;
    /** The arm of the optimised set-up. */
    public static final int OPTIMISED = 1;

    /**
     * Checks the arm and the replication.
     *
     * @param unit        the unit
     * @param setup       the unit's stage-1 result
     * @param arm         {@link #TODAY} or {@link #OPTIMISED}
     * @param replication the day, from 0
     * @param options     the job's options
     * @throws IllegalArgumentException when the arm or the replication is out of range, or the setup failed
     */
    public DayTask {
        if (arm != TODAY && arm != OPTIMISED) {
            throw new IllegalArgumentException("The arm (" + arm + ") must be 0 (today) or 1 (optimised).");
        }
        if (replication < 0 || replication >= options.replications()) {
            throw new IllegalArgumentException("The replication (" + replication + ") must be in 0.."
                    + (options.replications() - 1) + ".");
        }
        if (setup.failed()) {
            throw new IllegalArgumentException("The " + unit.label() + " failed at stage 1; it has no days.");
        }
    }

    @Override
    public int unitIndex() {
        return unit.index();
    }
}
