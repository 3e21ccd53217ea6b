package dev.outpost.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.Budget;
import dev.outpost.model.CourierBreak;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.model.TravelSpec;
import dev.outpost.testing.RecordCopies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scenario variants of sweeps keep every component they do not change: {@code sweep --over couriers}
 * and {@code DayScaling} scale the fleet with {@link Layouts#withFleetScaled}, which once rebuilt each
 * courier type without its road profile and breaks.
 */
class LayoutsTest {

    /** The default city (road profiles per type) with a lunch break for every type and a courier limit. */
    private static Scenario cityWithBreaks() {
        Scenario city = DefaultCity.scenario();
        List<CourierType> types = new ArrayList<>();
        for (CourierType t : city.courierTypes()) {
            types.add(t.toBuilder().breaks(List.of(new CourierBreak(12 * 3600, 14 * 3600, 1800))).build());
        }
        return city.toBuilder().courierTypes(types).budget(new Budget(8, 40, null)).build();
    }

    @Test
    void scalingTheFleetKeepsEveryCourierTypesRoadProfileAndBreaks() {
        Scenario base = cityWithBreaks();
        // DayScaling's path: the default city on straight-line travel, then the fleet scaled
        for (Scenario s : List.of(base, base.withTravel(new TravelSpec.StraightLine(1.3)))) {
            Scenario scaled = Layouts.withFleetScaled(s, 2.5);
            RecordCopies.assertKeptExcept(s, scaled, "withFleetScaled", "courierTypes", "budget");
            assertEquals(s.courierTypes().size(), scaled.courierTypes().size());
            int total = 0;
            for (int i = 0; i < s.courierTypes().size(); i++) {
                CourierType before = s.courierTypes().get(i);
                CourierType after = scaled.courierTypes().get(i);
                assertNotNull(before.roadProfile(), "precondition: the default city gives road profiles");
                assertFalse(before.breaks().isEmpty(), "precondition: breaks");
                assertEquals((int) Math.round(before.count() * 2.5), after.count(), before.id());
                RecordCopies.assertKeptExcept(before, after, "withFleetScaled", "count");
                total += after.count();
            }
            assertEquals(Math.max(40, total), scaled.budget().maxCouriers());
            assertEquals(s.budget().maxOutposts(), scaled.budget().maxOutposts());
            assertEquals(s, Layouts.withFleetScaled(s, 1.0), "scaling by 1 is the scenario itself");
        }
    }

    @Test
    void cappingTheOutpostsKeepsEverythingElse() {
        Scenario base = cityWithBreaks();
        Scenario capped = Layouts.withMaxOutposts(base, 3);
        RecordCopies.assertKeptExcept(base, capped, "withMaxOutposts", "budget");
        assertEquals(new Budget(3, 40, null), capped.budget());
    }
}
