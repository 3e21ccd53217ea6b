package dev.outpost.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Embedding sections quote these example programs verbatim; this test runs them. */
class ReadmeExamplesTest {

    private static String source(String name) throws Exception {
        String text = Files.readString(Path.of("src/test/java/dev/outpost/readme/" + name + ".java"));
        // The README quotes the file from its first import on.
        return text.substring(text.indexOf("import "));
    }

    private static String readmeBlock(String name) throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String start = "<!-- " + name + ".java -->\n```java\n";
        int from = readme.indexOf(start);
        assertTrue(from >= 0, "README has no block marked " + start.trim());
        from += start.length();
        return readme.substring(from, readme.indexOf("```\n", from));
    }

    private static String run(ThrowingMain main) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private interface ThrowingMain {
        void run() throws Exception;
    }

    @Test
    void routingExampleIsQuotedAndRuns() throws Exception {
        assertEquals(source("RoutingExample"), readmeBlock("RoutingExample"));
        String out = run(() -> RoutingExample.main(new String[0]));
        assertTrue(out.contains("k1: b at 32400 s a at 33100 s, hub at 34000 s"), out);
        assertTrue(out.contains("unassigned cold: SKILLS"), out);
    }

    @Test
    void dispatcherExampleIsQuotedAndRuns() throws Exception {
        assertEquals(source("DispatcherExample"), readmeBlock("DispatcherExample"));
        String out = run(() -> DispatcherExample.main(new String[0]));
        assertTrue(out.contains("a -> k1 at 32400 s"), out);
        assertTrue(out.contains("b -> k1 at 36000 s"), out);
        assertTrue(out.contains("fixed {k1=a}, valid true"), out);
    }
}
