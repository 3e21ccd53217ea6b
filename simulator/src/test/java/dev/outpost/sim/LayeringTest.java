package dev.outpost.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.outpost.testing.PackageGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the simulator, on its compiled main classes (tests are exempt): no cycle between
 * its top-level packages ({@code dev.outpost.sim.engine}, {@code fleet}, {@code policy},
 * {@code kpi}, {@code report}, {@code experiment}, {@code demand}, {@code cli},
 * {@code literature}), the same rule as core's {@code LayeringTest}.
 */
class LayeringTest {

    private static final String ROOT = "dev.outpost.sim";

    private static PackageGraph graph;

    @BeforeAll
    static void importSimulator() {
        JavaClasses simulator = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
        graph = PackageGraph.of(simulator, ROOT);
    }

    @Test
    void theImportSeesTheSimulator() {
        // Guards the rules below against passing on an empty or partial import.
        assertTrue(graph.edges().keySet().containsAll(Set.of("engine", "fleet", "policy", "kpi", "report",
                "experiment", "demand", "cli", "literature")), graph.toString());
        assertFalse(graph.edges().containsKey("testing"), graph.toString());
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        List<SortedSet<String>> cycles = new ArrayList<>(graph.cycles());
        StringBuilder explained = new StringBuilder();
        cycles.forEach(c -> explained.append("\ncycle ").append(c).append(':').append(graph.explain(c)));
        assertEquals(List.of(), cycles, explained + "\npackage graph:\n" + graph);
    }
}
