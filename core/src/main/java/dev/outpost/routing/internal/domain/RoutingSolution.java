package dev.outpost.routing.internal.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * OptaPlanner's working solution: the flattened problem, the courier routes (the last one is the
 * unassigned bucket) and the visits.
 */
@PlanningSolution
public class RoutingSolution {

    @ProblemFactProperty
    private RoutingData data;
    @PlanningEntityCollectionProperty
    private List<CourierRoute> routes;
    // A problem-fact collection, not an entity collection: OptaPlanner 10.1.0 counts unassigned
    // list values by reading the list variable of every entity in entity collections, which fails
    // on the Visit entities. Visit stays a declared entity class (its shadow variables work).
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "visits")
    private List<Visit> visits;
    @PlanningScore
    private HardMediumSoftLongScore score;
    /** {@link System#nanoTime()} deadline of the solve, read by the route-minimisation search; not a planning property. */
    private long deadlineNanos = Long.MAX_VALUE;

    /**
     * Soft units charged per hard unit by the population phase's penalised education (0: the hard
     * level is kept, the production score); not a planning property.
     */
    private double hardWeight;

    /**
     * Soft units charged per capacity excess unit by the penalised education (0: the
     * {@link #hardWeight} as for every other hard unit); not a planning property.
     */
    private double capacityWeight;

    /** For OptaPlanner's cloner. */
    public RoutingSolution() {
    }

    /**
     * @param data   the flattened problem
     * @param routes one route per courier in index order, then the bucket
     * @param visits one visit per pickup in index order
     */
    public RoutingSolution(RoutingData data, List<CourierRoute> routes, List<Visit> visits) {
        this.data = data;
        this.routes = routes;
        this.visits = visits;
    }

    /** The flattened problem. */
    public RoutingData getData() {
        return data;
    }

    /** Routes: couriers in index order, then the bucket. */
    public List<CourierRoute> getRoutes() {
        return routes;
    }

    /** Visits in pickup index order. */
    public List<Visit> getVisits() {
        return visits;
    }

    /** The unassigned bucket (the last route). */
    public CourierRoute bucket() {
        return routes.get(routes.size() - 1);
    }

    /** The solve's deadline as a {@link System#nanoTime()} value; Long.MAX_VALUE when none. */
    public long getDeadlineNanos() {
        return deadlineNanos;
    }

    /** Sets the solve's deadline (Long.MAX_VALUE for none). */
    public void setDeadlineNanos(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** Soft units per hard unit of a penalised education (0: none). */
    public double getHardWeight() {
        return hardWeight;
    }

    /** Sets the soft units per hard unit of a penalised education (0: none). */
    public void setHardWeight(double hardWeight) {
        this.hardWeight = hardWeight;
    }

    /** Soft units per capacity excess unit of a penalised education (0: the hard weight). */
    public double getCapacityWeight() {
        return capacityWeight;
    }

    /** Sets the soft units per capacity excess unit of a penalised education (0: the hard weight). */
    public void setCapacityWeight(double capacityWeight) {
        this.capacityWeight = capacityWeight;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
