package dev.outpost.sim.experiment;

import dev.outpost.check.StationingChecker;
import dev.outpost.model.SiteStatus;
import dev.outpost.sim.fleet.LegTimes;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.StationingSolver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Stationing chosen by simulation: the analytic objective (Erlang C expected response and the
 * others) is a proxy, so the plan the search found and its best neighbours are simulated on the
 * same paired pilot days with the chosen dispatch and relocation, and the one with the lowest
 * simulated mean response is kept (ties: more requests within target; then the better analytic
 * value, so the analytic plan wins when nothing beats it).
 *
 * <p>The candidates are the analytic plan and its K - 1 best neighbours by the analytic value as
 * {@link StationingChecker} recomputes it: every plan one courier moved between two open outposts,
 * and every plan with one open (not fixed-open) outpost swapped for a site not open (its couriers
 * moved along, at most the new site's maximum). Every candidate is re-checked by the checker and a
 * plan it rejects is never a candidate, so the result is never a plan the checker rejects.
 */
public final class StationingRefiner {

    /**
     * One candidate with its figures.
     *
     * @param origin         how it was made: "analytic plan", "courier moved ...", "swap ..."
     * @param plan           the plan
     * @param analyticValue  its objective value as the checker recomputes it
     * @param response       simulated mean response (seconds) on the pilot days
     * @param within         simulated requests within target (percent) on the pilot days
     * @param responseVsAnalytic paired difference of mean response to the analytic plan (seconds)
     */
    public record Candidate(String origin, StationingPlan plan, long analyticValue, Estimate response, Estimate within,
            Estimate responseVsAnalytic) {
    }

    /**
     * What refining found.
     *
     * @param candidates the candidates in order (the analytic plan first)
     * @param chosen     the index of the one kept
     * @param days       pilot days simulated per candidate
     * @param seed       their seed
     */
    public record Result(List<Candidate> candidates, int chosen, int days, long seed) {

        /**
         * Copies the list.
         *
         * @param candidates the candidates in order
         * @param chosen     the index of the one kept
         * @param days       pilot days per candidate
         * @param seed       their seed
         */
        public Result {
            candidates = List.copyOf(candidates);
        }

        /** {@return the plan kept} */
        public StationingPlan plan() {
            return candidates.get(chosen).plan();
        }

        /** {@return whether the plan kept is the analytic one} */
        public boolean keptAnalytic() {
            return chosen == 0;
        }
    }

    private StationingRefiner() {
    }

    /**
     * The analytic plan and its {@code k - 1} best feasible neighbours by the checker's analytic
     * value (ties: the order made), each paired with how it was made.
     *
     * @param problem  the stationing problem
     * @param analytic the plan the search found; the checker must accept it
     * @param k        candidates in all, at least 1
     * @return the candidates, the analytic plan first
     * @throws IllegalArgumentException when k is below 1 or the checker rejects the analytic plan
     */
    public static List<Candidate> candidates(StationingProblem problem, StationingPlan analytic, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("The candidates (" + k + ") must be at least 1.");
        }
        StationingChecker.StationingCheck check = StationingChecker.check(problem, analytic);
        if (!check.feasible()) {
            throw new IllegalArgumentException("The stationing plan breaks a limit (" + String.join("; ",
                    check.violations()) + "); only a feasible plan can be refined.");
        }
        int ns = problem.siteCount();
        int[] counts = new int[ns];
        for (StationingPlan.Outpost o : analytic.outposts()) {
            counts[o.siteIndex()] = o.couriers();
        }
        record Neighbour(String origin, StationingPlan plan, long value, int order) {
        }
        List<Neighbour> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(java.util.Arrays.toString(counts));
        List<int[]> made = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (int s = 0; s < ns; s++) {
            for (int t = 0; t < ns; t++) {
                if (s == t || counts[s] < 2 || counts[t] == 0 || counts[t] >= problem.siteMaxCouriers(t)) {
                    continue;
                }
                int[] c = counts.clone();
                c[s]--;
                c[t]++;
                made.add(c);
                origins.add("a courier moved from " + problem.siteId(s) + " to " + problem.siteId(t));
            }
        }
        for (int s = 0; s < ns; s++) {
            if (counts[s] == 0 || problem.siteStatus(s) == SiteStatus.FIXED_OPEN) {
                continue;
            }
            for (int t = 0; t < ns; t++) {
                if (counts[t] != 0 || problem.siteStatus(t) == SiteStatus.CLOSED || problem.siteMaxCouriers(t) < 1) {
                    continue;
                }
                int[] c = counts.clone();
                int move = Math.min(c[s], problem.siteMaxCouriers(t));
                c[t] = move;
                c[s] = 0;
                made.add(c);
                origins.add(problem.siteId(s) + " swapped for " + problem.siteId(t)
                        + (move < counts[s] ? " (" + move + " of its " + counts[s] + " couriers)" : ""));
            }
        }
        for (int i = 0; i < made.size(); i++) {
            int[] c = made.get(i);
            if (!seen.add(java.util.Arrays.toString(c))) {
                continue;
            }
            StationingPlan plan = StationingSolver.planOf(problem, c);
            StationingChecker.StationingCheck nc = StationingChecker.check(problem, plan);
            if (nc.feasible()) {
                found.add(new Neighbour(origins.get(i), plan, nc.objectiveValue(), i));
            }
        }
        Comparator<Neighbour> better = problem.objective() == dev.outpost.stationing.StationingObjective.MAX_COVERING
                ? Comparator.comparingLong(Neighbour::value).reversed() : Comparator.comparingLong(Neighbour::value);
        found.sort(better.thenComparingInt(Neighbour::order));
        List<Candidate> out = new ArrayList<>();
        out.add(new Candidate("analytic plan", analytic, check.objectiveValue(), null, null, null));
        for (Neighbour n : found.subList(0, Math.min(k - 1, found.size()))) {
            out.add(new Candidate(n.origin(), n.plan(), n.value(), null, null, null));
        }
        return out;
    }

    /**
     * Refines: simulates every candidate of {@link #candidates} with {@code base}'s dispatch,
     * relocation, fleet and demand on replications 0..days-1 of {@code seed} and keeps the best.
     *
     * @param problem  the stationing problem
     * @param analytic the plan the search found; the checker must accept it
     * @param k        candidates in all, at least 1
     * @param base     the set-up to simulate (its layout is replaced by each candidate's)
     * @param legs     the scenario's leg times
     * @param seed     the pilot days' seed
     * @param days     pilot days per candidate, at least 2
     * @param threads  threads
     * @param progress told each candidate's index as it starts, or null
     * @return what was found
     */
    public static Result refine(StationingProblem problem, StationingPlan analytic, int k, SimSetup base, LegTimes legs,
            long seed, int days, int threads, IntConsumer progress) {
        List<Candidate> candidates = candidates(problem, analytic, k);
        List<double[]> response = new ArrayList<>();
        List<Candidate> simulated = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (progress != null) {
                progress.accept(i);
            }
            Candidate c = candidates.get(i);
            SimSetup setup = base.withLayout(Layouts.of(c.plan(), i == 0 ? "stationing plan" : "refined plan"));
            List<RunKpis> runs = Replications.run(new Simulator(setup, legs), seed, days, 1, threads, null);
            double[] r = Attribution.values(runs, Attribution.RESPONSE);
            double[] w = Attribution.values(runs, Attribution.WITHIN);
            response.add(r);
            double[] d = new double[r.length];
            for (int j = 0; j < r.length; j++) {
                d[j] = r[j] - response.get(0)[j];
            }
            simulated.add(new Candidate(c.origin(), c.plan(), c.analyticValue(), estimate(r), estimate(w), estimate(d)));
        }
        int chosen = choose(simulated);
        return new Result(simulated, chosen, days, seed);
    }

    /**
     * The candidate to keep: the lowest simulated mean response; ties to more requests within
     * target, then to the earlier candidate (the analytic plan first).
     *
     * @param simulated candidates with their simulated figures, the analytic plan first
     * @return the index kept
     */
    public static int choose(List<Candidate> simulated) {
        int chosen = 0;
        for (int i = 1; i < simulated.size(); i++) {
            Candidate c = simulated.get(i);
            Candidate b = simulated.get(chosen);
            if (c.response().mean() < b.response().mean()
                    || (c.response().mean() == b.response().mean() && c.within().mean() > b.within().mean())) {
                chosen = i;
            }
        }
        return chosen;
    }

    private static Estimate estimate(double[] v) {
        List<Double> list = new ArrayList<>(v.length);
        for (double x : v) {
            list.add(x);
        }
        return Estimate.of(list);
    }
}
