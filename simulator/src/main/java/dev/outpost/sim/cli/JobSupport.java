package dev.outpost.sim.cli;

import dev.outpost.io.ScenarioIo;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.travel.TravelTables;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * The command line's checks and writers for jobs that run outside a command (the province job,
 * {@link dev.outpost.sim.province.ProvinceJob}, locally or on a cluster): a scenario read and its
 * travel tables built exactly as {@code demo} does it, and an output folder checked and written
 * all-or-nothing as every command writes one. Failures are {@link IllegalArgumentException}s whose
 * message is the command line's message.
 */
public final class JobSupport {

    private JobSupport() {
    }

    /**
     * A scenario read and validated, with its travel tables.
     *
     * @param scenario the scenario
     * @param tables   its travel tables, checked as {@code validate} checks them
     */
    public record Loaded(Scenario scenario, TravelTables tables) {
    }

    /**
     * Reads the scenario text and builds its travel tables, as {@code demo --scenario FILE} does.
     *
     * @param text  the scenario JSON text
     * @param file  the file it came from (its folder resolves road network files; its name labels messages)
     * @return the scenario and its tables
     * @throws IllegalArgumentException listing every problem of the scenario or its travel
     */
    public static Loaded load(String text, Path file) {
        try {
            Scenario scenario;
            try {
                scenario = ScenarioIo.read(text, file.toString());
            } catch (ScenarioException e) {
                throw CliException.input(e.getMessage());
            }
            MemoryEstimate.check(scenario, file.toString());
            return new Loaded(scenario, new ScenarioSource(scenario, file).tables());
        } catch (CliException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Reads a text input file as every command does (checked readable, UTF-8).
     *
     * @param file the file
     * @param what what it is, for messages ("scenario file")
     * @return its text
     * @throws IllegalArgumentException naming the file and the reason
     */
    public static String readText(Path file, String what) {
        try {
            return InputFiles.readText(file, what);
        } catch (CliException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Why nothing can be stationed (as {@code station} and {@code demo} say it), or null.
     *
     * @param scenario the scenario
     * @param problem  its stationing problem
     * @return the reason, or null when a client can be served
     */
    public static String nothingToStation(Scenario scenario, StationingProblem problem) {
        return StationCommand.nothingToStation(scenario, problem);
    }

    /**
     * Checks an output folder before long work, as every command does ({@code --out}).
     *
     * @param folder the folder
     * @param force  whether existing files may be replaced
     * @param inputs the run's input files (never overwritten)
     * @param files  the files the run will write into it
     * @throws IllegalArgumentException naming the path, the reason and the fix
     */
    public static void checkFolder(Path folder, boolean force, Collection<Path> inputs, String... files) {
        try {
            OutputFiles.checkFolder(folder, "--out", force, inputs, files);
        } catch (CliException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Writes {@code files} (name to text) into {@code folder} all together or not at all.
     *
     * @param folder the folder, checked with {@link #checkFolder}
     * @param files  file name to text, written in this order
     * @throws IllegalArgumentException when a file cannot be written; the folder is then unchanged
     */
    public static void writeFolder(Path folder, Map<String, String> files) {
        try (OutputFolder out = OutputFolder.open(folder, "--out")) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                out.write(e.getKey(), e.getValue());
            }
            out.commit();
        } catch (CliException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
