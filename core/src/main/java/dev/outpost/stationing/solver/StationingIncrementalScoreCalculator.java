package dev.outpost.stationing.solver;

import dev.outpost.stationing.domain.SiteSlot;
import dev.outpost.stationing.domain.StationingSolution;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * OptaPlanner's incremental score calculator for stationing: forwards every courier-count change
 * to a {@link StationingEvaluator}, whose nearest / second-nearest bookkeeping makes a move cost
 * time in proportion to the clients it touches. Score levels are those of the evaluator.
 */
public final class StationingIncrementalScoreCalculator
        implements IncrementalScoreCalculator<StationingSolution, HardMediumSoftLongScore> {

    private StationingEvaluator evaluator;

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
    public HardMediumSoftLongScore calculateScore() {
        return HardMediumSoftLongScore.of(evaluator.hardScore(), evaluator.mediumScore(), evaluator.softScore());
    }
}
