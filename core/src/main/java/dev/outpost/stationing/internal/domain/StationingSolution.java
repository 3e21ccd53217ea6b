package dev.outpost.stationing.internal.domain;

import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.internal.solver.SolveContext;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * The planning solution: the immutable problem (shared, never cloned) and one {@link SiteSlot}
 * per site. Scored by {@code StationingIncrementalScoreCalculator}.
 */
@PlanningSolution
public class StationingSolution {

    /** Hard levels: unserved clients, uncovered clients (set covering), couriers missing at overloaded outposts. */
    public static final int HARD_LEVELS = 3;
    /** Soft levels: the objective (negated unless maximised), then a tie-break. */
    public static final int SOFT_LEVELS = 2;

    private SolveContext context;

    private StationingProblem problem;

    @PlanningEntityCollectionProperty
    private List<SiteSlot> slots;

    @ProblemFactCollectionProperty
    private List<ClientRef> clients;

    @PlanningScore(bendableHardLevelsSize = StationingSolution.HARD_LEVELS, bendableSoftLevelsSize = StationingSolution.SOFT_LEVELS)
    private BendableLongScore score;

    /** For OptaPlanner's cloner. */
    public StationingSolution() {
    }

    /** A solution over {@code problem} with these slots (index order) for the solve described by {@code context}. */
    public StationingSolution(StationingProblem problem, List<SiteSlot> slots, SolveContext context) {
        this.problem = problem;
        this.context = context;
        this.slots = slots;
        this.clients = new ArrayList<>(problem.clientCount());
        for (int c = 0; c < problem.clientCount(); c++) {
            clients.add(new ClientRef(c, problem));
        }
    }

    /** The clients as problem facts (used only by constraint-stream scoring). */
    public List<ClientRef> getClients() {
        return clients;
    }

    /** The solve's context (shared by clones, never changed). */
    public SolveContext getContext() {
        return context;
    }

    /** The problem. */
    public StationingProblem getProblem() {
        return problem;
    }

    /** The slots, in site index order. */
    public List<SiteSlot> getSlots() {
        return slots;
    }

    /** The score, or null before scoring. */
    public BendableLongScore getScore() {
        return score;
    }

    /** Sets the score. */
    public void setScore(BendableLongScore score) {
        this.score = score;
    }

    /** The courier count of every site, index order. */
    public int[] courierCounts() {
        int[] counts = new int[slots.size()];
        for (SiteSlot slot : slots) {
            counts[slot.getIndex()] = slot.getCouriers() == null ? 0 : slot.getCouriers();
        }
        return counts;
    }
}
