package dev.outpost.io;

import dev.outpost.model.Problem;
import dev.outpost.model.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-scenario corpus: each {@code malformed/NN-name.json} must be rejected with exactly
 * the problems listed in {@code NN-name.expected} (one {@code path | reason substring} per line, in
 * any order; {@code #} starts a comment), and the user-facing message must carry no stack trace.
 */
class MalformedScenarioTest {

    static Path corpus() throws URISyntaxException {
        return Path.of(MalformedScenarioTest.class.getResource("/malformed").toURI());
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void corpusHasAtLeast25PairedCases() throws IOException, URISyntaxException {
        List<String> names = cases().toList();
        assertTrue(names.size() >= 25, "only " + names.size() + " malformed cases");
        for (String name : names) {
            assertTrue(Files.exists(corpus().resolve(name + ".expected")), name + ".expected is missing");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name) throws IOException, URISyntaxException {
        Path json = corpus().resolve(name + ".json");
        List<String[]> expected = expected(corpus().resolve(name + ".expected"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioIo.read(json));

        List<Problem> unmatched = new ArrayList<>(e.problems());
        for (String[] want : expected) {
            Problem hit = unmatched.stream()
                    .filter(p -> p.path().equals(want[0]) && p.reason().contains(want[1]))
                    .findFirst()
                    .orElse(null);
            if (hit == null) {
                fail("missing problem " + want[0] + " | " + want[1] + "\nactual:\n" + e.getMessage());
            }
            unmatched.remove(hit);
        }
        assertEquals(List.of(), unmatched, "unexpected problems; full message:\n" + e.getMessage());

        String message = e.getMessage();
        assertTrue(message.startsWith(json + " has " + expected.size() + " problem"), message);
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("\tat ") || message.contains("at dev.outpost") || message.contains("at com."),
                message);
        for (Problem problem : e.problems()) {
            assertTrue(message.contains(problem.path() + ": " + problem.reason()), problem.toString());
        }
        // Deterministic: the same input gives the same problems in the same order.
        assertEquals(e.problems(), assertThrows(ScenarioException.class, () -> ScenarioIo.read(json)).problems());
    }

    private static List<String[]> expected(Path file) throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf(" | ");
            if (bar < 0) {
                throw new IllegalStateException("The line (" + line + ") of " + file + " has no ' | ' separator.");
            }
            lines.add(new String[] {line.substring(0, bar), line.substring(bar + 3)});
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("The expectation file (" + file + ") lists no problem.");
        }
        return lines;
    }
}
