package dev.outpost.sim.cli;

import dev.outpost.model.CourierType;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario arguments shared by the commands that plan on a scenario: an optional FILE (the
 * default city when omitted) and {@code --courier-type}. Used as a picocli {@code @Mixin}.
 */
final class ScenarioArguments {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The scenario JSON file (default: the built-in default city).")
    Path file;

    @Option(names = "--courier-type", paramLabel = "ID",
            description = "Courier type whose travel times are used; its speed sets straight-line travel"
                    + " (default: the first).")
    String courierTypeId;

    /**
     * The scenario, read and validated.
     *
     * @throws CliException (exit 1) listing every problem
     */
    ScenarioSource load() {
        return ScenarioSource.load(file);
    }

    /**
     * The chosen courier type of {@code source}.
     *
     * @throws CliException (exit 2) for an unknown id
     */
    CourierType courierType(ScenarioSource source) {
        return source.courierType(courierTypeId);
    }
}
