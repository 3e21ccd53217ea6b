package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.Visit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sets every route's list back to a snapshot: the undo of {@link RuinRecreateMove}. Only routes
 * whose content differs are touched; all "before" notifications precede the changes so that no
 * visit is ever in two lists at once.
 */
final class RestoreRoutesMove extends AbstractMove<RoutingSolution> {

    private final Visit[][] snapshot;

    RestoreRoutesMove(Visit[][] snapshot) {
        this.snapshot = snapshot;
    }

    /** A snapshot of every route's list (couriers, then the bucket). */
    static Visit[][] take(RoutingSolution solution) {
        List<CourierRoute> routes = solution.getRoutes();
        Visit[][] lists = new Visit[routes.size()][];
        for (int r = 0; r < lists.length; r++) {
            lists[r] = routes.get(r).getVisits().toArray(new Visit[0]);
        }
        return lists;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RoutingSolution> scoreDirector) {
        return true;
    }

    @Override
    protected AbstractMove<RoutingSolution> createUndoMove(ScoreDirector<RoutingSolution> scoreDirector) {
        return new RestoreRoutesMove(take(scoreDirector.getWorkingSolution()));
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RoutingSolution> scoreDirector) {
        List<CourierRoute> routes = scoreDirector.getWorkingSolution().getRoutes();
        boolean[] changed = new boolean[routes.size()];
        for (int r = 0; r < changed.length; r++) {
            List<Visit> current = routes.get(r).getVisits();
            Visit[] wanted = snapshot[r];
            boolean same = current.size() == wanted.length;
            for (int i = 0; same && i < wanted.length; i++) {
                same = current.get(i) == wanted[i];
            }
            if (!same) {
                changed[r] = true;
                scoreDirector.beforeListVariableChanged(routes.get(r), "visits", 0, current.size());
            }
        }
        for (int r = 0; r < changed.length; r++) {
            if (changed[r]) {
                List<Visit> current = routes.get(r).getVisits();
                current.clear();
                current.addAll(Arrays.asList(snapshot[r]));
            }
        }
        for (int r = 0; r < changed.length; r++) {
            if (changed[r]) {
                scoreDirector.afterListVariableChanged(routes.get(r), "visits", 0, snapshot[r].length);
            }
        }
    }

    @Override
    public List<Object> getPlanningEntities() {
        return new ArrayList<>();
    }

    @Override
    public List<Object> getPlanningValues() {
        return new ArrayList<>();
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "RestoreRoutesMove";
    }

    @Override
    public String toString() {
        return "restore routes";
    }
}
