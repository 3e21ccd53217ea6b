package dev.outpost.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link and image of README.md, CONTRIBUTING.md and docs/*.md points to a file or
 * folder of the repository and, with a {@code #fragment} into a Markdown file, to one of its
 * headings (GitHub's anchors). Links with a scheme (https:, mailto:) are not followed.
 */
class MarkdownLinksTest {

    /** An inline link or image: [text](target) or ![alt](target), with an optional "title". */
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(.+?)\\1");

    static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("../README.md"), Path.of("../CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** The lines of {@code markdown} outside fenced code blocks, each with inline code blanked; null for fenced lines. */
    static String[] prose(String markdown) {
        String[] lines = markdown.split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("```")) {
                fenced = !fenced;
                lines[i] = null;
            } else if (fenced) {
                lines[i] = null;
            } else {
                // Blank code spans (same length keeps nothing else in view); a link's text may hold code.
                Matcher m = INLINE_CODE.matcher(lines[i]);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(out, Matcher.quoteReplacement("x".repeat(m.group().length())));
                }
                m.appendTail(out);
                lines[i] = out.toString();
            }
        }
        return lines;
    }

    /** GitHub's anchors of the headings of {@code markdown} (duplicates get -1, -2, ...). */
    static Set<String> anchors(String markdown) {
        Set<String> out = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = markdown.split("\n", -1);
        boolean fenced = false;
        for (String line : lines) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || !line.matches("#{1,6} .*")) {
                continue;
            }
            String slug = slug(line.replaceFirst("^#+ ", ""));
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            out.add(n == 0 ? slug : slug + "-" + n);
        }
        return out;
    }

    /** GitHub's anchor of a heading: links to their text, lower case, punctuation dropped, spaces to hyphens. */
    static String slug(String heading) {
        String text = heading.strip().replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.append(c);
            } else if (c == ' ') {
                out.append('-');
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The broken links of {@code file} (its text {@code markdown}), each naming the file, line, target and reason. */
    static List<String> broken(Path file, String markdown) throws IOException {
        List<String> problems = new ArrayList<>();
        String[] lines = prose(markdown);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] == null) {
                continue;
            }
            Matcher m = LINK.matcher(lines[i]);
            while (m.find()) {
                String target = m.group(1);
                if (target.isEmpty() || SCHEME.matcher(target).find()) {
                    continue;
                }
                String where = file + " line " + (i + 1) + ": link '" + target + "' ";
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String fragment = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? file : file.toAbsolutePath().getParent().resolve(path).normalize();
                if (!Files.exists(resolved)) {
                    problems.add(where + "points to " + path + ", which does not exist");
                    continue;
                }
                if (fragment != null) {
                    if (!resolved.toString().endsWith(".md") || Files.isDirectory(resolved)) {
                        problems.add(where + "has an anchor into a file that is not Markdown");
                    } else if (!anchors(Files.readString(resolved)).contains(fragment)) {
                        problems.add(where + "names the anchor #" + fragment + ", which no heading of " + path
                                + " has; its anchors: " + anchors(Files.readString(resolved)));
                    }
                }
            }
        }
        return problems;
    }

    @Test
    void everyRelativeLinkOfTheReadmeAndDocsResolves() throws IOException {
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (Path file : files()) {
            String text = Files.readString(file);
            problems.addAll(broken(file, text));
            for (String line : prose(text)) {
                if (line != null) {
                    Matcher m = LINK.matcher(line);
                    while (m.find()) {
                        links++;
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        // Guards against a pattern that matches nothing (the README alone links every docs page).
        assertTrue(links > 20, "only " + links + " links found");
    }

    @Test
    void theReadmeLinksEveryDocsPage() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted()
                    .map(p -> "docs/" + p.getFileName())
                    .filter(page -> !readme.contains("](" + page + ")") && !readme.contains("](" + page + "#"))
                    .forEach(missing::add);
        }
        assertEquals(List.of(), missing, "add each docs page to the README's Documentation list");
    }

    @Test
    void anchorsFollowGitHub() {
        assertEquals("set-up-a-fresh-machine-with-java-17", slug("Set-up (a fresh machine with Java 17)"));
        assertEquals("the-demo-todays-practice-against-an-optimised-set-up",
                slug("The demo: today's practice against an optimised set-up"));
        assertEquals("embedding-outpost-core", slug("Embedding `outpost-core`"));
        assertEquals(Set.of("a", "a-1", "b"), anchors("# A\n\n```\n# not a heading\n```\n## A\n### B\n"));
    }

    @Test
    void theCheckCatchesAMissingFileAndAMissingAnchor(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other.md"), "# Other page\n\n## A section\n");
        Path page = dir.resolve("page.md");
        String text = "# Page\n\n[ok](other.md#a-section) and [self](#page), `[code](nowhere.md)`\n"
                + "[gone](missing.md) ![pic](missing.png)\n[bad anchor](other.md#no-such) [web](https://example.org/x)\n"
                + "```\n[fenced](nowhere.md)\n```\n";
        Files.writeString(page, text);
        List<String> problems = broken(page, text);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("line 4: link 'missing.md' points to missing.md, which does not exist"), problems.get(0));
        assertTrue(problems.get(1).contains("line 4: link 'missing.png'"), problems.get(1));
        assertTrue(problems.get(2).contains("line 5: link 'other.md#no-such' names the anchor #no-such"), problems.get(2));
    }
}
