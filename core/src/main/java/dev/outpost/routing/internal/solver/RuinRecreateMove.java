package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteSlack;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * The recreate half of SISR (Christiaens and Vanden Berghe, "Slack Induction by String Removals
 * for Vehicle Routing Problems", Transportation Science 54(2), 2020): the visits chosen by
 * {@link RuinRecreateMoveIteratorFactory} (the ruined strings) and up to
 * {@link #BUCKET_RETRY} visits of the unassigned bucket are taken out, sorted (random 4, larger
 * size first 4, farther from the hub first 2, nearer first 1 out of 11), then each is inserted
 * at its cheapest feasible position with blinks (each position skipped with probability
 * {@link #BLINK_RATE}, from a xorshift generator seeded per move). Feasibility and cost of a
 * position come from the route kernel in O(1) ({@link RouteKernel#slack},
 * {@link RouteKernel#insertionCost}, a route's positions in one pass by
 * {@link RouteKernel#cheapestPosition(RouteSlack, int, long[], long)}): the weighted change of travel seconds and metres plus the
 * visit's own response time and the fixed cost when opening an empty courier. Ties follow the
 * kernel's order: lower courier id, then lower position. A visit with no feasible position goes
 * to the bucket.
 *
 * <p>The move is deterministic: its random choices come from a seed drawn when it was selected,
 * so doing it again (as the local search does for the chosen step) gives the same result.
 */
final class RuinRecreateMove extends AbstractMove<RoutingSolution> {

    /** SISR blink rate (1/128, close to the paper's 0.01, drawn from a cheap xorshift). */
    static final double BLINK_RATE = 1.0 / 128;
    /** Most bucket visits retried per move. */
    static final int BUCKET_RETRY = 16;

    private final Visit[] removed;
    private final long seed;
    private final RuinRecreateMoveIteratorFactory.Scratch scratch;

    RuinRecreateMove(Visit[] removed, long seed, RuinRecreateMoveIteratorFactory.Scratch scratch) {
        this.removed = removed;
        this.seed = seed;
        this.scratch = scratch;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RoutingSolution> scoreDirector) {
        return removed.length > 0 || !scoreDirector.getWorkingSolution().bucket().getVisits().isEmpty();
    }

    @Override
    protected AbstractMove<RoutingSolution> createUndoMove(ScoreDirector<RoutingSolution> scoreDirector) {
        return new RestoreRoutesMove(RestoreRoutesMove.take(scoreDirector.getWorkingSolution()));
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RoutingSolution> scoreDirector) {
        RoutingSolution solution = scoreDirector.getWorkingSolution();
        RoutingData d = solution.getData();
        List<CourierRoute> routes = solution.getRoutes();
        CourierRoute bucket = solution.bucket();
        Random random = new Random(seed);
        List<Visit> pending = new ArrayList<>(removed.length + BUCKET_RETRY);
        ruin(scoreDirector, pending);
        List<Visit> bucketVisits = bucket.getVisits();
        int retry = Math.min(BUCKET_RETRY, bucketVisits.size());
        if (retry > 0) {
            scoreDirector.beforeListVariableChanged(bucket, "visits", 0, retry);
            List<Visit> head = bucketVisits.subList(0, retry);
            pending.addAll(head);
            head.clear();
            scoreDirector.afterListVariableChanged(bucket, "visits", 0, 0);
        }
        scoreDirector.triggerVariableListeners();
        sort(pending, d, random);

        RouteKernel k = d.kernel();
        for (int c = 0; c < d.courierCount; c++) {
            int load = k.courierLoad(c);
            for (Visit visit : routes.get(c).getVisits()) {
                load += k.size(visit.getIndex());
            }
            scratch.load[c] = load;
            scratch.slackValid[c] = false;
        }
        for (Visit visit : pending) {
            insert(scoreDirector, d, routes, bucket, visit, random);
        }
    }

    private void ruin(ScoreDirector<RoutingSolution> scoreDirector, List<Visit> pending) {
        boolean[] flag = scratch.removedFlag;
        for (Visit visit : removed) {
            flag[visit.getIndex()] = true;
        }
        for (Visit visit : removed) {
            CourierRoute route = visit.getRoute();
            List<Visit> list = route.getVisits();
            int first = -1;
            for (int i = 0; i < list.size(); i++) {
                if (flag[list.get(i).getIndex()]) {
                    first = i;
                    break;
                }
            }
            if (first < 0) {
                continue;
            }
            scoreDirector.beforeListVariableChanged(route, "visits", first, list.size());
            int write = first;
            int changedEnd = first;
            for (int i = first; i < list.size(); i++) {
                Visit v = list.get(i);
                if (flag[v.getIndex()]) {
                    flag[v.getIndex()] = false;
                    pending.add(v);
                    // Everything up to the visit after the last removal has a new predecessor chain.
                    changedEnd = write + 1;
                } else {
                    list.set(write++, v);
                }
            }
            list.subList(write, list.size()).clear();
            scoreDirector.afterListVariableChanged(route, "visits", first, Math.min(changedEnd, write));
        }
    }

    private static void sort(List<Visit> pending, RoutingData d, Random random) {
        RouteKernel k = d.kernel();
        int kind = random.nextInt(11);
        if (kind < 4) {
            Collections.shuffle(pending, random);
            return;
        }
        Comparator<Visit> byIndex = Comparator.comparingInt(Visit::getIndex);
        Comparator<Visit> order;
        if (kind < 8) {
            order = Comparator.comparingInt((Visit v) -> -k.size(v.getIndex())).thenComparing(byIndex);
        } else if (kind < 10) {
            order = Comparator.comparingInt((Visit v) -> -k.legSeconds(k.hub(), v.getPoint())).thenComparing(byIndex);
        } else {
            order = Comparator.comparingInt((Visit v) -> k.legSeconds(k.hub(), v.getPoint())).thenComparing(byIndex);
        }
        pending.sort(order);
    }

    private void insert(ScoreDirector<RoutingSolution> scoreDirector, RoutingData d, List<CourierRoute> routes,
            CourierRoute bucket, Visit visit, Random random) {
        RouteKernel k = d.kernel();
        int p = visit.getIndex();
        long bestCost = RouteKernel.INFEASIBLE;
        int bestRoute = -1;
        int bestPosition = -1;
        long blinkState = random.nextLong() | 1L;
        boolean[] emptyClassSeen = scratch.emptyClassSeen;
        int size = k.size(p);
        // Couriers in id order, positions ascending, strictly cheaper wins: the kernel's tie order.
        for (int r = 0; r < d.courierCount; r++) {
            int c = k.courierByRank(r);
            if (!k.hasSkills(c, p) || scratch.load[c] + size > k.courierCapacity(c)) {
                continue;
            }
            List<Visit> list = routes.get(c).getVisits();
            int len = list.size();
            if (len == 0) {
                // Identical empty couriers give identical insertions: try the first of each class only.
                int courierClass = d.courierClass(c);
                if (emptyClassSeen[courierClass]) {
                    continue;
                }
                emptyClassSeen[courierClass] = true;
            }
            RouteSlack slack = refresh(k, c, list);
            // One pass over the positions with the blinks (the kernel's loop over insertionCost).
            long[] found = scratch.found;
            int pos = k.cheapestPosition(slack, p, found, blinkState);
            blinkState = found[1];
            if (pos >= 0 && found[0] < bestCost) {
                bestCost = found[0];
                bestRoute = c;
                bestPosition = pos;
            }
        }
        for (int i = 0; i < emptyClassSeen.length; i++) {
            emptyClassSeen[i] = false;
        }
        if (bestRoute < 0) {
            List<Visit> list = bucket.getVisits();
            int at = list.size();
            scoreDirector.beforeListVariableChanged(bucket, "visits", at, at);
            list.add(visit);
            scoreDirector.afterListVariableChanged(bucket, "visits", at, at + 1);
            scoreDirector.triggerVariableListeners();
            return;
        }
        CourierRoute route = routes.get(bestRoute);
        scoreDirector.beforeListVariableChanged(route, "visits", bestPosition, bestPosition);
        route.getVisits().add(bestPosition, visit);
        scoreDirector.afterListVariableChanged(route, "visits", bestPosition, bestPosition + 1);
        scoreDirector.triggerVariableListeners();
        scratch.load[bestRoute] += size;
        scratch.slackValid[bestRoute] = false;
    }

    /** The kernel's slack arrays of courier c's route, recomputed when stale. */
    private RouteSlack refresh(RouteKernel k, int c, List<Visit> list) {
        RouteSlack slack = scratch.slacks[c];
        if (scratch.slackValid[c]) {
            return slack;
        }
        int len = list.size();
        if (scratch.sequence.length < len) {
            scratch.sequence = new int[len * 2];
        }
        int[] sequence = scratch.sequence;
        for (int i = 0; i < len; i++) {
            sequence[i] = list.get(i).getIndex();
        }
        k.slack(c, sequence, len, slack);
        scratch.slackValid[c] = true;
        return slack;
    }

    @Override
    public List<Object> getPlanningEntities() {
        return Arrays.asList((Object[]) removed);
    }

    @Override
    public List<Object> getPlanningValues() {
        return Arrays.asList((Object[]) removed);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "RuinRecreateMove";
    }

    @Override
    public String toString() {
        return "ruin-recreate " + Arrays.toString(removed) + " seed " + seed;
    }
}
