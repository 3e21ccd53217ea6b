package dev.outpost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.sim.cli.DispatchSetup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server as a separate process on a journal: events posted, the process killed with
 * SIGKILL (Process.destroyForcibly on Linux), a torn line appended as a kill mid-write leaves it,
 * restarted on the same journal: the same plan, byte for byte, without searching again.
 */
class CrashRestartTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

    /** A started server process and its port. */
    record Server(Process process, int port, List<String> output) {
    }

    static Server launch(Path journal) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(), "serve", "--port", "0",
                "--journal", journal.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("the server ended: " + output));
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        return new Server(p, port.get(120, TimeUnit.SECONDS), output);
    }

    @Test
    void aKilledServerRestartsOnItsJournalWithTheSamePlan(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("journal");
        DispatchSetup setup = TestCity.setup();
        Server first = launch(journal);
        String planBefore;
        boolean adopted;
        try {
            Http http = new Http(first.port(), null);
            StringBuilder batch = new StringBuilder("[");
            for (int i = 0; i < 12; i++) {
                String client = setup.scenario().clients().get(i * 3).id();
                batch.append(i == 0 ? "" : ",").append("{\"type\":\"request\",\"time\":\"08:").append(10 + i)
                        .append(":00\",\"pickup\":\"c").append(i).append("\",\"client\":\"").append(client).append("\"}");
            }
            batch.append("]");
            assertEquals(200, http.post("/v1/events", batch.toString()).statusCode());
            JsonNode round = Http.tree(http.post("/v1/events", "{\"type\":\"reoptimise\",\"time\":\"08:30:00\",\"steps\":2000,\"seed\":7}"));
            assertEquals("ok", round.get("decisions").get(0).get("status").asText(), round.toString());
            adopted = round.get("decisions").get(0).get("adopted").asBoolean();
            String courier = setup.fleet().couriers().get(0).id();
            assertEquals(200, http.post("/v1/events", "{\"type\":\"position\",\"time\":\"08:31:00\",\"courier\":\"" + courier
                    + "\",\"location\":{\"lat\":" + setup.scenario().hub().location().latitude() + ",\"lon\":"
                    + setup.scenario().hub().location().longitude() + "}}").statusCode());
            planBefore = http.get("/v1/plan").body();
            assertTrue(Http.tree(http.get("/v1/plan")).get("routes").size() > 0);
        } finally {
            first.process().destroyForcibly();
            first.process().waitFor(30, TimeUnit.SECONDS);
        }
        Path file;
        try (Stream<Path> files = Files.list(journal)) {
            file = files.filter(f -> f.getFileName().toString().startsWith("journal-")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(12 + (adopted ? 1 : 0) + 1, lines.size(), "12 requests, the adopted plan (if any) and the position: " + lines);
        assertEquals(adopted, lines.get(12).startsWith("{\"type\":\"plan\""), "the round is journalled as the plan it adopted: " + lines);
        Files.writeString(file, "{\"type\":\"request\",\"time\":\"08:4", StandardOpenOption.APPEND);

        Server second = launch(journal);
        try {
            Http http = new Http(second.port(), null);
            assertEquals(planBefore, http.get("/v1/plan").body());
            assertTrue(second.output().stream().anyMatch(l -> l.contains("torn line")), second.output().toString());
            assertTrue(second.output().stream().anyMatch(l -> l.contains(lines.size() + " line(s) replayed")), second.output().toString());
        } finally {
            second.process().destroyForcibly();
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
