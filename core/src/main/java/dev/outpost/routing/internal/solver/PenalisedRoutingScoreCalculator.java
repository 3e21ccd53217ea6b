package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.RoutingSolution;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The population phase's education score (hybrid genetic search's penalised objective): the
 * production score ({@link RoutingIncrementalScoreCalculator}) with its hard level moved into the
 * soft level at {@link RoutingSolution#getHardWeight()} soft units per hard unit (lateness
 * seconds, capacity excess units and the other hard penalties of the route walk, summed), so that
 * the local search may cross infeasible solutions. A weight of 0 keeps the production score.
 */
public class PenalisedRoutingScoreCalculator extends RoutingIncrementalScoreCalculator {

    private double weight;

    @Override
    public void resetWorkingSolution(RoutingSolution solution) {
        weight = solution.getHardWeight();
        super.resetWorkingSolution(solution);
    }

    @Override
    public HardMediumSoftLongScore calculateScore() {
        HardMediumSoftLongScore score = super.calculateScore();
        if (weight <= 0 || score.hardScore() == 0) {
            return weight <= 0 ? score : HardMediumSoftLongScore.of(0, score.mediumScore(), score.softScore());
        }
        return HardMediumSoftLongScore.of(0, score.mediumScore(), score.softScore() + penalty(score.hardScore(), weight));
    }

    /** The (non-positive) soft charge of a (non-positive) hard score at this weight, saturated. */
    static long penalty(long hard, double weight) {
        double charge = hard * weight;
        return charge <= Long.MIN_VALUE / 4 ? Long.MIN_VALUE / 4 : Math.round(charge);
    }
}
