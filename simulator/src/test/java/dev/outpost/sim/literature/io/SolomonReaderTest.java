package dev.outpost.sim.literature.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SolomonReaderTest {

    private static List<Path> solomonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void readsEverySharedInstanceWithTheReadmeTotals() throws IOException {
        Path dir = SharedData.require("solomon");
        List<Path> files = solomonFiles(dir);
        assertEquals(29, files.size());
        for (Path file : files) {
            VrpInstance instance = SolomonReader.read(file);
            String name = instance.name();
            assertEquals(file.getFileName().toString().replace(".txt", ""), name);
            assertEquals(100, instance.customerCount(), name);
            assertEquals(25, instance.vehicleLimit(), name);
            assertEquals(200, instance.capacity(), name);
            int total = instance.nodes().stream().mapToInt(VrpNode::demand).sum();
            int expected = name.startsWith("rc") ? 1724 : name.startsWith("r") ? 1458 : 1810;
            assertEquals(expected, total, name);
            for (int i = 0; i < instance.nodes().size(); i++) {
                assertEquals(i, instance.nodes().get(i).id(), name);
            }
        }
    }

    @Test
    void handCheckedRowsOfC101AndR101() {
        Path dir = SharedData.require("solomon");
        VrpInstance c101 = SolomonReader.read(dir.resolve("c101.txt"));
        assertEquals(new VrpNode(0, 40, 50, 0, 0, 1236, 0), c101.depot());
        assertEquals(new VrpNode(1, 45, 68, 10, 912, 967, 90), c101.nodes().get(1));
        VrpInstance r101 = SolomonReader.read(dir.resolve("r101.txt"));
        assertEquals(new VrpNode(0, 35, 35, 0, 0, 230, 0), r101.depot());
        assertEquals(new VrpNode(2, 35, 17, 7, 50, 60, 10), r101.nodes().get(2));
        VrpInstance rc108 = SolomonReader.read(dir.resolve("rc108.txt"));
        assertEquals(new VrpNode(100, 31, 67, 3, 43, 210, 10), rc108.nodes().get(100));
    }

    @Test
    void acceptsLfAndUpperCaseFileNames() {
        List<String> lines = List.of("R999", "", "VEHICLE", "NUMBER     CAPACITY", "  3         50", "",
                "CUSTOMER", "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME", "",
                "    0      0    0    0    0   100    0", "    1      3    4    5   10    20    2");
        VrpInstance instance = SolomonReader.parse(Path.of("R999.TXT"), lines);
        assertEquals("r999", instance.name());
        assertEquals(3, instance.vehicleLimit());
        assertEquals(50, instance.capacity());
        assertEquals(new VrpNode(1, 3, 4, 5, 10, 20, 2), instance.nodes().get(1));
    }

    @Test
    void errorsNameTheFileAndLine() {
        List<String> lines = List.of("X", "VEHICLE", "NUMBER CAPACITY", "3 50", "CUSTOMER",
                "0 0 0 0 0 100 0", "1 3 4 five 10 20 2");
        LiteratureFormatException e = assertThrows(LiteratureFormatException.class,
                () -> SolomonReader.parse(Path.of("bad.txt"), lines));
        assertEquals(7, e.line());
        assertTrue(e.getMessage().startsWith("bad.txt:7: The demand (five)"), e.getMessage());

        LiteratureFormatException missing = assertThrows(LiteratureFormatException.class,
                () -> SolomonReader.parse(Path.of("bad.txt"), List.of("X", "CUSTOMER", "0 0 0 0 0 100 0")));
        assertTrue(missing.getMessage().contains("VEHICLE"), missing.getMessage());

        LiteratureFormatException skipped = assertThrows(LiteratureFormatException.class,
                () -> SolomonReader.parse(Path.of("bad.txt"), List.of("VEHICLE", "1 10", "CUSTOMER",
                        "0 0 0 0 0 100 0", "2 1 1 1 0 100 0")));
        assertEquals(5, skipped.line());
    }
}
