package dev.outpost.bench;

import dev.outpost.travel.road.OsmReader;
import dev.outpost.travel.road.RoadNetwork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The road graphs the travel benchmarks run on. The OpenStreetMap extracts are read from the
 * folder given by {@code -Doutpost.shared.data=.../shared/data} (its {@code osm} subfolder), or
 * from {@code shared/data/osm} found by walking up from the working directory.
 */
public enum RoadGraph {
    /** {@link SyntheticRoadGrid} of side 317, seed 1: about 100,000 nodes. */
    GRID_100K {
        @Override
        public RoadNetwork load() {
            return SyntheticRoadGrid.generate(317, 1);
        }
    },
    /** {@code monaco.osm.gz}, largest strongly connected component. */
    MONACO {
        @Override
        public RoadNetwork load() {
            return osm("monaco.osm.gz");
        }
    },
    /** {@code andorra.osm.gz}, largest strongly connected component. */
    ANDORRA {
        @Override
        public RoadNetwork load() {
            return osm("andorra.osm.gz");
        }
    };

    /** Builds or reads the network (deterministic). */
    public abstract RoadNetwork load();

    private static RoadNetwork osm(String file) {
        Path dir = osmFolder();
        try {
            return OsmReader.read(dir.resolve(file), RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT).network();
        } catch (IOException e) {
            throw new UncheckedIOException("The OSM extract (" + dir.resolve(file) + ") cannot be read.", e);
        }
    }

    static Path osmFolder() {
        String configured = System.getProperty("outpost.shared.data");
        if (configured != null && Files.isDirectory(Path.of(configured, "osm"))) {
            return Path.of(configured, "osm");
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("osm");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("The OSM folder (shared/data/osm) was not found from "
                + Path.of("").toAbsolutePath() + "; pass -jvmArgs -Doutpost.shared.data=/path/to/shared/data.");
    }
}
