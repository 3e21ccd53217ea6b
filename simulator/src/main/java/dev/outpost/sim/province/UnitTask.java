package dev.outpost.sim.province;

/**
 * Stage 1 for one unit: read its scenario, build its travel tables, solve its stationing, choose the
 * relocation on the pilot days and refine the plan, as {@code demo} does; the result is a
 * {@link UnitSetup}.
 *
 * @param unit    the unit, with its scenario text
 * @param options the job's options
 */
public record UnitTask(ProvinceUnit unit, ProvinceOptions options) implements ProvinceTask {

    private static final long serialVersionUID = 1L;

    @Override
    public int unitIndex() {
        return unit.index();
    }
}
