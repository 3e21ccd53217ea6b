package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.outpost.sim.report.AttributionReport;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost demo} on a tiny generated town whose name holds HTML: every file is written,
 * report.html refers to nothing outside itself and escapes the name, and the same seed gives the
 * same bytes on one thread and on two.
 */
class DemoCommandTest {

    static final String HOSTILE_NAME = "Tiny <script>alert(1)</script> & \"town\" 'x'";

    @TempDir
    static Path tmp;

    static Path scenario;
    static Path one;
    static Path two;
    static CliRun first;

    @BeforeAll
    static void runTwice() throws IOException {
        scenario = tmp.resolve("tiny.json");
        CliRun generate = CliRun.of("generate", "--clients", "30", "--sites", "6", "--seed", "5", "-o", scenario.toString());
        assertEquals(0, generate.exitCode(), generate.toString());
        String text = Files.readString(scenario);
        text = text.replaceFirst("\"name\": \"[^\"]*\"", "\"name\": " + new ObjectMapper().writeValueAsString(HOSTILE_NAME)
                .replace("\\", "\\\\").replace("$", "\\$"));
        // A fleet and budget its stationing plan can serve (the generated 3 couriers at one outpost are
        // overloaded: the plan is infeasible and demo exits 3, see HostileInputCorpusTest).
        text = text.replaceAll("\"count\": \\d+", "\"count\": 3").replaceFirst("\"maxOutposts\": \\d+", "\"maxOutposts\": 2")
                .replaceFirst("\"maxCouriers\": \\d+", "\"maxCouriers\": 6");
        Files.writeString(scenario, text);
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        first = demo(one, "1");
        assertEquals(0, first.exitCode(), first.toString());
        CliRun second = demo(two, "2");
        assertEquals(0, second.exitCode(), second.toString());
    }

    private static CliRun demo(Path out, String threads) {
        return CliRun.of("demo", "--scenario", scenario.toString(), "--replications", "4", "--pilot", "2", "--steps", "200",
                "--threads", threads, "--seed", "7", "--no-progress", "--out", out.toString());
    }

    @Test
    void writesEveryFileAndPrintsTheComparison() throws IOException {
        for (String file : DemoCommand.FILES) {
            Path path = one.resolve(file);
            assertTrue(Files.isRegularFile(path) && Files.size(path) > 0, "missing or empty: " + file);
        }
        JsonNode kpis = new ObjectMapper().readTree(one.resolve(DemoCommand.KPIS_JSON).toFile());
        assertEquals(4, kpis.get("replications").asInt());
        assertEquals("current branches", kpis.at("/a/layout").asText(), "today is the town's current branches");
        assertEquals("nearest-idle", kpis.at("/a/dispatch").asText());
        assertTrue(List.of("stationing plan", "refined stationing plan").contains(kpis.at("/b/layout").asText()),
                kpis.at("/b/layout").asText());
        assertTrue(kpis.get("differenceBminusA").size() > 0);
        assertTrue(Files.readString(one.resolve(DemoCommand.DIFFERENCE_CSV)).startsWith("group,name,unit,n,mean,ci_low,ci_high\n"));
        assertEquals(4, Files.readAllLines(one.resolve(DemoCommand.RELOCATION_CSV)).size(), "header and three policies");
        assertTrue(first.out().contains("| Mean response (min) |"), first.out());
        assertTrue(first.out().contains("| Requests within target (%) |"), first.out());
        assertTrue(first.out().contains("wall time:"), first.out());
        assertTrue(first.out().contains("today: the scenario's current branches"), first.out());
        // Eight set-ups, or four when the pilot keeps today's relocation ('stay'): only the changes made count.
        assertTrue(first.out().matches("(?s).*What each change is worth \\([48] set-ups on the same 4 paired days.*"),
                first.out());
        assertTrue(first.out().contains("Stationing chosen by simulation"), first.out());
        List<String> attribution = Files.readAllLines(one.resolve(AttributionReport.CSV));
        int setups = first.out().contains("What each change is worth (8 set-ups") ? 8 : 4;
        assertEquals(1 + setups, attribution.size(), "header and the set-ups the summary counts");
        assertTrue(attribution.get(1).startsWith("current branches,nearest-idle,stay,today,4,"), attribution.get(1));
        assertTrue(Files.readString(one.resolve(DemoCommand.REPORT_HTML)).contains(AttributionReport.HEADING));
    }

    @Test
    void todayFromAFileIsReadAndCheckedAgainstTheScenario() throws IOException {
        JsonNode plan = new ObjectMapper().readTree(one.resolve(StationCommand.STATION_JSON).toFile());
        String site = plan.at("/outposts/0/siteId").asText();
        Path good = tmp.resolve("today.json");
        Files.writeString(good, "{\"format\": \"outpost-station/1\", \"outposts\": [{\"siteId\": \"" + site
                + "\", \"couriers\": 1}]}");
        Path out = tmp.resolve("withToday");
        CliRun run = CliRun.of("demo", "--scenario", scenario.toString(), "--today", good.toString(), "--replications", "2",
                "--pilot", "2", "--refine", "1", "--attribution-days", "0", "--steps", "100", "--no-progress", "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("today: the operator's layout in today.json: 1 outpost holding 1 courier"), run.out());
        assertTrue(run.out().contains("note: "), run.out());
        JsonNode kpis = new ObjectMapper().readTree(out.resolve(DemoCommand.KPIS_JSON).toFile());
        assertEquals("today.json", kpis.at("/a/layout").asText());
        assertEquals(1, kpis.at("/a/outposts").asInt());

        Path bad = tmp.resolve("bad-today.json");
        Files.writeString(bad, "{\"format\": \"outpost-station/1\", \"outposts\": [{\"siteId\": \"nowhere\","
                + " \"couriers\": 1}, {\"siteId\": \"" + site + "\", \"couriers\": 999}]}");
        Path never = tmp.resolve("neverToday");
        CliRun refused = CliRun.of("demo", "--scenario", scenario.toString(), "--today", bad.toString(), "--replications",
                "2", "--no-progress", "--out", never.toString());
        assertEquals(ExitCode.INVALID_INPUT, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("$.outposts[0].siteId"), refused.err());
        assertTrue(refused.err().contains("$.outposts[1].couriers"), refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());
        assertFalse(Files.exists(never.resolve(DemoCommand.KPIS_JSON)));
    }

    @Test
    void reportIsSelfContainedAndEscaped() throws IOException {
        String html = Files.readString(one.resolve(DemoCommand.REPORT_HTML));
        String lower = html.toLowerCase(Locale.ROOT);
        assertTrue(lower.startsWith("<!doctype html>"));
        assertTrue(lower.contains("content-security-policy"), "CSP forbids any load");
        for (String forbidden : new String[] {"http:", "https:", "<script", "<link", "<img", "<iframe", "@import",
            "url(", "src=", "href=", "xlink:"}) {
            assertFalse(lower.contains(forbidden), "report.html holds " + forbidden);
        }
        assertTrue(Pattern.compile("<svg class=\"map\"").matcher(html).results().count() == 2, "one map per set-up");
        assertTrue(html.contains("<polyline"), "routes and response curves drawn");
        assertTrue(html.contains("Tiny &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;town&quot; &#39;x&#39;"));
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("@media print") && html.contains("size: A4"));
    }

    @Test
    void sameSeedSameBytesOnOneThreadAndOnTwo() throws IOException {
        for (String file : DemoCommand.FILES) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)),
                    file + " differs between --threads 1 and 2");
        }
        assertEquals(new String(Files.readAllBytes(one.resolve(DemoCommand.REPORT_HTML)), StandardCharsets.UTF_8),
                Files.readString(two.resolve(DemoCommand.REPORT_HTML)));
    }

    @Test
    void compareWritesTheSameKindOfReport() throws IOException {
        Path cmp = tmp.resolve("cmp");
        CliRun run = CliRun.of("compare", scenario.toString(), "--replications", "2", "--steps", "200", "--no-progress",
                "--out", cmp.toString());
        assertEquals(0, run.exitCode(), run.toString());
        String html = Files.readString(cmp.resolve(SimulateCommand.REPORT_HTML));
        assertEquals(2, Pattern.compile("<svg class=\"map\"").matcher(html).results().count());
        assertTrue(html.contains("Paired difference"));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
    }

    @Test
    void keepsExistingFilesWithoutForce() throws IOException {
        byte[] before = Files.readAllBytes(one.resolve(DemoCommand.REPORT_HTML));
        CliRun again = demo(one, "2");
        assertEquals(ExitCode.USAGE, again.exitCode(), again.toString());
        assertTrue(again.err().contains("--force"), again.err());
        assertArrayEquals(before, Files.readAllBytes(one.resolve(DemoCommand.REPORT_HTML)));
    }

    @Test
    void rejectsAnUnknownDispatchPolicyBeforeAnyWork() {
        CliRun run = CliRun.of("demo", "--dispatch", "fastest", "--out", tmp.resolve("never2").toString());
        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("The --dispatch (fastest) is unknown"), run.err());
        assertFalse(Files.exists(tmp.resolve("never2")));
    }

    @Test
    void rejectsTooFewReplications() {
        CliRun run = CliRun.of("demo", "--replications", "1", "--out", tmp.resolve("never").toString());
        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--replications"), run.err());
        assertFalse(Files.exists(tmp.resolve("never")));
    }
}
