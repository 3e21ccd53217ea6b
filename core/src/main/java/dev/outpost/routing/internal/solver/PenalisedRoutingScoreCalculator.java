package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.RoutingSolution;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The population phase's education score (hybrid genetic search's penalised objective): the
 * production score ({@link RoutingIncrementalScoreCalculator}) with its hard level moved into the
 * soft level, so that the local search may cross infeasible solutions. Two weights, as in HGS and
 * PyVRP: capacity excess units at {@link RoutingSolution#getCapacityWeight()} soft units each (the
 * hard weight when 0), and every other hard unit (lateness seconds, shift-end and cut-off seconds,
 * the skill and unreachable-leg penalties) at {@link RoutingSolution#getHardWeight()}. A hard
 * weight of 0 keeps the production score.
 */
public class PenalisedRoutingScoreCalculator extends RoutingIncrementalScoreCalculator {

    private double weight;
    private double capacityWeight;

    @Override
    public void resetWorkingSolution(RoutingSolution solution) {
        weight = solution.getHardWeight();
        capacityWeight = solution.getCapacityWeight() > 0 ? solution.getCapacityWeight() : weight;
        super.resetWorkingSolution(solution);
    }

    @Override
    public HardMediumSoftLongScore calculateScore() {
        HardMediumSoftLongScore score = super.calculateScore();
        if (weight <= 0 || score.hardScore() == 0) {
            return weight <= 0 ? score : HardMediumSoftLongScore.of(0, score.mediumScore(), score.softScore());
        }
        return HardMediumSoftLongScore.of(0, score.mediumScore(),
                score.softScore() + charge(score.hardScore(), capacityExcess(), weight, capacityWeight));
    }

    /**
     * The (non-positive) soft charge of a (non-positive) hard score of which {@code capacity}
     * units are capacity excess: capacity at its weight, the rest at the hard weight, saturated.
     */
    static long charge(long hard, long capacity, double weight, double capacityWeight) {
        return saturate((hard + capacity) * weight - capacity * capacityWeight);
    }

    /** The (non-positive) soft charge of a (non-positive) hard score at this weight, saturated. */
    static long penalty(long hard, double weight) {
        return saturate(hard * weight);
    }

    private static long saturate(double charge) {
        return charge <= Long.MIN_VALUE / 4 ? Long.MIN_VALUE / 4 : Math.round(charge);
    }
}
