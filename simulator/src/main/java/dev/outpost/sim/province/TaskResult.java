package dev.outpost.sim.province;

import java.io.Serializable;

/**
 * What a {@link ProvinceTask} produces: a unit's stationing ({@link UnitSetup}) or one day's figures
 * ({@link DayResult}); immutable and serialisable, gathered in any order by
 * {@link ProvinceJob#aggregate}.
 */
public sealed interface TaskResult extends Serializable permits UnitSetup, DayResult {

    /** {@return the unit's index in the province file} */
    int unitIndex();
}
