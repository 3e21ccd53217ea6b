package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.internal.domain.SiteSlot;
import dev.outpost.stationing.internal.domain.StationingSolution;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * The stationing neighbourhood: swap an open outpost with a closed site (the closed one takes the
 * couriers, capped at its capacity), transfer one courier between sites (when couriers matter),
 * and change one site's courier count (open, close, re-staff). Random selection draws a swap half
 * of the time, otherwise a transfer or a change; original (exhaustive) selection lists them all.
 * No move crosses a user limit ({@link Walls}): the layout's totals are taken when the iterator is
 * created (once per step, on the step's starting solution, to which every evaluated move is undone)
 * and each candidate is checked against them; when random draws find no allowed move, one is
 * picked from the full list of allowed moves, and when there is none the iterator ends.
 */
public final class StationingMoveIteratorFactory implements MoveIteratorFactory<StationingSolution, SetCouriersMove> {

    /** Random draws per move before giving up on finding one inside the walls. */
    private static final int ATTEMPTS = 64;

    @Override
    public long getSize(ScoreDirector<StationingSolution> scoreDirector) {
        long n = scoreDirector.getWorkingSolution().getSlots().size();
        return n * n + n;
    }

    @Override
    public Iterator<SetCouriersMove> createOriginalMoveIterator(ScoreDirector<StationingSolution> scoreDirector) {
        return allMoves(scoreDirector.getWorkingSolution()).iterator();
    }

    /** Every move inside the walls from {@code solution}, in a fixed order. */
    private static List<SetCouriersMove> allMoves(StationingSolution solution) {
        List<SiteSlot> slots = solution.getSlots();
        boolean couriersMatter = solution.getProblem().couriersMatter();
        Totals totals = new Totals(solution);
        List<SetCouriersMove> moves = new ArrayList<>();
        for (SiteSlot a : slots) {
            for (int v = a.getMinCouriers(); v <= a.getMaxCouriers(); v++) {
                if (v != a.getCouriers()) {
                    totals.addIfAllowed(moves, change(a, v));
                }
            }
        }
        for (SiteSlot a : slots) {
            for (SiteSlot b : slots) {
                if (canSwap(a, b)) {
                    totals.addIfAllowed(moves, swap(a, b));
                }
                if (couriersMatter && a != b && canTransfer(a, b)) {
                    totals.addIfAllowed(moves, transfer(a, b));
                }
            }
        }
        return moves;
    }

    @Override
    public Iterator<SetCouriersMove> createRandomMoveIterator(ScoreDirector<StationingSolution> scoreDirector,
            Random random) {
        List<SiteSlot> slots = scoreDirector.getWorkingSolution().getSlots();
        boolean couriersMatter = scoreDirector.getWorkingSolution().getProblem().couriersMatter();
        boolean anyMovable = slots.stream().anyMatch(s -> s.getMaxCouriers() > s.getMinCouriers());
        Totals totals = new Totals(scoreDirector.getWorkingSolution());
        StationingSolution solution = scoreDirector.getWorkingSolution();
        return new Iterator<>() {
            private SetCouriersMove pending;
            private List<SetCouriersMove> allowed;

            @Override
            public boolean hasNext() {
                if (pending == null && anyMovable) {
                    pending = find();
                }
                return pending != null;
            }

            @Override
            public SetCouriersMove next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("The stationing layout has no move inside the limits.");
                }
                SetCouriersMove m = pending;
                pending = null;
                return m;
            }

            /**
             * A random move inside the walls: a few random draws, then (only when they all hit a
             * wall) one uniform pick from the full list of allowed moves, built once per step; null
             * when there is none, which ends the phase instead of offering moves that cannot be done.
             */
            private SetCouriersMove find() {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    SetCouriersMove m = draw();
                    if (totals.allows(m)) {
                        return m;
                    }
                }
                if (allowed == null) {
                    allowed = allMoves(solution);
                }
                return allowed.isEmpty() ? null : allowed.get(random.nextInt(allowed.size()));
            }

            private SetCouriersMove draw() {
                int n = slots.size();
                int kind = random.nextInt(4);
                if (kind <= 1) {
                    SetCouriersMove m = randomSwap(slots, random, n);
                    if (m != null) {
                        return m;
                    }
                } else if (kind == 2 && couriersMatter) {
                    for (int attempt = 0; attempt < 4 * n; attempt++) {
                        SiteSlot a = slots.get(random.nextInt(n));
                        SiteSlot b = slots.get(random.nextInt(n));
                        if (a != b && canTransfer(a, b)) {
                            return transfer(a, b);
                        }
                    }
                }
                while (true) {
                    SiteSlot a = slots.get(random.nextInt(n));
                    int span = a.getMaxCouriers() - a.getMinCouriers();
                    if (span > 0) {
                        int v = a.getMinCouriers() + random.nextInt(span);
                        if (v >= a.getCouriers()) {
                            v++;
                        }
                        return change(a, v);
                    }
                }
            }
        };
    }

    /** The layout's totals at the start of a step, to test moves against the walls. */
    private static final class Totals {
        private final dev.outpost.stationing.StationingProblem problem;
        private int open;
        private long couriers;
        private long cost;

        Totals(StationingSolution solution) {
            problem = solution.getProblem();
            for (SiteSlot slot : solution.getSlots()) {
                int c = slot.getCouriers() == null ? 0 : slot.getCouriers();
                if (c > 0) {
                    open++;
                    couriers += c;
                    cost += problem.openingCost(slot.getIndex());
                }
            }
        }

        boolean allows(SetCouriersMove move) {
            int openDelta = 0;
            long courierDelta = 0;
            long costDelta = 0;
            for (int i = 0; i < move.slots().length; i++) {
                SiteSlot slot = move.slots()[i];
                int before = slot.getCouriers() == null ? 0 : slot.getCouriers();
                int after = move.values()[i];
                courierDelta += after - before;
                if (before == 0 && after > 0) {
                    openDelta++;
                    costDelta += problem.openingCost(slot.getIndex());
                } else if (before > 0 && after == 0) {
                    openDelta--;
                    costDelta -= problem.openingCost(slot.getIndex());
                }
            }
            return Walls.allows(problem, open, couriers, cost, openDelta, courierDelta, costDelta);
        }

        void addIfAllowed(List<SetCouriersMove> moves, SetCouriersMove move) {
            if (allows(move)) {
                moves.add(move);
            }
        }
    }

    private static SetCouriersMove randomSwap(List<SiteSlot> slots, Random random, int n) {
        SiteSlot a = null;
        for (int attempt = 0; attempt < 4 * n && a == null; attempt++) {
            SiteSlot s = slots.get(random.nextInt(n));
            if (s.getCouriers() > 0 && s.getMinCouriers() == 0) {
                a = s;
            }
        }
        if (a == null) {
            return null;
        }
        for (int attempt = 0; attempt < 4 * n; attempt++) {
            SiteSlot b = slots.get(random.nextInt(n));
            if (canSwap(a, b)) {
                return swap(a, b);
            }
        }
        return null;
    }

    private static boolean canSwap(SiteSlot a, SiteSlot b) {
        return a.getCouriers() > 0 && a.getMinCouriers() == 0 && b.getCouriers() == 0 && b.getMaxCouriers() > 0;
    }

    private static boolean canTransfer(SiteSlot a, SiteSlot b) {
        return a.getCouriers() > a.getMinCouriers() && a.getCouriers() > 0 && b.getCouriers() < b.getMaxCouriers();
    }

    private static SetCouriersMove swap(SiteSlot a, SiteSlot b) {
        return new SetCouriersMove("swap", new SiteSlot[] {a, b},
                new int[] {0, Math.min(a.getCouriers(), b.getMaxCouriers())});
    }

    private static SetCouriersMove transfer(SiteSlot a, SiteSlot b) {
        return new SetCouriersMove("transfer", new SiteSlot[] {a, b}, new int[] {a.getCouriers() - 1, b.getCouriers() + 1});
    }

    private static SetCouriersMove change(SiteSlot a, int v) {
        return new SetCouriersMove("change", new SiteSlot[] {a}, new int[] {v});
    }
}
