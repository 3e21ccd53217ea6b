package dev.outpost.stationing.domain;

import dev.outpost.stationing.StationingProblem;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning solution: the immutable problem (shared, never cloned) and one {@link SiteSlot}
 * per site. Scored by {@code StationingIncrementalScoreCalculator}.
 */
@PlanningSolution
public class StationingSolution {

    private StationingProblem problem;

    @PlanningEntityCollectionProperty
    private List<SiteSlot> slots;

    @ProblemFactCollectionProperty
    private List<ClientRef> clients;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For OptaPlanner's cloner. */
    public StationingSolution() {
    }

    /** A solution over {@code problem} with these slots (index order). */
    public StationingSolution(StationingProblem problem, List<SiteSlot> slots) {
        this.problem = problem;
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

    /** The problem. */
    public StationingProblem getProblem() {
        return problem;
    }

    /** The slots, in site index order. */
    public List<SiteSlot> getSlots() {
        return slots;
    }

    /** The score, or null before scoring. */
    public HardMediumSoftLongScore getScore() {
        return score;
    }

    /** Sets the score. */
    public void setScore(HardMediumSoftLongScore score) {
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
