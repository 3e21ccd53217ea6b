package dev.outpost.sim.province;

import dev.outpost.model.Scenario;
import dev.outpost.sim.kpi.RunKpis;
import java.util.List;

/**
 * The province job's results in their fixed order (units in file order, days in replication order),
 * from {@link ProvinceJob#aggregate}: everything {@link ProvinceOutputs} writes. Not serialisable (it
 * holds the scenarios); it is built where the files are written.
 *
 * @param province the province
 * @param options  the options the job ran with
 * @param units    one result per unit, file order
 */
public record ProvinceResults(ProvinceFile province, ProvinceOptions options, List<UnitResult> units) {

    /**
     * Copies the list.
     *
     * @param province the province
     * @param options  the options
     * @param units    one result per unit, file order
     */
    public ProvinceResults {
        units = List.copyOf(units);
    }

    /** {@return the units that failed, file order} */
    public List<UnitResult> failures() {
        return units.stream().filter(u -> u.setup().failed()).toList();
    }

    /**
     * One unit's results.
     *
     * @param unit             the unit
     * @param setup            its stage-1 result
     * @param scenario         its scenario; null when the unit failed
     * @param today            today's practice, each day's KPIs, replication order (empty when failed)
     * @param optimised        the optimised set-up, each day's KPIs, replication order
     * @param todayCentres     per service centre (scenario order), requests and within target over all days, today
     * @param optimisedCentres the same, optimised
     */
    public record UnitResult(ProvinceUnit unit, UnitSetup setup, Scenario scenario, List<RunKpis> today,
            List<RunKpis> optimised, List<DayResult.CentreDay> todayCentres, List<DayResult.CentreDay> optimisedCentres) {

        /**
         * Copies the lists.
         *
         * @param unit             the unit
         * @param setup            its stage-1 result
         * @param scenario         its scenario, or null
         * @param today            today's days
         * @param optimised        the optimised days
         * @param todayCentres     per service centre, today
         * @param optimisedCentres per service centre, optimised
         */
        public UnitResult {
            today = List.copyOf(today);
            optimised = List.copyOf(optimised);
            todayCentres = List.copyOf(todayCentres);
            optimisedCentres = List.copyOf(optimisedCentres);
        }
    }
}
