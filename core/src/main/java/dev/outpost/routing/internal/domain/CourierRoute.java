package dev.outpost.routing.internal.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * A courier's route (planning entity): the ordered visits on its planning list variable. One
 * extra instance, the <em>unassigned bucket</em> ({@link #isBucket()}), holds the pickups served
 * by nobody, because OptaPlanner 10's list variable must assign every value.
 */
@PlanningEntity
public class CourierRoute {

    private int index;
    private boolean bucket;
    private int startPoint;
    private RoutingData data;

    @PlanningListVariable(valueRangeProviderRefs = "visits")
    private List<Visit> visits = new ArrayList<>();

    /** For OptaPlanner's cloner. */
    public CourierRoute() {
    }

    /**
     * @param index  courier index, or the courier count for the bucket
     * @param bucket whether this is the unassigned bucket
     * @param data   the flattened problem
     */
    public CourierRoute(int index, boolean bucket, RoutingData data) {
        this.index = index;
        this.bucket = bucket;
        this.startPoint = bucket ? data.kernel().hub() : data.kernel().courierStart(index);
        this.data = data;
    }

    /** The flattened problem. */
    public RoutingData getData() {
        return data;
    }

    /** Courier index (the bucket has the courier count). */
    public int getIndex() {
        return index;
    }

    /** Whether this is the unassigned bucket. */
    public boolean isBucket() {
        return bucket;
    }

    /** Start point index of the courier. */
    public int getStartPoint() {
        return startPoint;
    }

    /** The ordered visits; live list owned by the solver. */
    public List<Visit> getVisits() {
        return visits;
    }

    /** Replaces the visit list (used when building and cloning). */
    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    @Override
    public String toString() {
        return bucket ? "bucket" : "courier#" + index;
    }
}
