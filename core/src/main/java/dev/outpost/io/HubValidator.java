package dev.outpost.io;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Hub;
import dev.outpost.model.TimeWindow;

/** The hub: its location and a cut-off inside the service day. */
final class HubValidator {

    private HubValidator() {
    }

    /**
     * Checks the hub ({@code $.hub}).
     *
     * @param hub the hub; {@code null} when it could not be read (already reported)
     * @param day the service day, or {@code null} when it is unusable
     * @param cs  the scenario's coordinate system
     */
    static void check(Hub hub, TimeWindow day, CoordinateSystem cs, Findings findings) {
        if (hub == null) {
            return;
        }
        FieldChecks.location(hub.location(), "$.hub.location", cs, findings);
        if (hub.cutoffSeconds() < 0 || hub.cutoffSeconds() > Times.DAY_SECONDS) {
            findings.problem("$.hub.cutoff", "The cut-off (" + hub.cutoffSeconds()
                    + " s) must lie within 00:00..24:00.");
            return;
        }
        if (day != null && !day.contains(hub.cutoffSeconds())) {
            findings.problem("$.hub.cutoff", "The cut-off (" + Times.format(hub.cutoffSeconds())
                    + ") is outside the service day (" + FieldChecks.range(day) + "); set it within the day.");
        }
    }
}
