package dev.outpost.sim.province;

/**
 * What the local engine tells as it goes (from any thread): each unit's stage 1 done, each day done.
 */
public interface ProvinceProgress {

    /**
     * A unit's stage 1 is done.
     *
     * @param unit  the unit
     * @param setup its result (perhaps a failure)
     */
    void stationed(ProvinceUnit unit, UnitSetup setup);

    /**
     * One more of a unit's days is done.
     *
     * @param unit  the unit
     * @param done  its days done so far
     * @param total its days in all (both set-ups)
     */
    void day(ProvinceUnit unit, int done, int total);
}
