package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.internal.domain.SiteSlot;
import dev.outpost.stationing.internal.domain.StationingSolution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sets the courier counts of one or two sites at once. One class covers the three stationing
 * moves: swap (close an open site and open a closed one with its couriers), courier transfer
 * (one courier from one outpost to another) and change (open, close or re-staff one site).
 */
public final class SetCouriersMove extends AbstractMove<StationingSolution> {

    private final String kind;
    private final SiteSlot[] slots;
    private final int[] values;

    /**
     * @param kind   "swap", "transfer" or "change" (for logs)
     * @param slots  the sites touched
     * @param values their new courier counts, same order
     */
    public SetCouriersMove(String kind, SiteSlot[] slots, int[] values) {
        this.kind = kind;
        this.slots = slots;
        this.values = values;
    }

    /** The sites touched (not copied; do not modify). */
    SiteSlot[] slots() {
        return slots;
    }

    /** Their new courier counts (not copied; do not modify). */
    int[] values() {
        return values;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<StationingSolution> scoreDirector) {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i].getCouriers() != values[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected AbstractMove<StationingSolution> createUndoMove(ScoreDirector<StationingSolution> scoreDirector) {
        int[] old = new int[slots.length];
        for (int i = 0; i < slots.length; i++) {
            old[i] = slots[i].getCouriers();
        }
        return new SetCouriersMove(kind, slots, old);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<StationingSolution> scoreDirector) {
        for (int i = 0; i < slots.length; i++) {
            scoreDirector.beforeVariableChanged(slots[i], "couriers");
            slots[i].setCouriers(values[i]);
            scoreDirector.afterVariableChanged(slots[i], "couriers");
        }
    }

    @Override
    public SetCouriersMove rebase(ScoreDirector<StationingSolution> destinationScoreDirector) {
        SiteSlot[] rebased = new SiteSlot[slots.length];
        for (int i = 0; i < slots.length; i++) {
            rebased[i] = destinationScoreDirector.lookUpWorkingObject(slots[i]);
        }
        return new SetCouriersMove(kind, rebased, values.clone());
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return Arrays.asList(slots);
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "SetCouriersMove(" + kind + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SetCouriersMove)) {
            return false;
        }
        SetCouriersMove other = (SetCouriersMove) o;
        return kind.equals(other.kind) && Arrays.equals(slots, other.slots) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, Arrays.hashCode(slots), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind).append('{');
        for (int i = 0; i < slots.length; i++) {
            b.append(i == 0 ? "" : ", ").append(slots[i]).append("->").append(values[i]);
        }
        return b.append('}').toString();
    }
}
