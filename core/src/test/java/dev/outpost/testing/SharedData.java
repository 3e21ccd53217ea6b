package dev.outpost.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the literature data in {@code ../shared/data} (Solomon, Augerat CVRP, OR-Library
 * p-median, OpenStreetMap extracts). The folder is given by the system property
 * {@code outpost.shared.data} (set by the build to {@code ../shared/data} beside the project) or
 * found by walking up from the working directory. The data is read in place, never copied.
 */
public final class SharedData {

    /** The system property naming the data folder. */
    public static final String PROPERTY = "outpost.shared.data";

    private SharedData() {
    }

    /** The data folder {@code name} ({@code solomon}, {@code cvrp}, {@code pmed}, {@code osm}), if present. */
    public static Optional<Path> folder(String name) {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && Files.isDirectory(Path.of(configured, name))) {
            return Optional.of(Path.of(configured, name).toAbsolutePath().normalize());
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.normalize());
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * The data folder {@code name}, or skips the calling test with a clear message when it is
     * absent.
     */
    public static Path require(String name) {
        Optional<Path> folder = folder(name);
        assumeTrue(folder.isPresent(), () -> "Skipped: literature data folder '" + name
                + "' not found (set -D" + PROPERTY + "=.../shared/data or put shared/ beside the project).");
        return folder.get();
    }
}
