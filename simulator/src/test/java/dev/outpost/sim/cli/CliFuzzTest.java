package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random mutations of a valid scenario through {@code validate}, {@code station} and
 * {@code route}: every run must end with exit 0, 1, 2 or 3 (never 4), with no stack trace, Java
 * class name or raw control character in its output. A short run is part of the build; a longer one:
 * {@code mvn -o -pl simulator -am test -Dtest=CliFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Doutpost.fuzz.seconds=600 -Doutpost.fuzz.seed=1}.
 */
class CliFuzzTest {

    private static final Pattern NUMBER = Pattern.compile("(?<=: )-?[0-9][0-9.eE+-]*");
    private static final Pattern STRING = Pattern.compile("(?<=: )\"[^\"]*\"");
    private static final String[] NUMBERS = {"0", "-1", "1e300", "-1e300", "2147483647", "2147483648", "-2147483649",
        "9223372036854775808", "NaN", "Infinity", "-Infinity", "0.5", "1e-300", "99999999999", "1.0000001", "100001"};
    private static final String[] STRINGS = {"\"\"", "\"\\u001b[2J\"", "\"\\u202egnp\"", "\"hub\"", "\"s-north\"",
        "\"c-tax\"", "\"24:00\"", "\"25:61\"", "\"00:00\"", "\"x".repeat(1) + "y".repeat(5000) + "\"", "null", "[]", "{}"};

    @TempDir
    Path dir;

    @Test
    void mutatedScenariosNeverReachTheInternalErrorPath() throws IOException {
        double seconds = Double.parseDouble(System.getProperty("outpost.fuzz.seconds", "0"));
        long seed = Long.getLong("outpost.fuzz.seed", 1L);
        int minimum = seconds > 0 ? 0 : 40;
        Random random = new Random(seed);
        String town = HostileInputCorpusTest.town();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int runs = 0;
        while (runs < minimum || System.nanoTime() < end) {
            String mutated = mutate(town, random);
            Path file = dir.resolve("fuzz.json");
            byte[] bytes = mutated.getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(8) == 0) {
                // A raw byte: often not UTF-8 at all.
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(128));
            }
            Files.write(file, bytes);
            String[][] commands = {
                {"validate", file.toString()},
                {"station", file.toString(), "--steps", "30"},
                {"route", file.toString(), "--steps", "20", "--out", dir.resolve("out").toString(), "--force"},
            };
            String[] args = commands[random.nextInt(commands.length)];
            CliRun run = CliRun.of(args);
            String context = "seed " + seed + ", run " + runs + ", " + args[0] + "\n" + run + "\n--- scenario\n" + mutated;
            assertTrue(run.exitCode() >= 0 && run.exitCode() <= 3, context);
            String all = run.out() + run.err();
            assertFalse(Pattern.compile("\\tat |\\b(?:java|com|org)\\.[a-z]+\\.|[A-Z][A-Za-z]+(?:Exception|Error)\\b")
                    .matcher(all).find(), context);
            assertFalse(all.chars().anyMatch(c -> c == 0x1b || (c < 0x20 && c != '\n' && c != '\t')), context);
            runs++;
        }
    }

    private static String mutate(String text, Random random) {
        String result = text;
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            result = switch (random.nextInt(5)) {
                case 0 -> replaceOne(result, NUMBER, NUMBERS[random.nextInt(NUMBERS.length)], random);
                case 1 -> replaceOne(result, STRING, STRINGS[random.nextInt(STRINGS.length)], random);
                case 2 -> dropLine(result, random);
                case 3 -> duplicateLine(result, random);
                default -> flipByte(result, random);
            };
        }
        return result;
    }

    private static String replaceOne(String text, Pattern pattern, String replacement, Random random) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    private static String dropLine(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private static String duplicateLine(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int i = random.nextInt(lines.size());
        lines.add(i, lines.get(i));
        return String.join("\n", lines);
    }

    private static String flipByte(String text, Random random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
