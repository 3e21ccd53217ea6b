package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.route.RouteKernel;
import java.util.List;
import org.optaplanner.core.api.domain.variable.ListVariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.VariableDescriptor;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * Keeps {@link Visit#getArrival()} up to date. After a change of positions {@code [from, to)} of a
 * courier's list it recomputes arrivals from {@code from} forward and stops at the first position
 * at or after {@code to} whose arrival is unchanged (everything after it is then unchanged too).
 * Arrivals and departures follow the route kernel ({@link RouteKernel#arrival},
 * {@link RouteKernel#departure}): previous departure (or the courier's available second at its
 * start point) + travel seconds; an unreachable leg counts 0 seconds (the score penalises it). Visits in the unassigned
 * bucket get arrival 0.
 */
public class ArrivalTimeListener implements ListVariableListener<RoutingSolution, CourierRoute, Visit> {

    private static final String ARRIVAL = "arrival";

    private InnerScoreDirector<RoutingSolution, ?> inner;
    private VariableDescriptor<RoutingSolution> arrivalDescriptor;

    @Override
    public void afterListVariableChanged(ScoreDirector<RoutingSolution> scoreDirector, CourierRoute route, int fromIndex,
            int toIndex) {
        List<Visit> visits = route.getVisits();
        int size = visits.size();
        if (route.isBucket()) {
            for (int i = fromIndex; i < Math.min(toIndex, size); i++) {
                set(scoreDirector, visits.get(i), 0);
            }
            return;
        }
        RouteKernel kernel = scoreDirector.getWorkingSolution().getData().kernel();
        int courier = route.getIndex();
        int previousPoint;
        int previousDeparture;
        if (fromIndex == 0) {
            previousPoint = kernel.courierStart(courier);
            previousDeparture = kernel.courierAvailable(courier);
        } else {
            Visit previous = visits.get(fromIndex - 1);
            previousPoint = previous.getPoint();
            previousDeparture = previous.departure();
        }
        for (int i = fromIndex; i < size; i++) {
            Visit visit = visits.get(i);
            int pickup = visit.getIndex();
            int arrival = kernel.arrival(courier, previousPoint, previousDeparture, pickup);
            if (i >= toIndex && visit.arrivalSecond() == arrival) {
                break;
            }
            set(scoreDirector, visit, arrival);
            previousDeparture = kernel.departure(arrival, pickup);
            previousPoint = visit.getPoint();
        }
    }

    private void set(ScoreDirector<RoutingSolution> scoreDirector, Visit visit, int arrival) {
        if (visit.arrivalSecond() == arrival) {
            return;
        }
        if (scoreDirector instanceof InnerScoreDirector) {
            // The descriptor overloads skip the by-name lookup, which took 10% of the CPU samples
            // of a list-move profile on r101; the descriptor is cached per score director.
            InnerScoreDirector<RoutingSolution, ?> director = (InnerScoreDirector<RoutingSolution, ?>) scoreDirector;
            if (director != inner) {
                inner = director;
                arrivalDescriptor = director.getSolutionDescriptor().findEntityDescriptorOrFail(Visit.class)
                        .getVariableDescriptor(ARRIVAL);
            }
            director.beforeVariableChanged(arrivalDescriptor, visit);
            visit.setArrivalSecond(arrival);
            director.afterVariableChanged(arrivalDescriptor, visit);
        } else {
            scoreDirector.beforeVariableChanged(visit, ARRIVAL);
            visit.setArrivalSecond(arrival);
            scoreDirector.afterVariableChanged(visit, ARRIVAL);
        }
    }

    @Override
    public void beforeListVariableChanged(ScoreDirector<RoutingSolution> scoreDirector, CourierRoute route, int fromIndex,
            int toIndex) {
        // Arrivals are recomputed after the change only.
    }

    @Override
    public void afterListVariableElementUnassigned(ScoreDirector<RoutingSolution> scoreDirector, Visit visit) {
        set(scoreDirector, visit, 0);
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<RoutingSolution> scoreDirector, CourierRoute route) {
        // Routes are fixed for a solve.
    }

    @Override
    public void afterEntityAdded(ScoreDirector<RoutingSolution> scoreDirector, CourierRoute route) {
        // Routes are fixed for a solve.
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<RoutingSolution> scoreDirector, CourierRoute route) {
        // Routes are fixed for a solve.
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<RoutingSolution> scoreDirector, CourierRoute route) {
        // Routes are fixed for a solve.
    }
}
