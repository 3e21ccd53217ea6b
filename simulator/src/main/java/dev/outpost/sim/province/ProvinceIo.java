package dev.outpost.sim.province;

import dev.outpost.model.Scenario;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.travel.TravelTables;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * What the province job needs from the command line to read its inputs and write its outputs as
 * every command does (the same checks and messages): a service the command line provides
 * ({@code dev.outpost.sim.cli.ProvinceIoService}, registered in {@code META-INF/services}), so that
 * the job does not depend on the command-line package that runs it. Failures are
 * {@link IllegalArgumentException}s whose message is the command line's message.
 */
public interface ProvinceIo {

    /**
     * A scenario read and validated, with its travel tables.
     *
     * @param scenario the scenario
     * @param tables   its travel tables, checked as {@code validate} checks them
     */
    record Loaded(Scenario scenario, TravelTables tables) {
    }

    /**
     * Reads a text input file (checked readable, UTF-8).
     *
     * @param file the file
     * @param what what it is, for messages
     * @return its text
     * @throws IllegalArgumentException naming the file and the reason
     */
    String readText(Path file, String what);

    /**
     * Reads the scenario text and builds its travel tables, as {@code demo --scenario FILE} does.
     *
     * @param text the scenario JSON text
     * @param file the file it came from (its folder resolves road network files)
     * @return the scenario and its tables
     * @throws IllegalArgumentException listing every problem of the scenario or its travel
     */
    Loaded load(String text, Path file);

    /**
     * Why nothing can be stationed, or null.
     *
     * @param scenario the scenario
     * @param problem  its stationing problem
     * @return the reason, or null when a client can be served
     */
    String nothingToStation(Scenario scenario, StationingProblem problem);

    /**
     * Checks an output folder before long work.
     *
     * @param folder the folder
     * @param force  whether existing files may be replaced
     * @param inputs the run's input files (never overwritten)
     * @param files  the files the run will write into it
     * @throws IllegalArgumentException naming the path, the reason and the fix
     */
    void checkFolder(Path folder, boolean force, Collection<Path> inputs, String... files);

    /**
     * Writes files into a folder all together or not at all.
     *
     * @param folder the folder
     * @param files  file name to text, in order
     * @throws IllegalArgumentException when a file cannot be written; the folder is then unchanged
     */
    void writeFolder(Path folder, Map<String, String> files);

    /**
     * The provided service (the command line's).
     *
     * @return the service
     * @throws IllegalStateException when none is on the class path
     */
    static ProvinceIo get() {
        return Holder.IO;
    }

    /** The service, looked up once. */
    final class Holder {
        private static final ProvinceIo IO = find();

        private Holder() {
        }

        private static ProvinceIo find() {
            Iterator<ProvinceIo> found = ServiceLoader.load(ProvinceIo.class, ProvinceIo.class.getClassLoader()).iterator();
            if (!found.hasNext()) {
                throw new IllegalStateException("No " + ProvinceIo.class.getName() + " service is on the class path"
                        + " (META-INF/services); the outpost simulator's jar provides one.");
            }
            return found.next();
        }
    }
}
