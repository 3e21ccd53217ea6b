package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.internal.domain.SiteSlot;
import dev.outpost.stationing.internal.domain.StationingSolution;
import dev.outpost.travel.TravelTimes;
import java.util.SplittableRandom;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Variable neighbourhood search (Hansen and Mladenovic 1997) over {@link FastInterchange}
 * best-improvement descents, for the objectives that are sums of client costs
 * ({@link ObjectiveRule#sumOfClientCosts()}: p-median, cost = weight x seconds, and maximal covering,
 * cost = weight when outside the target, else 0), with the number of open sites fixed at
 * what the construction opened. Shaking applies {@code k} random swaps to the best solution,
 * {@code k = 1, 2, ..., kMax} and back to 1 after each improvement; a shake that does not improve
 * is undone by swapping back, so no step rebuilds the tables.
 *
 * <p>Ends at the solve's deadline, after the unimproved-step limit of perturbations without
 * improvement, after the step limit of perturbations, or as soon as the objective target is
 * reached (all from the {@link SolveContext}). Swaps keep the number of open sites and couriers,
 * and it applies only without an opening budget, so it never crosses a limit. The best solution is written
 * back into the working solution at the end.
 */
public final class VariableNeighbourhoodCommand implements CustomPhaseCommand<StationingSolution> {

    /** Built by OptaPlanner from the class; the solve's limits come with the working solution. */
    public VariableNeighbourhoodCommand() {
    }

    /** Whether this search applies: a sum objective (p-median, maximal covering) without an opening budget. */
    public static boolean appliesTo(StationingProblem problem) {
        return ObjectiveRule.of(problem.objective()).sumOfClientCosts() && problem.maxOpeningCost() == Long.MAX_VALUE;
    }

    /** Client-major costs of the sum objective (see the class comment). */
    public static long[] costTable(StationingProblem problem) {
        int ns = problem.siteCount();
        int nc = problem.clientCount();
        ObjectiveRule rule = ObjectiveRule.of(problem.objective());
        long[] cost = new long[nc * ns];
        for (int u = 0; u < nc; u++) {
            if (!problem.servable(u)) {
                // No plan serves it: cost 0 everywhere keeps it out of every swap.
                continue;
            }
            for (int i = 0; i < ns; i++) {
                int t = problem.travelSeconds(i, u);
                long c;
                if (t == TravelTimes.UNREACHABLE || problem.siteMaxCouriers(i) == 0) {
                    c = FastInterchange.UNUSABLE;
                } else {
                    c = rule.clientCost(problem, u, t);
                }
                cost[u * ns + i] = c;
            }
        }
        return cost;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<StationingSolution> scoreDirector) {
        StationingSolution solution = scoreDirector.getWorkingSolution();
        StationingProblem problem = solution.getProblem();
        SolveContext context = solution.getContext();
        if (!context.variableNeighbourhood() || !appliesTo(problem) || problem.siteCount() == 0) {
            return;
        }
        BestTracker tracker = context.tracker();
        Long objectiveTarget = context.objectiveTarget();
        int ns = problem.siteCount();
        boolean[] insertable = new boolean[ns];
        boolean[] removable = new boolean[ns];
        boolean[] open = new boolean[ns];
        for (SiteSlot slot : solution.getSlots()) {
            int s = slot.getIndex();
            insertable[s] = slot.getMaxCouriers() > 0;
            removable[s] = slot.getMinCouriers() == 0;
            open[s] = slot.getCouriers() > 0;
        }
        long[] costs = costTable(problem);
        for (long c : costs) {
            if (c > FastInterchange.UNUSABLE) {
                // A real cost above the "unusable" marker would be mistaken for it: leave this problem to tabu search.
                return;
            }
        }
        FastInterchange fi = new FastInterchange(ns, problem.clientCount(), costs, insertable, removable);
        fi.load(open);
        long target = objectiveTarget == null ? Long.MIN_VALUE : toCostTarget(problem, objectiveTarget);
        fi.descend();
        long bestCost = fi.cost();
        report(tracker, problem, bestCost);
        int[] inList = new int[ns];
        int[] outList = new int[ns];
        int[] historyIn = new int[1 << 12];
        int[] historyOut = new int[1 << 12];
        SplittableRandom random = new SplittableRandom(context.seed());
        long unimprovedShakes = 0;
        int k = 1;
        for (long shake = 0; shake < context.stepLimit() && bestCost > target; shake++) {
            if (context.pastDeadline() || unimprovedShakes >= context.unimprovedSteps()) {
                break;
            }
            int ins = 0;
            int outs = 0;
            for (int s = 0; s < ns; s++) {
                if (fi.isOpen(s) && removable[s]) {
                    outList[outs++] = s;
                } else if (!fi.isOpen(s) && insertable[s]) {
                    inList[ins++] = s;
                }
            }
            int kMax = Math.min(Math.min(ins, outs), 64);
            if (kMax == 0) {
                break;
            }
            if (k > kMax) {
                k = 1;
            }
            int history = 0;
            for (int j = 0; j < k; j++) {
                // Partial Fisher-Yates keeps the k swapped-in and swapped-out sites distinct.
                int a = j + random.nextInt(ins - j);
                int b = j + random.nextInt(outs - j);
                int in = inList[a];
                inList[a] = inList[j];
                inList[j] = in;
                int out = outList[b];
                outList[b] = outList[j];
                outList[j] = out;
                fi.swap(in, out);
                historyIn[history] = in;
                historyOut[history] = out;
                history++;
            }
            while (true) {
                fi.findBestSwap();
                if (fi.bestIn() < 0 || fi.bestProfit() <= 0) {
                    break;
                }
                if (history == historyIn.length) {
                    break;
                }
                historyIn[history] = fi.bestIn();
                historyOut[history] = fi.bestOut();
                history++;
                fi.swap(fi.bestIn(), fi.bestOut());
            }
            if (fi.cost() < bestCost) {
                bestCost = fi.cost();
                k = 1;
                unimprovedShakes = 0;
                report(tracker, problem, bestCost);
            } else {
                for (int h = history - 1; h >= 0; h--) {
                    fi.swap(historyOut[h], historyIn[h]);
                }
                k++;
                unimprovedShakes++;
            }
        }
        int[] counts = new int[ns];
        for (SiteSlot slot : solution.getSlots()) {
            counts[slot.getIndex()] = fi.isOpen(slot.getIndex()) ? Math.max(1, slot.getCouriers()) : 0;
        }
        GreedyAddCommand.applyCounts(scoreDirector, counts);
    }

    private static void report(BestTracker tracker, StationingProblem problem, long cost) {
        if (cost >= FastInterchange.UNUSABLE) {
            return;
        }
        ObjectiveRule rule = ObjectiveRule.of(problem.objective());
        long value = rule.valueOfCost(cost, totalWeight(problem));
        long medium = rule.maximised() ? value : -value;
        tracker.offer(new long[] {0, 0, 0, medium});
    }

    private static long totalWeight(StationingProblem problem) {
        long w = 0;
        for (int c = 0; c < problem.clientCount(); c++) {
            if (problem.servable(c)) {
                w += problem.demandWeight(c);
            }
        }
        return w;
    }

    private static long toCostTarget(StationingProblem problem, long objectiveTarget) {
        return ObjectiveRule.of(problem.objective()).costOfValue(objectiveTarget, totalWeight(problem));
    }
}
