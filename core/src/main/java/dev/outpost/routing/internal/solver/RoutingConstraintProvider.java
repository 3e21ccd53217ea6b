package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.route.Penalties;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The reference scorer, as constraint streams: the same rules as
 * {@link RoutingIncrementalScoreCalculator}, one constraint per rule, each verified by its own
 * ConstraintVerifier test and compared with the incremental scorer on solved random problems.
 * The production solver uses the incremental scorer because it is faster (see the routing
 * report); this provider is the readable table of contents of the score.
 */
public class RoutingConstraintProvider implements ConstraintProvider {

    /** Constraint ids. */
    public static final String LATENESS = "Service after window end (seconds)";
    public static final String CAPACITY = "Load over capacity (units)";
    public static final String SHIFT_END = "Finish after shift end (seconds)";
    public static final String CUTOFF = "Hub arrival after cut-off (seconds)";
    public static final String SKILLS = "Missing skill";
    public static final String UNREACHABLE = "Unreachable leg";
    public static final String UNSERVED = "Unserved pickup (priority)";
    public static final String RESPONSE = "Response time (priority-weighted seconds)";
    public static final String TRAVEL = "Travel (weighted seconds and metres)";
    public static final String FIXED_COST = "Used courier";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            lateness(factory), capacity(factory), shiftEnd(factory), cutoff(factory), skills(factory),
            unreachable(factory), unserved(factory), response(factory), travel(factory), fixedCost(factory)
        };
    }

    // ---- hard ----

    Constraint lateness(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> inRoute(v) && v.serviceStart() > v.getData().kernel().windowEnd(v.getIndex()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, v -> v.serviceStart() - v.getData().kernel().windowEnd(v.getIndex()))
                .asConstraint(LATENESS);
    }

    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(CourierRoute.class)
                .filter(r -> !r.isBucket() && load(r) > r.getData().kernel().courierCapacity(r.getIndex()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> load(r) - r.getData().kernel().courierCapacity(r.getIndex()))
                .asConstraint(CAPACITY);
    }

    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(CourierRoute.class)
                .filter(r -> moves(r) && end(r) > r.getData().kernel().courierShiftEnd(r.getIndex()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> end(r) - r.getData().kernel().courierShiftEnd(r.getIndex()))
                .asConstraint(SHIFT_END);
    }

    Constraint cutoff(ConstraintFactory factory) {
        return factory.forEach(CourierRoute.class)
                .filter(r -> moves(r) && r.getData().kernel().courierEndAtHub(r.getIndex()) && end(r) > r.getData().kernel().cutoff())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> end(r) - r.getData().kernel().cutoff())
                .asConstraint(CUTOFF);
    }

    Constraint skills(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> inRoute(v) && (v.getData().kernel().requiredSkills(v.getIndex())
                        & ~v.getData().kernel().courierSkills(v.getRoute().getIndex())) != 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, v -> Penalties.SKILL)
                .asConstraint(SKILLS);
    }

    Constraint unreachable(ConstraintFactory factory) {
        return factory.forEach(CourierRoute.class)
                .filter(r -> moves(r) && unreachableLegs(r) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> Penalties.UNREACHABLE_LEG * unreachableLegs(r))
                .asConstraint(UNREACHABLE);
    }

    // ---- medium ----

    Constraint unserved(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getRoute() != null && v.getRoute().isBucket())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, v -> v.getData().kernel().priority(v.getIndex()))
                .asConstraint(UNSERVED);
    }

    // ---- soft ----

    Constraint response(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> inRoute(v) && v.getData().kernel().responseWeight() > 0 && v.serviceStart() > v.getData().kernel().release(v.getIndex()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, v -> v.getData().kernel().responseWeight() * v.getData().kernel().priority(v.getIndex())
                        * (v.serviceStart() - v.getData().kernel().release(v.getIndex())))
                .asConstraint(RESPONSE);
    }

    Constraint travel(ConstraintFactory factory) {
        return factory.forEach(CourierRoute.class)
                .filter(r -> moves(r))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, RoutingConstraintProvider::weightedTravel)
                .asConstraint(TRAVEL);
    }

    Constraint fixedCost(ConstraintFactory factory) {
        return factory.forEach(CourierRoute.class)
                .filter(r -> !r.isBucket() && !r.getVisits().isEmpty() && r.getData().kernel().vehicleFixedCost() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, r -> r.getData().kernel().vehicleFixedCost())
                .asConstraint(FIXED_COST);
    }

    // ---- route helpers (route lengths are short; the incremental scorer is the fast path) ----

    private static boolean inRoute(Visit v) {
        return v.getRoute() != null && !v.getRoute().isBucket();
    }

    private static boolean moves(CourierRoute r) {
        if (r.isBucket()) {
            return false;
        }
        RoutingData d = r.getData();
        return !r.getVisits().isEmpty() || (d.kernel().courierEndAtHub(r.getIndex()) && d.kernel().courierLoad(r.getIndex()) > 0);
    }

    private static long load(CourierRoute r) {
        long load = r.getData().kernel().courierLoad(r.getIndex());
        for (Visit v : r.getVisits()) {
            load += r.getData().kernel().size(v.getIndex());
        }
        return load;
    }

    /** Hub arrival (or last departure when not ending at the hub) from the arrival shadows. */
    private static long end(CourierRoute r) {
        RoutingData d = r.getData();
        int c = r.getIndex();
        List<Visit> visits = r.getVisits();
        int point = visits.isEmpty() ? d.kernel().courierStart(c) : visits.get(visits.size() - 1).getPoint();
        long time = visits.isEmpty() ? d.kernel().courierAvailable(c) : visits.get(visits.size() - 1).departure();
        return d.kernel().courierEndAtHub(c) ? time + d.kernel().legSeconds(c, point, d.kernel().hub(), (int) time) : time;
    }

    private static long unreachableLegs(CourierRoute r) {
        RoutingData d = r.getData();
        int c = r.getIndex();
        int point = d.kernel().courierStart(c);
        long count = 0;
        for (Visit v : r.getVisits()) {
            count += d.kernel().reachable(c, point, v.getPoint()) ? 0 : 1;
            point = v.getPoint();
        }
        if (d.kernel().courierEndAtHub(c) && !d.kernel().reachable(c, point, d.kernel().hub())) {
            count++;
        }
        return count;
    }

    private static long weightedTravel(CourierRoute r) {
        RoutingData d = r.getData();
        int c = r.getIndex();
        int point = d.kernel().courierStart(c);
        int time = d.kernel().courierAvailable(c);
        long seconds = 0;
        long metres = 0;
        for (Visit v : r.getVisits()) {
            seconds += d.kernel().legSeconds(c, point, v.getPoint(), time);
            metres += d.kernel().legMetres(c, point, v.getPoint());
            point = v.getPoint();
            time = v.departure();
        }
        if (d.kernel().courierEndAtHub(c)) {
            seconds += d.kernel().legSeconds(c, point, d.kernel().hub(), time);
            metres += d.kernel().legMetres(c, point, d.kernel().hub());
        }
        return d.kernel().travelSecondWeight() * seconds + d.kernel().metreWeight() * metres;
    }
}
