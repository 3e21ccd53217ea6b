package dev.outpost.sim.cli;

import dev.outpost.city.DefaultCity;
import dev.outpost.io.ScenarioIo;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelModels;
import java.nio.file.Path;

/**
 * Where a command's scenario comes from: a JSON file, or the built-in default city when none is
 * named. Road network files are resolved against the scenario file's folder.
 *
 * @param scenario the scenario, validated
 * @param file     the file it was read from, or {@code null} for the default city
 */
record ScenarioSource(Scenario scenario, Path file) {

    /**
     * Reads {@code file}, or takes the default city when it is {@code null}.
     *
     * @throws CliException (exit 1) listing every problem of the file
     */
    static ScenarioSource load(Path file) {
        try {
            return new ScenarioSource(file == null ? DefaultCity.scenario() : ScenarioIo.read(file), file);
        } catch (ScenarioException e) {
            throw new CliException(1, e.getMessage());
        }
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
        try {
            return TravelModels.forScenario(scenario, courierType, file == null ? null : file.toAbsolutePath().getParent());
        } catch (IllegalArgumentException e) {
            throw new CliException(1, e.getMessage());
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
                .orElseThrow(() -> new CliException(2, "The courier type (" + id + ") is not in the scenario; use one of "
                        + scenario.courierTypes().stream().map(CourierType::id).toList() + "."));
    }
}
