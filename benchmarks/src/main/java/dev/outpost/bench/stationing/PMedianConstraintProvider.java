package dev.outpost.bench.stationing;

import dev.outpost.stationing.internal.domain.ClientRef;
import dev.outpost.stationing.internal.domain.SiteSlot;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The p-median score as constraint streams (Bavet), for the measured comparison with the
 * incremental calculator: each client joined with every open site that reaches it, grouped to the
 * minimum travel. Same levels as the incremental calculator for p-median (hard: outposts above p;
 * medium: minus weighted travel; hard: clients no open site reaches), without the budget terms,
 * which the pmed instances never trigger.
 */
public final class PMedianConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {tooManyOutposts(factory), unservedClient(factory), weightedTravel(factory)};
    }

    Constraint tooManyOutposts(ConstraintFactory factory) {
        return factory.forEach(SiteSlot.class)
                .filter(s -> s.getCouriers() > 0)
                .groupBy(ConstraintCollectors.count())
                .filter(count -> count > PMedianLimit.p)
                .penalizeLong(BendableLongScore.ofHard(3, 2, 0, 1L), count -> count - PMedianLimit.p)
                .asConstraint("tooManyOutposts");
    }

    Constraint unservedClient(ConstraintFactory factory) {
        return factory.forEach(ClientRef.class)
                .ifNotExists(SiteSlot.class, Joiners.filtering((c, s) -> s.getCouriers() > 0 && c.travelFrom(s) >= 0))
                .penalizeLong(BendableLongScore.ofHard(3, 2, 0, 1L), c -> 1L)
                .asConstraint("unservedClient");
    }

    Constraint weightedTravel(ConstraintFactory factory) {
        return factory.forEach(ClientRef.class)
                .join(SiteSlot.class, Joiners.filtering((c, s) -> s.getCouriers() > 0 && c.travelFrom(s) >= 0))
                .groupBy((c, s) -> c, ConstraintCollectors.min((ClientRef c, SiteSlot s) -> c.travelFrom(s)))
                .penalizeLong(BendableLongScore.ofSoft(3, 2, 0, 1L),
                        (c, min) -> (long) c.problem().demandWeight(c.index()) * min)
                .asConstraint("weightedTravel");
    }

    /** The p of the run (constraint providers are built by class, so it is passed statically). */
    static final class PMedianLimit {
        static volatile int p;

        private PMedianLimit() {
        }
    }
}
