package dev.outpost.routing.internal.domain;

import dev.outpost.routing.internal.solver.ArrivalTimeListener;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * A pickup as a value of the couriers' list variable, with shadow variables: the route it is in,
 * the visit before it in that route, and its arrival time (seconds since the start of the day; 0 in the
 * unassigned bucket), kept by {@link ArrivalTimeListener}. There is deliberately no "next"
 * shadow variable: nothing reads it, and its listener would run on every move.
 */
@PlanningEntity
public class Visit {

    private int index;
    private int point;
    private RoutingData data;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private CourierRoute route;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private Visit previous;
    private int arrival;

    /** For OptaPlanner's cloner. */
    public Visit() {
    }

    /**
     * @param index pickup index
     * @param data  the flattened problem
     */
    public Visit(int index, RoutingData data) {
        this.index = index;
        this.point = data.kernel().pickupPoint(index);
        this.data = data;
    }

    /** Pickup index. */
    public int getIndex() {
        return index;
    }

    /** Point index of the pickup. */
    public int getPoint() {
        return point;
    }

    /** The flattened problem. */
    public RoutingData getData() {
        return data;
    }

    /** The route holding this visit (the bucket when unassigned); null before initialisation. */
    public CourierRoute getRoute() {
        return route;
    }

    public void setRoute(CourierRoute route) {
        this.route = route;
    }

    /** The previous visit in the route, or null when first. */
    public Visit getPrevious() {
        return previous;
    }

    public void setPrevious(Visit previous) {
        this.previous = previous;
    }

    /**
     * Arrival second (0 in the bucket and before the listener ran), boxed for OptaPlanner's
     * shadow-variable machinery; the hot path uses {@link #arrivalSecond()}.
     */
    @ShadowVariable(variableListenerClass = ArrivalTimeListener.class, sourceEntityClass = CourierRoute.class,
            sourceVariableName = "visits")
    public Integer getArrival() {
        return arrival;
    }

    /** Sets the arrival second (null counts as 0). */
    public void setArrival(Integer arrival) {
        this.arrival = arrival == null ? 0 : arrival;
    }

    /** Arrival second, unboxed. */
    public int arrivalSecond() {
        return arrival;
    }

    /** Sets the arrival second without boxing (the listener's path). */
    public void setArrivalSecond(int arrival) {
        this.arrival = arrival;
    }

    /** Start of service by the kernel's rule: arrival, or window start if later. */
    public int serviceStart() {
        return data.kernel().serviceStart(arrival, index);
    }

    /** Departure by the kernel's rule: service start plus service seconds. */
    public int departure() {
        return data.kernel().departure(arrival, index);
    }

    @Override
    public String toString() {
        return "visit#" + index;
    }
}
