package dev.outpost.stationing.internal.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One site as a planning entity: its single variable is the number of couriers stationed there,
 * 0 meaning closed. The range is {@code minCouriers..maxCouriers}: 1.. for a fixed-open site,
 * 0..0 for a closed one, and 0..1 when couriers beyond the first do not change the objective.
 */
@PlanningEntity
public class SiteSlot {

    private int index;
    private int minCouriers;
    private int maxCouriers;

    @PlanningVariable(valueRangeProviderRefs = "couriersRange")
    private Integer couriers;

    /** For OptaPlanner's cloner. */
    public SiteSlot() {
    }

    /**
     * @param index       the site's index in the problem
     * @param minCouriers least couriers (1 for a fixed-open site, else 0)
     * @param maxCouriers most couriers (0 for a closed site)
     * @param couriers    initial value, within the range
     */
    public SiteSlot(int index, int minCouriers, int maxCouriers, int couriers) {
        this.index = index;
        this.minCouriers = minCouriers;
        this.maxCouriers = maxCouriers;
        this.couriers = couriers;
    }

    /** The allowed courier counts. */
    @ValueRangeProvider(id = "couriersRange")
    public CountableValueRange<Integer> getCouriersRange() {
        return ValueRangeFactory.createIntValueRange(minCouriers, maxCouriers + 1);
    }

    /** The site's index in the problem. */
    public int getIndex() {
        return index;
    }

    /** Least couriers allowed. */
    public int getMinCouriers() {
        return minCouriers;
    }

    /** Most couriers allowed. */
    public int getMaxCouriers() {
        return maxCouriers;
    }

    /** Couriers stationed (0 = closed). */
    public Integer getCouriers() {
        return couriers;
    }

    /** Sets the couriers (call through the score director's before/after hooks). */
    public void setCouriers(Integer couriers) {
        this.couriers = couriers;
    }

    @Override
    public String toString() {
        return "site#" + index + "=" + couriers;
    }
}
