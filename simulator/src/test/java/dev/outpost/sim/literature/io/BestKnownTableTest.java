package dev.outpost.sim.literature.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BestKnownTableTest {

    @Test
    void readsTheThreeSharedTables() {
        Path solomon = SharedData.require("solomon");
        BestKnownTable distance = BestKnownTable.read(solomon.resolve("bks_distance.csv"));
        assertEquals(29, distance.size());
        assertEquals(827.3, distance.get("c101").value());
        assertEquals(1637.7, distance.get("R101").value());
        assertEquals(-1, distance.get("r101").vehicles());
        BestKnownTable hierarchical = BestKnownTable.read(solomon.resolve("bks.csv"));
        assertEquals(29, hierarchical.size());
        assertEquals(10, hierarchical.get("c101").vehicles());
        assertEquals(828.94, hierarchical.get("c101").value());
        BestKnownTable optima = BestKnownTable.read(SharedData.require("cvrp").resolve("optima.csv"));
        assertEquals(27, optima.size());
        assertEquals(784.0, optima.get("A-n32-k5").value());
        assertEquals(5, optima.get("A-n32-k5").vehicles());
        assertEquals(1763.0, optima.get("A-n80-k10").value());
    }

    @Test
    void toleratesCrlfAndQuotesInTheLastColumnAndReportsBadRows(@TempDir Path tmp) throws IOException {
        Path good = tmp.resolve("good.csv");
        Files.writeString(good, "instance,distance,source\r\nx1,12.5,\"a \"quoted\", note\"\r\n");
        assertEquals(12.5, BestKnownTable.read(good).get("X1").value());
        assertTrue(BestKnownTable.read(good).find("x2").isEmpty());

        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "instance,distance\nx1,12.5\nx2,abc\n");
        LiteratureFormatException e = assertThrows(LiteratureFormatException.class, () -> BestKnownTable.read(bad));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("(abc)"), e.getMessage());

        Path noValue = tmp.resolve("novalue.csv");
        Files.writeString(noValue, "instance,cost\nx1,1\n");
        assertThrows(LiteratureFormatException.class, () -> BestKnownTable.read(noValue));

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> BestKnownTable.read(good).get("zz"));
        assertTrue(missing.getMessage().contains("(zz)"), missing.getMessage());
    }
}
