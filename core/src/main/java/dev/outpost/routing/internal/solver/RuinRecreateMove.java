package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.Visit;
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
 * {@link #BLINK_RATE}, from a xorshift generator seeded per move). Feasibility is checked in O(1) per position from each route's latest
 * arrival times; the cost is the weighted change of travel seconds and metres plus the visit's
 * own response time and the fixed cost when opening an empty courier. Ties go to the lower
 * courier index, then the lower position. A visit with no feasible position goes to the bucket.
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

        int couriers = d.courierCount;
        for (int c = 0; c < couriers; c++) {
            int load = d.courierLoad[c];
            for (Visit visit : routes.get(c).getVisits()) {
                load += d.size[visit.getIndex()];
            }
            scratch.load[c] = load;
            scratch.latestValid[c] = false;
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
        int kind = random.nextInt(11);
        if (kind < 4) {
            Collections.shuffle(pending, random);
            return;
        }
        Comparator<Visit> byIndex = Comparator.comparingInt(Visit::getIndex);
        Comparator<Visit> order;
        if (kind < 8) {
            order = Comparator.comparingInt((Visit v) -> -d.size[v.getIndex()]).thenComparing(byIndex);
        } else if (kind < 10) {
            order = Comparator.comparingInt((Visit v) -> -d.legSeconds(d.hub, v.getPoint())).thenComparing(byIndex);
        } else {
            order = Comparator.comparingInt((Visit v) -> d.legSeconds(d.hub, v.getPoint())).thenComparing(byIndex);
        }
        pending.sort(order);
    }

    private void insert(ScoreDirector<RoutingSolution> scoreDirector, RoutingData d, List<CourierRoute> routes,
            CourierRoute bucket, Visit visit, Random random) {
        int p = visit.getIndex();
        int vp = visit.getPoint();
        int n = d.pointCount;
        int[] seconds = d.seconds;
        int[] metres = d.metres;
        long bestCost = Long.MAX_VALUE;
        int bestRoute = -1;
        int bestPosition = -1;
        long ownResponseWeight = d.responseWeight * d.priority[p];
        long blinkState = random.nextLong() | 1L;
        boolean[] emptyClassSeen = scratch.emptyClassSeen;
        for (int c = 0; c < d.courierCount; c++) {
            if ((d.requiredSkills[p] & ~d.courierSkills[c]) != 0 || scratch.load[c] + d.size[p] > d.courierCapacity[c]) {
                continue;
            }
            List<Visit> list = routes.get(c).getVisits();
            int len = list.size();
            if (len == 0) {
                // Identical empty couriers give identical insertions: try the first of each class only.
                int courierClass = d.courierClass[c];
                if (emptyClassSeen[courierClass]) {
                    continue;
                }
                emptyClassSeen[courierClass] = true;
            }
            refresh(d, c, list);
            int[] latest = scratch.latest[c];
            int[] points = scratch.points[c];
            int[] departures = scratch.departures[c];
            int[] starts = scratch.windowStarts[c];
            boolean endAtHub = d.courierEndAtHub[c];
            int endLimit = endAtHub ? Math.min(d.cutoff, d.courierShiftEnd[c]) : d.courierShiftEnd[c];
            boolean hadLegAtEnd = len > 0 || (endAtHub && d.courierLoad[c] > 0);
            for (int pos = 0; pos <= len; pos++) {
                blinkState ^= blinkState << 13;
                blinkState ^= blinkState >>> 7;
                blinkState ^= blinkState << 17;
                if ((blinkState >>> 57) == 0) {
                    continue;
                }
                int previousPoint = points[pos];
                int in = seconds[previousPoint * n + vp];
                if (in < 0) {
                    continue;
                }
                int start = Math.max(departures[pos] + in, d.windowStart[p]);
                if (start > d.windowEnd[p]) {
                    // Later positions depart no earlier in a feasible route, so they cannot do better.
                    break;
                }
                int departure = start + d.service[p];
                int nextPoint;
                if (pos < len) {
                    nextPoint = points[pos + 1];
                    int out = seconds[vp * n + nextPoint];
                    if (out < 0 || Math.max(departure + out, starts[pos]) > latest[pos]) {
                        continue;
                    }
                } else if (endAtHub) {
                    nextPoint = d.hub;
                    int out = seconds[vp * n + nextPoint];
                    if (out < 0 || departure + out > endLimit) {
                        continue;
                    }
                } else {
                    nextPoint = -1;
                    if (departure > endLimit) {
                        continue;
                    }
                }
                long deltaSeconds = in;
                long deltaMetres = metres[previousPoint * n + vp];
                if (nextPoint >= 0) {
                    deltaSeconds += seconds[vp * n + nextPoint];
                    deltaMetres += metres[vp * n + nextPoint];
                    if (pos < len || hadLegAtEnd) {
                        deltaSeconds -= d.legSeconds(previousPoint, nextPoint);
                        deltaMetres -= d.legMetres(previousPoint, nextPoint);
                    }
                }
                long cost = d.travelSecondWeight * deltaSeconds + d.metreWeight * deltaMetres
                        + ownResponseWeight * Math.max(0, start - d.release[p]) + (len == 0 ? d.vehicleFixedCost : 0);
                if (cost < bestCost) {
                    bestCost = cost;
                    bestRoute = c;
                    bestPosition = pos;
                }
            }
        }
        for (int k = 0; k < emptyClassSeen.length; k++) {
            emptyClassSeen[k] = false;
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
        scratch.load[bestRoute] += d.size[p];
        scratch.latestValid[bestRoute] = false;
    }

    /**
     * Fills the scratch arrays of courier {@code c}'s route, if stale: for each insertion position
     * {@code pos} the point and departure before it ({@code points[pos]}, {@code departures[pos]};
     * position 0 is the courier's start), the point after it ({@code points[pos + 1]}), the window
     * start of the visit after it, and the latest arrival at that visit such that it and all after
     * it stay within their windows, the shift and the cut-off.
     */
    private void refresh(RoutingData d, int c, List<Visit> list) {
        if (scratch.latestValid[c]) {
            return;
        }
        int len = list.size();
        if (scratch.latest[c].length < len + 2) {
            int capacity = Math.max(len + 2, scratch.latest[c].length * 2);
            scratch.latest[c] = new int[capacity];
            scratch.points[c] = new int[capacity];
            scratch.departures[c] = new int[capacity];
            scratch.windowStarts[c] = new int[capacity];
        }
        int[] latest = scratch.latest[c];
        int[] points = scratch.points[c];
        int[] departures = scratch.departures[c];
        int[] starts = scratch.windowStarts[c];
        points[0] = d.courierStart[c];
        departures[0] = d.courierAvailable[c];
        for (int i = 0; i < len; i++) {
            Visit v = list.get(i);
            points[i + 1] = v.getPoint();
            departures[i + 1] = v.departure();
            starts[i] = d.windowStart[v.getIndex()];
        }
        if (len > 0) {
            int latestDeparture;
            if (d.courierEndAtHub[c]) {
                latestDeparture = Math.min(d.cutoff, d.courierShiftEnd[c]) - d.legSeconds(points[len], d.hub);
            } else {
                latestDeparture = d.courierShiftEnd[c];
            }
            for (int i = len - 1; i >= 0; i--) {
                int q = list.get(i).getIndex();
                int latestStart = Math.min(d.windowEnd[q], latestDeparture - d.service[q]);
                latest[i] = latestStart;
                latestDeparture = latestStart - d.legSeconds(points[i], points[i + 1]);
            }
        }
        scratch.latestValid[c] = true;
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
