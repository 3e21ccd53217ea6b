package dev.outpost.sim.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain per-type tables answer as travel tables too (one static profile per courier type). */
class TableLegTimesTest {

    @Test
    void tablesGiveTheSameLegsPerType() {
        List<String> ids = List.of("a", "b");
        TableLegTimes legs = new TableLegTimes(List.of(new TravelTimes(ids, new int[] {0, 60, 70, 0}, new int[] {0, 5, 6, 0}),
                new TravelTimes(ids, new int[] {0, 120, -1, 0}, new int[] {0, 5, -1, 0})));
        TravelTables tables = legs.tables();
        assertEquals(List.of("type0", "type1"), tables.profileIds());
        for (int t = 0; t < 2; t++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    assertEquals(legs.seconds(t, i, j, 30_000), tables.legSeconds(t, i, j, 30_000));
                    assertEquals(legs.metres(t, i, j), tables.legMetres(t, i, j));
                }
            }
        }
        assertThrows(IllegalStateException.class, () -> new TableLegTimes(List.of()).tables());
    }
}
