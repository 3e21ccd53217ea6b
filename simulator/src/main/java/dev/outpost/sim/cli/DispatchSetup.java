package dev.outpost.sim.cli;

import dev.outpost.dispatch.Fleet;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.sim.report.StationingPlanReader;
import dev.outpost.stationing.StationingPlan;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The scenario and fleet that {@code outpost replay} dispatches on, for other front ends of the
 * same wire format (the {@code outpost serve} service): the default city or a scenario file, the
 * couriers at the hub or at the outposts of a {@code station.json}, on the scenario's
 * time-of-day tables with its travel model.
 *
 * @param scenario the scenario
 * @param fleet    the day's fleet, as {@code outpost replay} builds it
 * @param label    the scenario's label (its file, or "built-in default city")
 * @param layout   "hub" or the layout file's name
 */
public record DispatchSetup(Scenario scenario, Fleet fleet, String label, String layout) {

    /**
     * Rejects nulls.
     *
     * @param scenario the scenario
     * @param fleet    the day's fleet
     * @param label    the scenario's label
     * @param layout   "hub" or the layout file's name
     */
    public DispatchSetup {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(layout, "layout");
    }

    /**
     * Loads the scenario (the default city when {@code file} is null) and builds its fleet as
     * {@code outpost replay} does.
     *
     * @param file   the scenario file, or null for the built-in default city
     * @param layout "hub", or the path of a station.json written by {@code outpost station --out}
     * @return the scenario and its fleet
     * @throws IllegalArgumentException with every problem of the input, for the user (no stack trace needed)
     */
    public static DispatchSetup load(Path file, String layout) {
        Objects.requireNonNull(layout, "layout");
        try {
            Path planFile = layout.equals("hub") ? null : Path.of(layout);
            ScenarioSource source = ScenarioSource.load(file);
            Scenario scenario = source.scenario();
            StationingPlan plan = planFile == null ? null
                    : StationingPlanReader.read(InputFiles.readText(planFile, "layout file"), planFile.toString(), scenario);
            Fleet fleet = ReplayCommand.fleet(source, plan);
            return new DispatchSetup(scenario, fleet, source.label(),
                    planFile == null ? "hub" : String.valueOf(planFile.getFileName()));
        } catch (CliException | ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
