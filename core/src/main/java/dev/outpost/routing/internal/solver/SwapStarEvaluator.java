package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteSlack;
import dev.outpost.routing.route.RouteWalk;
import java.util.List;

/**
 * SWAP* (Vidal, "Hybrid genetic search for the CVRP: open-source implementation and SWAP*
 * neighborhood", Computers and Operations Research 140, 2022) on the routing kernel: customer u
 * of route A and customer v of route B change routes, each inserted at its best place in the
 * other route, which need not be the place the other left.
 *
 * <p><b>Evaluation.</b> For every pair (u, v) of a route pair the change is estimated in O(1):
 * the removal deltas of u from A and v from B (legs around them, their own response time, the
 * fixed cost when the route empties), plus for each the cheapest of (a) its three best insertion
 * positions in the other route that are not next to the customer leaving it and (b) the place the
 * other leaves. The three best positions of a customer in a route come from the kernel's O(1)
 * insertion test ({@link RouteKernel#insertionCost}, time windows, shift, cut-off, skills and
 * reachability respected) and are kept per (route, customer): they are recomputed only when that
 * route's sequence changed since they were computed. Capacity is checked on the swapped loads.
 * The estimate is exact for distance-type costs of positions away from the leaving customer; the
 * best {@link #VERIFIED} candidates by estimate are then walked in full by the kernel
 * ({@link RouteWalk}: both new routes, every hard and soft term), and the best one that adds no
 * hard penalty is returned with its exact change of soft cost.
 *
 * <p>Per-phase state; one solver thread (not thread-safe). Deterministic: ties keep the first
 * pair in route order (u, then v), positions ascending.
 */
public final class SwapStarEvaluator {

    /** Candidates (best by estimate) walked in full per route pair. */
    static final int VERIFIED = 3;

    private final RoutingData data;
    private final RouteKernel k;
    private final int pickups;
    private final RouteWalk walk;

    /** Per route: its sequence as last seen, its version (bumped on every change seen), and what depends on it. */
    private final int[][] sequence;
    private final int[] length;
    private final int[] version;
    private final boolean[] known;
    private final RouteSlack[] slack;
    private final long[][] removal;
    private final int[] load;
    private final long[] hard;
    private final long[] soft;

    /** Per route, per pickup: the three best insertions (cost ascending) and the route version they were computed at. */
    private final long[][] topCost;
    private final int[][] topPosition;
    private final int[][] topStamp;

    private final long[] candidateEstimate = new long[VERIFIED];
    private final int[] candidateU = new int[VERIFIED];
    private final int[] candidateV = new int[VERIFIED];
    private final int[] candidateUTo = new int[VERIFIED];
    private final int[] candidateVTo = new int[VERIFIED];
    private int candidates;

    private long evaluations;

    /**
     * An evaluator for the problem's routes.
     *
     * @param data the problem
     */
    public SwapStarEvaluator(RoutingData data) {
        this.data = data;
        this.k = data.kernel();
        this.pickups = data.pickupCount;
        this.walk = k.walker();
        int n = data.courierCount;
        sequence = new int[n][];
        length = new int[n];
        version = new int[n];
        known = new boolean[n];
        slack = new RouteSlack[n];
        removal = new long[n][];
        load = new int[n];
        hard = new long[n];
        soft = new long[n];
        topCost = new long[n][];
        topPosition = new int[n][];
        topStamp = new int[n][];
    }

    /** The problem this evaluator serves. */
    RoutingData data() {
        return data;
    }

    /**
     * The number of (u, v) pairs estimated so far (the figure of the JMH benchmark).
     *
     * @return the number of (u, v) pairs estimated so far
     */
    public long evaluations() {
        return evaluations;
    }

    /** Forgets every route (the next evaluation recomputes slacks and the three best insertions). */
    public void invalidate() {
        for (int c = 0; c < known.length; c++) {
            known[c] = false;
            version[c]++;
        }
    }

    /**
     * The best SWAP* between courier routes a and b (a != b), or null when no pair of their
     * customers can be swapped without adding a hard penalty.
     *
     * @param a the first courier
     * @param routeA courier a's visits, in order
     * @param b the second courier
     * @param routeB courier b's visits, in order
     * @return the best move found (pickup indices, target positions, exact change of soft cost), or null
     */
    public Candidate best(int a, List<Visit> routeA, int b, List<Visit> routeB) {
        if (a == b) {
            throw new IllegalArgumentException("SWAP* needs two different routes (both " + a + ").");
        }
        sync(a, routeA);
        sync(b, routeB);
        int lenA = length[a];
        int lenB = length[b];
        if (lenA == 0 || lenB == 0) {
            return null;
        }
        candidates = 0;
        int[] seqA = sequence[a];
        int[] seqB = sequence[b];
        int capA = k.courierCapacity(a);
        int capB = k.courierCapacity(b);
        for (int j = 0; j < lenB; j++) {
            if (k.hasSkills(a, seqB[j])) {
                prepareTop(a, seqB[j]);
            }
        }
        for (int i = 0; i < lenA; i++) {
            int u = seqA[i];
            boolean uFitsB = k.hasSkills(b, u);
            if (!uFitsB) {
                continue;
            }
            prepareTop(b, u);
            int sizeU = k.size(u);
            long removeU = removal[a][i];
            for (int j = 0; j < lenB; j++) {
                int v = seqB[j];
                evaluations++;
                int sizeV = k.size(v);
                if (load[a] - sizeU + sizeV > capA || load[b] - sizeV + sizeU > capB || !k.hasSkills(a, v)) {
                    continue;
                }
                long base = removeU + removal[b][j];
                // u into B without v: best of its top three away from v, or v's place.
                long insU = inPlace(b, j, u);
                int uTo = insU == RouteKernel.INFEASIBLE ? -1 : j;
                int uBase = u * 3;
                for (int t = 0; t < 3; t++) {
                    int pos = topPosition[b][uBase + t];
                    if (pos < 0) {
                        break;
                    }
                    if (pos == j || pos == j + 1) {
                        continue;
                    }
                    long cost = topCost[b][uBase + t];
                    if (cost < insU) {
                        insU = cost;
                        uTo = pos < j ? pos : pos - 1;
                    }
                    break;
                }
                if (uTo < 0) {
                    continue;
                }
                long insV = inPlace(a, i, v);
                int vTo = insV == RouteKernel.INFEASIBLE ? -1 : i;
                int vBase = v * 3;
                for (int t = 0; t < 3; t++) {
                    int pos = topPosition[a][vBase + t];
                    if (pos < 0) {
                        break;
                    }
                    if (pos == i || pos == i + 1) {
                        continue;
                    }
                    long cost = topCost[a][vBase + t];
                    if (cost < insV) {
                        insV = cost;
                        vTo = pos < i ? pos : pos - 1;
                    }
                    break;
                }
                if (vTo < 0) {
                    continue;
                }
                offer(base + insU + insV, u, v, uTo, vTo);
            }
        }
        return verify(a, b);
    }

    /** Keeps the VERIFIED best estimates, ascending (a later equal estimate goes after). */
    private void offer(long estimate, int u, int v, int uTo, int vTo) {
        int at = candidates;
        while (at > 0 && candidateEstimate[at - 1] > estimate) {
            at--;
        }
        if (at >= VERIFIED) {
            return;
        }
        int last = Math.min(candidates, VERIFIED - 1);
        for (int s = last; s > at; s--) {
            candidateEstimate[s] = candidateEstimate[s - 1];
            candidateU[s] = candidateU[s - 1];
            candidateV[s] = candidateV[s - 1];
            candidateUTo[s] = candidateUTo[s - 1];
            candidateVTo[s] = candidateVTo[s - 1];
        }
        candidateEstimate[at] = estimate;
        candidateU[at] = u;
        candidateV[at] = v;
        candidateUTo[at] = uTo;
        candidateVTo[at] = vTo;
        candidates = Math.min(VERIFIED, candidates + 1);
    }

    /** Walks the candidates in full; the best exact one that adds no hard penalty, or null. */
    private Candidate verify(int a, int b) {
        Candidate best = null;
        long bestHard = 0;
        for (int s = 0; s < candidates; s++) {
            long newHard = 0;
            long newSoft = 0;
            walkSwapped(a, candidateU[s], candidateV[s], candidateVTo[s]);
            newHard += walk.hardPenalty();
            newSoft += walk.softCost();
            walkSwapped(b, candidateV[s], candidateU[s], candidateUTo[s]);
            newHard += walk.hardPenalty();
            newSoft += walk.softCost();
            if (newHard > hard[a] + hard[b]) {
                continue;
            }
            long delta = newSoft - soft[a] - soft[b];
            if (best == null || newHard < bestHard || (newHard == bestHard && delta < best.softDelta())) {
                best = new Candidate(a, candidateU[s], candidateVTo[s], b, candidateV[s], candidateUTo[s], delta);
                bestHard = newHard;
            }
        }
        return best;
    }

    /** Walks route c with {@code out} removed and {@code in} inserted at index {@code to} of the route without {@code out}. */
    private void walkSwapped(int c, int out, int in, int to) {
        int[] seq = sequence[c];
        int len = length[c];
        walk.start(c);
        int written = 0;
        for (int i = 0; i < len; i++) {
            int q = seq[i];
            if (q == out) {
                continue;
            }
            if (written == to) {
                walk.visit(in);
            }
            walk.visit(q);
            written++;
        }
        if (written == to) {
            walk.visit(in);
        }
        walk.finish();
    }

    /**
     * The estimated cost of pickup p in the place of the stop at index j of route c (relative to
     * the route without that stop), or INFEASIBLE when p's window cannot be met there.
     */
    private long inPlace(int c, int j, int p) {
        int[] seq = sequence[c];
        int len = length[c];
        int prev = j == 0 ? k.courierStart(c) : k.pickupPoint(seq[j - 1]);
        int departure = slack[c].departureBefore(j);
        int point = k.pickupPoint(p);
        int in = k.legSeconds(c, prev, point, departure);
        int start = Math.max(departure + in, k.windowStart(p));
        if (start > k.windowEnd(p)) {
            return RouteKernel.INFEASIBLE;
        }
        long seconds = in;
        long metres = k.legMetres(c, prev, point);
        int next = j + 1 < len ? k.pickupPoint(seq[j + 1]) : (k.drivesToHub(c, len) ? k.hub() : -1);
        if (next >= 0) {
            int out = k.legSeconds(c, point, next, start + k.service(p));
            seconds += out - k.legSeconds(c, prev, next, departure);
            metres += k.legMetres(c, point, next) - k.legMetres(c, prev, next);
        }
        return k.travelSecondWeight() * seconds + k.metreWeight() * metres
                + k.responseWeight() * k.priority(p) * Math.max(0, start - k.release(p));
    }

    /** Fills the three best insertions of pickup p into route c unless they are current. */
    private void prepareTop(int c, int p) {
        if (topStamp[c] == null) {
            topStamp[c] = new int[pickups];
            java.util.Arrays.fill(topStamp[c], Integer.MIN_VALUE);
            topCost[c] = new long[pickups * 3];
            topPosition[c] = new int[pickups * 3];
        }
        if (topStamp[c][p] == version[c]) {
            return;
        }
        topStamp[c][p] = version[c];
        long[] costs = topCost[c];
        int[] positions = topPosition[c];
        int base = p * 3;
        int found = 0;
        RouteSlack s = slack[c];
        int len = length[c];
        for (int pos = 0; pos <= len; pos++) {
            long cost = k.insertionCost(s, p, pos);
            if (cost == RouteKernel.NO_LATER) {
                break;
            }
            if (cost == RouteKernel.INFEASIBLE) {
                continue;
            }
            if (found == 3 && cost >= costs[base + 2]) {
                continue;
            }
            int at = Math.min(found, 2);
            while (at > 0 && costs[base + at - 1] > cost) {
                costs[base + at] = costs[base + at - 1];
                positions[base + at] = positions[base + at - 1];
                at--;
            }
            costs[base + at] = cost;
            positions[base + at] = pos;
            found = Math.min(3, found + 1);
        }
        for (int t = found; t < 3; t++) {
            positions[base + t] = -1;
            costs[base + t] = RouteKernel.INFEASIBLE;
        }
    }

    /** Brings route c up to date with its list: on a change, its slack, removal estimates, load and walk, and a new version. */
    private void sync(int c, List<Visit> visits) {
        int len = visits.size();
        int[] seq = sequence[c];
        if (known[c] && length[c] == len) {
            boolean same = true;
            for (int i = 0; i < len; i++) {
                if (seq[i] != visits.get(i).getIndex()) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return;
            }
        }
        if (seq == null || seq.length < len) {
            seq = new int[Math.max(8, len * 2)];
            sequence[c] = seq;
            removal[c] = new long[seq.length];
        }
        for (int i = 0; i < len; i++) {
            seq[i] = visits.get(i).getIndex();
        }
        length[c] = len;
        known[c] = true;
        version[c]++;
        if (slack[c] == null) {
            slack[c] = new RouteSlack();
        }
        k.slack(c, seq, len, slack[c]);
        walk.start(c);
        int l = k.courierLoad(c);
        for (int i = 0; i < len; i++) {
            walk.visit(seq[i]);
            l += k.size(seq[i]);
        }
        walk.finish();
        hard[c] = walk.hardPenalty();
        soft[c] = walk.softCost();
        load[c] = l;
        long[] rem = removal[c];
        RouteSlack s = slack[c];
        for (int i = 0; i < len; i++) {
            int p = seq[i];
            int prev = i == 0 ? k.courierStart(c) : k.pickupPoint(seq[i - 1]);
            int point = k.pickupPoint(p);
            int departure = s.departureBefore(i);
            int in = k.legSeconds(c, prev, point, departure);
            int start = s.departureBefore(i + 1) - k.service(p);
            long seconds = -in;
            long metres = -k.legMetres(c, prev, point);
            int next = i + 1 < len ? k.pickupPoint(seq[i + 1]) : (k.drivesToHub(c, len) ? k.hub() : -1);
            if (next >= 0) {
                seconds -= k.legSeconds(c, point, next, s.departureBefore(i + 1));
                metres -= k.legMetres(c, point, next);
                if (i + 1 < len || k.drivesToHub(c, len - 1)) {
                    seconds += k.legSeconds(c, prev, next, departure);
                    metres += k.legMetres(c, prev, next);
                }
            }
            rem[i] = k.travelSecondWeight() * seconds + k.metreWeight() * metres
                    - k.responseWeight() * k.priority(p) * Math.max(0, start - k.release(p))
                    - (len == 1 ? k.vehicleFixedCost() : 0);
        }
    }

    /**
     * A SWAP* move found by {@link #best}: pickup u leaves route a for index {@code uTo} of route
     * b without v; pickup v leaves route b for index {@code vTo} of route a without u.
     *
     * @param a the courier of u's route
     * @param u the pickup leaving route a
     * @param vTo v's index in route a once u is out
     * @param b the courier of v's route
     * @param v the pickup leaving route b
     * @param uTo u's index in route b once v is out
     * @param softDelta the exact change of the two routes' soft cost (negative: better), by a full walk
     */
    public record Candidate(int a, int u, int vTo, int b, int v, int uTo, long softDelta) {
    }
}
