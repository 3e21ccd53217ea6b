package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.Visit;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * A SWAP* move on the list variable (see {@link SwapStarEvaluator}): visit u leaves route A and is
 * inserted at index {@code uTo} of route B without v; visit v leaves route B and is inserted at
 * index {@code vTo} of route A without u. Each route keeps its length; the changed range of a
 * route runs from the lower to the higher of the leaving and the arriving index, and is notified
 * as one list change per route (both "before" notifications precede the changes). The undo is the
 * same move the other way: v leaves A for u's old index in B, u leaves B for v's old index in A.
 */
final class SwapStarMove extends AbstractMove<RoutingSolution> {

    private final CourierRoute routeA;
    private final Visit u;
    private final int vTo;
    private final CourierRoute routeB;
    private final Visit v;
    private final int uTo;
    /** The kernel's exact change of soft cost when selected (reported in toString, read by tests). */
    private final long softDelta;

    SwapStarMove(CourierRoute routeA, Visit u, int vTo, CourierRoute routeB, Visit v, int uTo, long softDelta) {
        this.routeA = routeA;
        this.u = u;
        this.vTo = vTo;
        this.routeB = routeB;
        this.v = v;
        this.uTo = uTo;
        this.softDelta = softDelta;
    }

    /** The kernel's change of the two routes' soft cost when this move was selected (negative: better). */
    long softDelta() {
        return softDelta;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RoutingSolution> scoreDirector) {
        return u != null && routeA != routeB && u.getRoute() == routeA && v.getRoute() == routeB
                && !routeA.isBucket() && !routeB.isBucket()
                && vTo >= 0 && vTo < routeA.getVisits().size() && uTo >= 0 && uTo < routeB.getVisits().size();
    }

    @Override
    protected AbstractMove<RoutingSolution> createUndoMove(ScoreDirector<RoutingSolution> scoreDirector) {
        int uFrom = routeA.getVisits().indexOf(u);
        int vFrom = routeB.getVisits().indexOf(v);
        return new SwapStarMove(routeA, v, uFrom, routeB, u, vFrom, -softDelta);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RoutingSolution> scoreDirector) {
        List<Visit> listA = routeA.getVisits();
        List<Visit> listB = routeB.getVisits();
        int uFrom = listA.indexOf(u);
        int vFrom = listB.indexOf(v);
        int fromA = Math.min(uFrom, vTo);
        int toA = Math.max(uFrom, vTo) + 1;
        int fromB = Math.min(vFrom, uTo);
        int toB = Math.max(vFrom, uTo) + 1;
        scoreDirector.beforeListVariableChanged(routeA, "visits", fromA, toA);
        scoreDirector.beforeListVariableChanged(routeB, "visits", fromB, toB);
        listA.remove(uFrom);
        listB.remove(vFrom);
        listA.add(vTo, v);
        listB.add(uTo, u);
        scoreDirector.afterListVariableChanged(routeA, "visits", fromA, toA);
        scoreDirector.afterListVariableChanged(routeB, "visits", fromB, toB);
    }

    @Override
    public SwapStarMove rebase(ScoreDirector<RoutingSolution> destinationScoreDirector) {
        return new SwapStarMove(destinationScoreDirector.lookUpWorkingObject(routeA),
                destinationScoreDirector.lookUpWorkingObject(u), vTo,
                destinationScoreDirector.lookUpWorkingObject(routeB),
                destinationScoreDirector.lookUpWorkingObject(v), uTo, softDelta);
    }

    @Override
    public List<Object> getPlanningEntities() {
        return u == null ? List.of() : List.of(routeA, routeB);
    }

    @Override
    public List<Object> getPlanningValues() {
        return u == null ? List.of() : List.of(u, v);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "SwapStarMove";
    }

    @Override
    public String toString() {
        if (u == null) {
            return "swap* (none)";
        }
        return "swap* " + u + " {" + routeA + " -> " + routeB + "[" + uTo + "]}, " + v + " {" + routeB + " -> " + routeA
                + "[" + vTo + "]}, soft " + softDelta;
    }
}
