package dev.outpost.server;

import dev.outpost.sim.cli.DispatchSetup;

/** The default city's scenario and fleet, loaded once per test JVM (building its tables takes seconds). */
final class TestCity {

    private static DispatchSetup setup;

    private TestCity() {
    }

    static synchronized DispatchSetup setup() {
        if (setup == null) {
            setup = DispatchSetup.load(null, "hub");
        }
        return setup;
    }
}
