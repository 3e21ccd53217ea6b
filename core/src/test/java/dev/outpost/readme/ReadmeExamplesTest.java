package dev.outpost.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the pages in {@code docs/} quote the example programs of this package verbatim,
 * each in a {@code ```java} block right after a {@code <!-- Name.java -->} line; this test checks
 * every such block against its file (from the first import on), that no Java block is left
 * unchecked, that each example is quoted where it lives, and runs the examples.
 */
class ReadmeExamplesTest {

    private static final Path EXAMPLES = Path.of("src/test/java/dev/outpost/readme");
    private static final Path README = Path.of("../README.md");
    private static final Path EMBEDDING = Path.of("../docs/embedding.md");

    /** One quoted block: the file it is in, its line, the example it names and its text. */
    record Quote(String file, int line, String example, String text) {
    }

    /** The Markdown files that may quote examples: the README and every page in docs/. */
    static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(README);
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** An example's source as the Markdown quotes it: from its first import on. */
    static String source(String name) throws IOException {
        String text = Files.readString(EXAMPLES.resolve(name + ".java"));
        return text.substring(text.indexOf("import "));
    }

    /**
     * The {@code ```java} blocks of {@code markdown}; a block without a {@code <!-- Name.java -->}
     * line right before it is added to {@code problems}, as is a marker without a block.
     */
    static List<Quote> quotes(String file, String markdown, List<String> problems) {
        List<Quote> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String marker = lines[i].strip();
            boolean isMarker = marker.startsWith("<!-- ") && marker.endsWith(".java -->");
            if (lines[i].strip().equals("```java")) {
                String previous = i == 0 ? "" : lines[i - 1].strip();
                if (!(previous.startsWith("<!-- ") && previous.endsWith(".java -->"))) {
                    problems.add(file + " line " + (i + 1) + ": a ```java block without a <!-- Name.java --> line before it"
                            + " (quote an example file of " + EXAMPLES + " so that this test checks it)");
                }
            }
            if (!isMarker) {
                continue;
            }
            String name = marker.substring("<!-- ".length(), marker.length() - ".java -->".length());
            if (i + 1 >= lines.length || !lines[i + 1].strip().equals("```java")) {
                problems.add(file + " line " + (i + 1) + ": the marker " + marker + " is not followed by a ```java block");
                continue;
            }
            StringBuilder text = new StringBuilder();
            int j = i + 2;
            while (j < lines.length && !lines[j].strip().equals("```")) {
                text.append(lines[j]).append('\n');
                j++;
            }
            if (j >= lines.length) {
                problems.add(file + " line " + (i + 1) + ": the block of " + name + ".java is not closed");
                continue;
            }
            out.add(new Quote(file, i + 1, name, text.toString()));
        }
        return out;
    }

    /** Every problem of the quotes: unknown examples and blocks that differ from their file. */
    static List<String> drift(List<Quote> quotes) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Quote q : quotes) {
            Path file = EXAMPLES.resolve(q.example() + ".java");
            if (!Files.isRegularFile(file)) {
                problems.add(q.file() + " line " + q.line() + ": quotes " + q.example() + ".java, which is not in " + EXAMPLES);
            } else if (!source(q.example()).equals(q.text())) {
                problems.add(q.file() + " line " + q.line() + ": the block of " + q.example() + ".java differs from "
                        + file + " (from its first import on); copy the file into the block");
            }
        }
        return problems;
    }

    /** The quotes of every Markdown file, by example name. */
    private static Map<String, List<Quote>> allQuotes(List<String> problems) throws IOException {
        Map<String, List<Quote>> byExample = new LinkedHashMap<>();
        for (Path md : markdownFiles()) {
            for (Quote q : quotes(md.toString(), Files.readString(md), problems)) {
                byExample.computeIfAbsent(q.example(), k -> new ArrayList<>()).add(q);
            }
        }
        return byExample;
    }

    @Test
    void everyJavaBlockInTheReadmeAndDocsIsAnExampleFileVerbatim() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, List<Quote>> byExample = allQuotes(problems);
        for (List<Quote> quotes : byExample.values()) {
            problems.addAll(drift(quotes));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void eachExampleIsQuotedWhereItLives() throws IOException {
        Map<String, List<Quote>> byExample = allQuotes(new ArrayList<>());
        // Every example program of this package is shown somewhere.
        TreeSet<String> programs = new TreeSet<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Example.java"))
                    .forEach(n -> programs.add(n.substring(0, n.length() - ".java".length())));
        }
        assertEquals(programs, new TreeSet<>(byExample.keySet()));
        // The README shows the routing example; the embedding page shows both.
        assertTrue(quotedIn(byExample, "RoutingExample", README), "README.md does not quote RoutingExample.java");
        assertTrue(quotedIn(byExample, "RoutingExample", EMBEDDING), "docs/embedding.md does not quote RoutingExample.java");
        assertTrue(quotedIn(byExample, "DispatcherExample", EMBEDDING), "docs/embedding.md does not quote DispatcherExample.java");
    }

    private static boolean quotedIn(Map<String, List<Quote>> byExample, String example, Path file) {
        return byExample.getOrDefault(example, List.of()).stream().anyMatch(q -> q.file().equals(file.toString()));
    }

    @Test
    void theCheckCatchesADriftedBlockAnUnmarkedBlockAndAnUnknownExample() throws IOException {
        String good = source("RoutingExample");
        String drifted = good.replace("withTimeLimit(Duration.ofSeconds(1))", "withTimeLimit(Duration.ofSeconds(2))");
        assertTrue(!drifted.equals(good), "the fixture must change the example");
        String markdown = "# Page\n\n<!-- RoutingExample.java -->\n```java\n" + good + "```\n\n"
                + "<!-- RoutingExample.java -->\n```java\n" + drifted + "```\n\n"
                + "```java\nclass Loose {}\n```\n\n"
                + "<!-- NoSuchExample.java -->\n```java\nclass X {}\n```\n";
        int n = good.split("\n", -1).length - 1; // lines of the example
        List<String> problems = new ArrayList<>();
        List<Quote> quotes = quotes("page.md", markdown, problems);
        assertEquals(3, quotes.size());
        assertEquals(List.of("page.md line " + (2 * n + 11) + ": a ```java block without a <!-- Name.java --> line before it"
                + " (quote an example file of " + EXAMPLES + " so that this test checks it)"), problems);
        List<String> drift = drift(quotes);
        assertEquals(2, drift.size(), drift.toString());
        assertTrue(drift.get(0).startsWith("page.md line " + (n + 7) + ": the block of RoutingExample.java differs"),
                drift.get(0));
        assertTrue(drift.get(1).contains("quotes NoSuchExample.java, which is not in"), drift.get(1));
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
    void routingExampleRuns() throws Exception {
        String out = run(() -> RoutingExample.main(new String[0]));
        assertTrue(out.contains("k1: b at 32400 s a at 33100 s, hub at 34000 s"), out);
        assertTrue(out.contains("unassigned cold: SKILLS"), out);
    }

    @Test
    void dispatcherExampleRuns() throws Exception {
        String out = run(() -> DispatcherExample.main(new String[0]));
        assertTrue(out.contains("a -> k1 at 32400 s"), out);
        assertTrue(out.contains("b -> k1 at 36000 s"), out);
        assertTrue(out.contains("fixed {k1=a}, valid true"), out);
    }
}
