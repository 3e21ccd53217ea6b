package dev.outpost.io;

import dev.outpost.model.Horizon;
import dev.outpost.model.Limits;
import dev.outpost.model.TimeWindow;

/** The horizon: a number of days within limits and a service day inside 00:00..24:00. */
final class HorizonValidator {

    private HorizonValidator() {
    }

    /**
     * Checks the horizon ({@code $.horizon}).
     *
     * @param horizon the horizon; {@code null} when it could not be read (already reported)
     * @return the service day when it is usable for the other records' checks, else {@code null}
     */
    static TimeWindow check(Horizon horizon, Findings findings) {
        if (horizon == null) {
            return null;
        }
        if (horizon.days() < 1) {
            findings.problem("$.horizon.days", "The number of days (" + horizon.days() + ") must be at least 1.");
        }
        if (horizon.days() > Limits.MAX_DAYS) {
            findings.limit("$.horizon.days", "The number of days (" + horizon.days() + ") is above "
                    + Limits.MAX_DAYS + "; plan at most ten years at a time.");
        }
        TimeWindow day = horizon.serviceDay();
        if (day != null && !FieldChecks.withinDay(day, "$.horizon.serviceDay", findings)) {
            return null;
        }
        return day;
    }
}
