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

class TsplibCvrpReaderTest {

    @Test
    void readsEveryAugeratInstanceConsistentlyWithOptimaCsv() throws IOException {
        Path dir = SharedData.require("cvrp");
        BestKnownTable optima = BestKnownTable.read(dir.resolve("optima.csv"));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".vrp")).sorted().toList();
        }
        assertEquals(27, files.size());
        for (Path file : files) {
            VrpInstance instance = TsplibCvrpReader.read(file);
            String name = instance.name();
            assertEquals(file.getFileName().toString().replace(".vrp", ""), name);
            int n = Integer.parseInt(name.replaceAll("^A-n(\\d+)-k\\d+$", "$1"));
            assertEquals(n - 1, instance.customerCount(), name);
            assertEquals(100, instance.capacity(), name);
            assertEquals(optima.get(name).vehicles(), instance.vehicleLimit(), name);
            int total = instance.nodes().stream().mapToInt(VrpNode::demand).sum();
            assertTrue(total <= instance.vehicleLimit() * instance.capacity(), name);
            assertEquals(0, instance.depot().demand(), name);
        }
    }

    @Test
    void handCheckedNumbersOfAn32k5() {
        VrpInstance a = TsplibCvrpReader.read(SharedData.require("cvrp").resolve("A-n32-k5.vrp"));
        assertEquals(5, a.vehicleLimit());
        assertEquals(new VrpNode(1, 82, 76, 0, 0, Double.POSITIVE_INFINITY, 0), a.depot());
        assertEquals(new VrpNode(2, 96, 44, 19, 0, Double.POSITIVE_INFINITY, 0), a.nodes().get(1));
        assertEquals(410, a.nodes().stream().mapToInt(VrpNode::demand).sum());
    }

    @Test
    void acceptsCrlfSpacingVariantsAndCommentVehicleLimit() {
        List<String> lines = List.of("NAME: tiny\r", "COMMENT : (No of trucks: 2)\r", "TYPE : CVRP\r", "DIMENSION : 3\r",
                "EDGE_WEIGHT_TYPE : EUC_2D\r", "CAPACITY : 10\r", "NODE_COORD_SECTION\r", "1 0 0\r", "2 3 4\r",
                "3 0.5 1.5\r", "DEMAND_SECTION\r", "1 7\r", "2 0\r", "3 4\r", "DEPOT_SECTION\r", "2\r", "-1\r", "EOF\r");
        VrpInstance tiny = TsplibCvrpReader.parse(Path.of("tiny.vrp"), lines);
        assertEquals("tiny", tiny.name());
        assertEquals(2, tiny.vehicleLimit());
        // The depot (file node 2) comes first; the others keep file order and ids.
        assertEquals(2, tiny.depot().id());
        assertEquals(List.of(2, 1, 3), tiny.nodes().stream().map(VrpNode::id).toList());
        assertEquals(0.5, tiny.nodes().get(2).x());
    }

    @Test
    void errorsNameTheFileAndLine() {
        List<String> lines = List.of("NAME : x", "DIMENSION : 2", "EDGE_WEIGHT_TYPE : GEO");
        LiteratureFormatException e = assertThrows(LiteratureFormatException.class,
                () -> TsplibCvrpReader.parse(Path.of("x.vrp"), lines));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("GEO"), e.getMessage());

        List<String> badId = List.of("NAME : x", "DIMENSION : 2", "CAPACITY : 5", "NODE_COORD_SECTION", "1 0 0", "3 1 1");
        LiteratureFormatException id = assertThrows(LiteratureFormatException.class,
                () -> TsplibCvrpReader.parse(Path.of("x.vrp"), badId));
        assertEquals(6, id.line());
        assertTrue(id.getMessage().contains("The node id (3)"), id.getMessage());
    }
}
