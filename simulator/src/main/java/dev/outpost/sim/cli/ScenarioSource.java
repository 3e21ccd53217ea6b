package dev.outpost.sim.cli;

import dev.outpost.city.DefaultCity;
import dev.outpost.io.ScenarioIo;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
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
     * @throws dev.outpost.io.ScenarioException listing every problem of the file
     */
    static ScenarioSource load(Path file) {
        return new ScenarioSource(file == null ? DefaultCity.scenario() : ScenarioIo.read(file), file);
    }

    /** A label for output: the file name, or "built-in default city". */
    String label() {
        return file == null ? "built-in default city" : file.toString();
    }

    /**
     * The scenario's travel model for {@code courierType}.
     *
     * @throws IllegalArgumentException when a road network cannot be read
     */
    TravelModel travelModel(CourierType courierType) {
        return TravelModels.forScenario(scenario, courierType, file == null ? null : file.toAbsolutePath().getParent());
    }

    /**
     * The courier type named {@code id}, the first type when {@code id} is null, or {@code null} when
     * no type has that id (or the fleet is empty).
     */
    CourierType courierType(String id) {
        if (id == null) {
            return scenario.courierTypes().isEmpty() ? null : scenario.courierTypes().get(0);
        }
        return scenario.courierTypes().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }
}
