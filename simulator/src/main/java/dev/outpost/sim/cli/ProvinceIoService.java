package dev.outpost.sim.cli;

import dev.outpost.model.Scenario;
import dev.outpost.sim.province.ProvinceIo;
import dev.outpost.stationing.StationingProblem;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * The command line's reading and writing for the province job ({@link ProvinceIo}), registered in
 * {@code META-INF/services/dev.outpost.sim.province.ProvinceIo}: each method is {@link JobSupport}'s.
 */
public final class ProvinceIoService implements ProvinceIo {

    /** The service, as {@link java.util.ServiceLoader} creates it. */
    public ProvinceIoService() {
    }

    @Override
    public String readText(Path file, String what) {
        return JobSupport.readText(file, what);
    }

    @Override
    public Loaded load(String text, Path file) {
        JobSupport.Loaded loaded = JobSupport.load(text, file);
        return new Loaded(loaded.scenario(), loaded.tables());
    }

    @Override
    public String nothingToStation(Scenario scenario, StationingProblem problem) {
        return JobSupport.nothingToStation(scenario, problem);
    }

    @Override
    public void checkFolder(Path folder, boolean force, Collection<Path> inputs, String... files) {
        JobSupport.checkFolder(folder, force, inputs, files);
    }

    @Override
    public void writeFolder(Path folder, Map<String, String> files) {
        JobSupport.writeFolder(folder, files);
    }
}
