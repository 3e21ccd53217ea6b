package dev.outpost.sim.cli;

import dev.outpost.city.DefaultCity;
import dev.outpost.io.ScenarioIo;
import dev.outpost.model.CourierType;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.TravelSpec;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a command's scenario comes from: a JSON file, or the built-in default city when none is
 * named. Road network files are resolved against the scenario file's folder.
 *
 * @param scenario the scenario, validated
 * @param file     the file it was read from, or {@code null} for the default city
 */
record ScenarioSource(Scenario scenario, Path file) {

    /**
     * Reads {@code file}, or takes the default city when it is {@code null}; a scenario whose travel
     * tables would not fit in memory is refused before any is built ({@link MemoryEstimate}).
     *
     * @throws CliException (exit 1) listing every problem of the file, or with the memory estimate
     */
    static ScenarioSource load(Path file) {
        if (file == null) {
            return new ScenarioSource(DefaultCity.scenario(), null);
        }
        String text = InputFiles.readText(file, "scenario file");
        Scenario scenario;
        try {
            scenario = ScenarioIo.read(text, file.toString());
        } catch (ScenarioException e) {
            throw CliException.input(e.getMessage());
        }
        MemoryEstimate.check(scenario, file.toString());
        return new ScenarioSource(scenario, file);
    }

    /** A label for output: the file name, or "built-in default city". */
    String label() {
        return file == null ? "built-in default city" : file.toString();
    }

    /**
     * The scenario's travel model for {@code courierType}.
     *
     * @throws CliException (exit 1) when a road network cannot be read
     */
    TravelModel travelModel(CourierType courierType) {
        return travelModel(scenario, file, courierType);
    }

    /**
     * The scenario's travel tables between its points, one profile per courier type with the road
     * network's congestion (as {@link TravelModels#tables}), the model built by {@link #travelModel},
     * checked by {@link TravelCheck} as {@code validate} checks them.
     *
     * @throws CliException (exit 1) when a road network cannot be read, or the tables cannot be
     *                      built or have a point cut off from the hub or a leg beyond the model's limit
     */
    TravelTables tables() {
        TravelCheck.Built built = TravelCheck.build(scenario, file);
        List<Problem> problems = new ArrayList<>(built.problems());
        if (built.tables() != null) {
            problems.addAll(TravelCheck.problems(scenario, built.tables()));
        }
        if (!problems.isEmpty()) {
            throw CliException.input(TravelCheck.message(label(), problems));
        }
        return built.tables();
    }

    /**
     * The travel model of {@code scenario} read from {@code file} (null: no folder): a road file is
     * checked like every input first ({@link InputFiles#check}), and a failure names the file and the reason.
     *
     * @throws CliException (exit 1) when the model cannot be built
     */
    static TravelModel travelModel(Scenario scenario, Path file, CourierType courierType) {
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        Path roadFile = null;
        if (scenario.travel() instanceof TravelSpec.Road road && road.file() != null) {
            roadFile = folder == null ? Path.of(road.file()) : folder.resolve(road.file());
            InputFiles.check(roadFile, "road network file");
        }
        try {
            return TravelModels.forScenario(scenario, courierType, folder);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String reason = cause instanceof IOException ? IoMessages.reason(cause) : String.valueOf(e.getMessage());
            if (roadFile == null || reason.contains(roadFile.toString())) {
                throw CliException.input(reason);
            }
            throw CliException.input("The road network file (" + SafeText.oneLine(roadFile.toString()) + ") cannot be used: "
                    + reason + "; check that it is the right file.");
        }
    }

    /**
     * The courier type named {@code id}; the first type (or {@code null} for an empty fleet) when
     * {@code id} is null.
     *
     * @throws CliException (exit 2) when no type has that id
     */
    CourierType courierType(String id) {
        if (id == null) {
            return scenario.courierTypes().isEmpty() ? null : scenario.courierTypes().get(0);
        }
        return scenario.courierTypes().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> CliException.usage("The courier type (" + SafeText.oneLine(id) + ") is not in the scenario; use one of "
                        + SafeText.oneLine(scenario.courierTypes().stream().map(CourierType::id).toList().toString()) + "."));
    }
}
