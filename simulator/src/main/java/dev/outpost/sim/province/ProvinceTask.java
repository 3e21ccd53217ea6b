package dev.outpost.sim.province;

import java.io.Serializable;

/**
 * One task of the province job: a unit's stationing ({@link UnitTask}, stage 1) or one simulated day
 * of one set-up of one unit ({@link DayTask}, stage 2). A task is an immutable, serialisable value
 * holding everything it needs; {@link ProvinceJob#run(ProvinceTask)} computes its result as a pure
 * function of it.
 */
public sealed interface ProvinceTask extends Serializable permits UnitTask, DayTask {

    /** {@return the unit's index in the province file} */
    int unitIndex();
}
