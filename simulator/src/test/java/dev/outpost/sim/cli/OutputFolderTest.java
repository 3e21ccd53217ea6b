package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's output files appear in their folder together or not at all ({@link OutputFolder}). */
class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void aNewFolderAppearsWithAllItsFiles() throws IOException {
        Path out = dir.resolve("out");
        try (OutputFolder files = OutputFolder.open(out, "--out")) {
            files.write("a.json", "{}\n");
            files.write("b.csv", "x\n");
            assertFalse(Files.exists(out), "the folder appeared before the commit");
            files.commit();
        }
        assertEquals("{}\n", Files.readString(out.resolve("a.json")));
        assertEquals("x\n", Files.readString(out.resolve("b.csv")));
        assertEquals(List.of("out"), names(dir));
    }

    @Test
    void anExistingFolderGetsTheNewFilesAndKeepsOthers() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a.json"), "old");
        Files.writeString(out.resolve("mine.txt"), "the user's");
        try (OutputFolder files = OutputFolder.open(out, "--out")) {
            files.write("a.json", "new");
            files.write("b.csv", "new");
            assertEquals("old", Files.readString(out.resolve("a.json")));
            files.commit();
        }
        assertEquals("new", Files.readString(out.resolve("a.json")));
        assertEquals("new", Files.readString(out.resolve("b.csv")));
        assertEquals("the user's", Files.readString(out.resolve("mine.txt")));
        assertEquals(List.of("out"), names(dir));
    }

    @Test
    void aFailureBeforeTheCommitLeavesTheOldFilesAndNoTemporary() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a.json"), "old a");
        Files.writeString(out.resolve("b.csv"), "old b");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder files = OutputFolder.open(out, "--out")) {
                files.write("a.json", "new a");
                throw new IllegalStateException("the report could not be computed");
            }
        });
        assertEquals("old a", Files.readString(out.resolve("a.json")));
        assertEquals("old b", Files.readString(out.resolve("b.csv")));
        assertEquals(List.of("out"), names(dir));
    }

    @Test
    void aMoveThatFailsPutsTheOldFilesBack() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a.json"), "old a");
        CliException e;
        try (OutputFolder files = OutputFolder.open(out, "--out")) {
            files.write("a.json", "new a");
            files.write("b.csv", "new b");
            // Something takes b.csv's place meanwhile: a folder with a file, which no move replaces.
            Files.createDirectories(out.resolve("b.csv"));
            Files.writeString(out.resolve("b.csv/keep"), "x");
            e = assertThrows(CliException.class, files::commit);
        }
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("left as it was"), e.getMessage());
        assertEquals("old a", Files.readString(out.resolve("a.json")));
        assertTrue(Files.isDirectory(out.resolve("b.csv")));
        assertEquals(List.of("out"), names(dir));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
