package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.internal.domain.SiteSlot;
import dev.outpost.stationing.internal.domain.StationingSolution;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * OptaPlanner's incremental score calculator for stationing: forwards every courier-count change
 * to a {@link StationingEvaluator}, whose nearest / second-nearest bookkeeping makes a move cost
 * time in proportion to the clients it touches. Score levels are those of
 * {@link StationingEvaluator#score(long[])}: three hard levels, each in its own unit, and two soft.
 */
public final class StationingIncrementalScoreCalculator
        implements IncrementalScoreCalculator<StationingSolution, BendableLongScore> {

    private StationingEvaluator evaluator;
    private final long[] levels = new long[StationingEvaluator.LEVELS];

    @Override
    public void resetWorkingSolution(StationingSolution solution) {
        evaluator = new StationingEvaluator(solution.getProblem());
        evaluator.reset(solution.courierCounts());
    }

    @Override
    public void beforeEntityAdded(Object entity) {
        throw new UnsupportedOperationException("The stationing solution (" + entity + ") has a fixed set of sites.");
    }

    @Override
    public void afterEntityAdded(Object entity) {
        throw new UnsupportedOperationException("The stationing solution (" + entity + ") has a fixed set of sites.");
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        // The evaluator holds the old value itself.
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        SiteSlot slot = (SiteSlot) entity;
        evaluator.setCouriers(slot.getIndex(), slot.getCouriers() == null ? 0 : slot.getCouriers());
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        throw new UnsupportedOperationException("The stationing solution (" + entity + ") has a fixed set of sites.");
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        throw new UnsupportedOperationException("The stationing solution (" + entity + ") has a fixed set of sites.");
    }

    @Override
    public BendableLongScore calculateScore() {
        evaluator.score(levels);
        return toScore(levels);
    }

    /** The OptaPlanner score of evaluator levels. */
    public static BendableLongScore toScore(long[] levels) {
        return BendableLongScore.of(new long[] {levels[0], levels[1], levels[2]}, new long[] {levels[3], levels[4]});
    }
}
