package dev.outpost.stationing.internal.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.stationing.StationingObjective;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each stationing objective has its own rule class, and the sum objectives' cost and value agree. */
class ObjectiveRuleTest {

    @Test
    void everyObjectiveHasItsOwnRule() {
        Set<Class<?>> classes = new HashSet<>();
        for (StationingObjective o : StationingObjective.values()) {
            ObjectiveRule rule = ObjectiveRule.of(o);
            assertSame(o, rule.objective());
            assertSame(rule, ObjectiveRule.of(o), "one shared instance");
            assertTrue(classes.add(rule.getClass()), o + " shares its class with another objective");
        }
        assertEquals(StationingObjective.values().length, classes.size());
    }

    @Test
    void onlyMaximalCoveringIsMaximisedAndOnlyExpectedResponseCountsCouriers() {
        for (StationingObjective o : StationingObjective.values()) {
            ObjectiveRule rule = ObjectiveRule.of(o);
            assertEquals(o == StationingObjective.MAX_COVERING, rule.maximised(), o.name());
            assertEquals(o == StationingObjective.EXPECTED_RESPONSE, rule.couriersMatter(), o.name());
            assertEquals(o == StationingObjective.P_MEDIAN || o == StationingObjective.MAX_COVERING,
                    rule.sumOfClientCosts(), o.name());
        }
    }

    @Test
    void sumObjectivesTurnCostsIntoValuesAndBack() {
        long totalWeight = 1_000;
        for (StationingObjective o : StationingObjective.values()) {
            ObjectiveRule rule = ObjectiveRule.of(o);
            if (!rule.sumOfClientCosts()) {
                assertThrows(UnsupportedOperationException.class, () -> rule.valueOfCost(1, totalWeight));
                continue;
            }
            for (long value : new long[] {0, 1, 250, 1_000}) {
                assertEquals(value, rule.valueOfCost(rule.costOfValue(value, totalWeight), totalWeight), o.name());
            }
            // a lower cost is always a better objective value
            long better = rule.valueOfCost(100, totalWeight);
            long worse = rule.valueOfCost(200, totalWeight);
            assertTrue(rule.maximised() ? better > worse : better < worse, o.name());
        }
        assertFalse(ObjectiveRule.of(StationingObjective.P_CENTER).sumOfClientCosts());
    }
}
