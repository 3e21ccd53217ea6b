package dev.outpost.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README stays a ten-minute read with the shape later pages extend: at most 12,000 bytes, the
 * two commands of the set-up verbatim (CI and CONTRIBUTING repeat them), and a "Documentation" list
 * that links every page; reference text belongs in {@code docs/}.
 */
class ReadmeShapeTest {

    static final int MAX_BYTES = 12_000;
    static final String BUILD_AND_DEMO = "./mvnw -B -q -DskipTests package && java -jar simulator/target/outpost.jar demo";
    static final String TESTS = "./mvnw -B verify";

    @Test
    void theReadmeIsShortAndKeepsItsShape() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("../README.md"));
        assertTrue(bytes.length <= MAX_BYTES, "README.md has " + bytes.length + " bytes, more than " + MAX_BYTES
                + "; move reference text to a page in docs/ and link it from the Documentation list");
        String readme = Files.readString(Path.of("../README.md"));
        List<String> missing = new ArrayList<>();
        for (String heading : List.of("## Set-up (a fresh machine with Java 17)", "## Code map", "## Embedding",
                "## Documentation")) {
            if (!readme.contains("\n" + heading + "\n")) {
                missing.add(heading);
            }
        }
        for (String command : List.of(BUILD_AND_DEMO, TESTS)) {
            if (!readme.contains("```\n" + command + "\n```\n")) {
                missing.add(command);
            }
        }
        assertEquals(List.of(), missing, "README.md lacks these headings or command blocks");
    }

    @Test
    void contributingRepeatsTheReadmeCommands() throws IOException {
        String contributing = Files.readString(Path.of("../CONTRIBUTING.md"));
        assertTrue(contributing.contains("```\n" + BUILD_AND_DEMO + "\n" + TESTS + "\n```\n"),
                "CONTRIBUTING.md's 'Build and test' must give the README's two commands");
    }
}
