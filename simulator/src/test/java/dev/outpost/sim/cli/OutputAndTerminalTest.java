package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output helper, the terminal escaping and the help footer. */
class OutputAndTerminalTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteToStandardOutputIsAnError() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = OutpostCommand.execute(new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8)),
                new PrintWriter(err), "generate", "--clients", "20", "--sites", "3");
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().contains("standard output cannot be written"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(1, OutpostCommand.execute(new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8)),
                new PrintWriter(err2), "validate", dir.resolve("absent.json").toString()));
    }

    @Test
    void writesAreAtomicAndLeaveNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.json");
        OutputFiles.write(target, "first\n");
        OutputFiles.write(target, "second\n");
        assertEquals("second\n", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Path kept = readOnly.resolve("kept.txt");
        Files.writeString(kept, "old");
        assertTrue(readOnly.toFile().setWritable(false));
        try {
            if (!Files.isWritable(readOnly)) {
                CliException e = assertThrows(CliException.class, () -> OutputFiles.write(kept, "new"));
                assertEquals(1, e.exitCode());
                assertTrue(e.getMessage().contains("cannot be written") && e.getMessage().contains("left as it was"));
                assertEquals("old", Files.readString(kept));
            }
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    @Test
    void controlCharactersAreEscapedAndJsonStaysValid() throws IOException {
        assertEquals("a\\u001b[2Jb\\u0007c\nd\\u202e\\u009b", SafeText.escape("a\u001b[2Jb\u0007c\nd\u202e\u009b"));
        assertEquals("plain Náměstí", SafeText.escape("plain Náměstí"));
        assertEquals("a\\u000ab", SafeText.oneLine("a\nb"));
        // In written JSON the escape is a JSON escape: the value reads back unchanged.
        Path file = dir.resolve("x.json");
        OutputFiles.write(file, "{\"id\": \"x\u009by\u202e\"}\n");
        assertEquals("x\u009by\u202e", new ObjectMapper().readTree(file.toFile()).get("id").asText());
        assertFalse(Files.readString(file).contains("\u009b"));
    }

    @Test
    void everyHelpEndsWithTheExitCodes() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"generate", "--help"},
                new String[] {"validate", "--help"}, new String[] {"travel", "--help"}, new String[] {"station", "--help"},
                new String[] {"route", "--help"}, new String[] {"bench-literature", "solomon", "--help"},
                new String[] {"bench-literature", "cvrp", "--help"}, new String[] {"bench-literature", "pmed", "--help"},
                new String[] {"simulate", "--help"}, new String[] {"compare", "--help"}, new String[] {"sweep", "--help"},
                new String[] {"demo", "--help"})) {
            java.io.PrintStream systemErr = System.err;
            java.io.ByteArrayOutputStream tracer = new java.io.ByteArrayOutputStream();
            CliRun run;
            try {
                System.setErr(new java.io.PrintStream(tracer, true, java.nio.charset.StandardCharsets.UTF_8));
                run = CliRun.of(args);
            } finally {
                System.setErr(systemErr);
            }
            String traced = tracer.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(traced.contains("WARN"), String.join(" ", args) + " made picocli warn: " + traced);
            assertEquals(0, run.exitCode(), String.join(" ", args));
            assertTrue(run.out().contains("Exit codes: 0 ok; 1 invalid input"), String.join(" ", args) + "\n" + run.out());
            assertTrue(run.out().contains("4 internal error"), run.out());
            assertTrue(run.out().contains("--debug"), run.out());
        }
        for (String sub : new String[] {"solomon", "cvrp", "pmed"}) {
            String help = CliRun.of("bench-literature", sub, "--help").out();
            for (String option : new String[] {"--seeds", "--threads", "--[no-]progress", "--csv", "--force", "--seconds"}) {
                assertTrue(help.contains(option), sub + " has no " + option);
            }
        }
    }

    @Test
    void anUnexpectedFailureIsExitFourWithOneLine() {
        picocli.CommandLine cli = OutpostCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(OutpostCommand.terminal(new PrintWriter(err)));
        int code = OutpostCommand.fail(new NullPointerException("Cannot invoke \"dev.outpost.routing.Stop.pickupId()\""),
                cli, false);
        assertEquals(4, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("internal error") && err.toString().contains("--debug"), err.toString());
        assertFalse(err.toString().contains("dev.outpost") || err.toString().contains("Exception"), err.toString());
        // Library rejections of values are invalid input, with the library's message.
        StringWriter err2 = new StringWriter();
        cli.setErr(OutpostCommand.terminal(new PrintWriter(err2)));
        assertEquals(1, OutpostCommand.fail(new IllegalArgumentException("The pickup (p1) priority (0) is below 1."), cli, false));
        assertTrue(err2.toString().startsWith("The pickup (p1) priority (0)"), err2.toString());
    }

    @Test
    void debugShowsTheTraceOtherwiseNone() {
        CliRun plain = CliRun.of("generate", "--clients", "0");
        assertFalse(plain.err().contains("\tat "), plain.err());
        CliRun debug = CliRun.of("generate", "--clients", "0", "--debug");
        assertEquals(2, debug.exitCode());
        assertTrue(debug.err().contains("\tat "), debug.err());
    }
}
