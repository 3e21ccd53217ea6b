package dev.outpost.io;

import static dev.outpost.io.FieldChecks.atLeast;
import static dev.outpost.io.FieldChecks.atMost;
import static dev.outpost.io.FieldChecks.nonNegative;

import dev.outpost.io.Findings.Section;
import dev.outpost.model.CourierBreak;
import dev.outpost.model.CourierType;
import dev.outpost.model.Limits;
import dev.outpost.model.RoadProfile;
import dev.outpost.model.TimeWindow;
import java.util.List;
import java.util.Set;

/**
 * The courier types ({@code $.courierTypes}): each type's count, speed, capacity and costs (signs
 * and limits), its shift inside the service day, its skills, its breaks and its road profile; the
 * fleet as a whole is not empty and within limits.
 */
final class CourierTypeValidator {

    private final TimeWindow day;
    private final Set<String> roadClasses;

    /**
     * @param day         the service day, or {@code null} when it is unusable (already reported)
     * @param roadClasses the road classes of the travel model ({@link RoadNetworkValidator#roadClasses})
     */
    CourierTypeValidator(TimeWindow day, Set<String> roadClasses) {
        this.day = day;
        this.roadClasses = roadClasses;
    }

    /**
     * Checks the list and every type in it.
     *
     * @param types the types; {@code null} when the list could not be read (already reported), and
     *              an element is {@code null} when it could not be read
     */
    void checkAll(List<CourierType> types, Findings findings) {
        if (types == null) {
            return;
        }
        if (types.isEmpty()) {
            findings.problem("$.courierTypes", "The fleet is empty; give at least one courier type.");
        }
        long fleet = 0;
        boolean countsInRange = true;
        for (int i = 0; i < types.size(); i++) {
            CourierType type = types.get(i);
            if (type != null) {
                check(type, "$.courierTypes[" + i + "]", findings);
                fleet += Math.max(0, type.count());
                countsInRange &= type.count() <= Limits.MAX_COURIERS;
            }
        }
        if (countsInRange && fleet > Limits.MAX_FLEET) {
            findings.limit("$.courierTypes", "The fleet (" + fleet + " couriers in all) is above "
                    + Limits.MAX_FLEET + "; give real courier counts.");
        }
    }

    /** Checks one courier type at {@code path}. */
    void check(CourierType type, String path, Findings findings) {
        // The speed's floor has always been listed before the count's ceiling.
        atLeast(type.speedKmh(), Limits.MIN_SPEED_KMH, path + ".speedKmh", "speed (km/h)", findings);
        nonNegative((long) type.count(), path + ".count", "courier count", findings);
        atMost(type.count(), Limits.MAX_COURIERS, path + ".count", "courier count", findings);
        if (!Double.isFinite(type.speedKmh()) || type.speedKmh() <= 0) {
            findings.problem(path + ".speedKmh", "The speed (" + OutpostJson.number(type.speedKmh())
                    + " km/h) must be a positive number.");
        }
        atMost(type.speedKmh(), Limits.MAX_SPEED_KMH, path + ".speedKmh", "speed (km/h)", findings);
        nonNegative((long) type.capacity(), path + ".capacity", "capacity", findings);
        atMost(type.capacity(), Limits.MAX_CAPACITY, path + ".capacity", "capacity", findings);
        shift(type.shift(), path + ".shift", findings);
        FieldChecks.blankSkills(type.skills(), path + ".skills", findings);
        breaks(type, path + ".breaks", findings);
        nonNegative(type.costPerHour(), path + ".costPerHour", "cost per hour", findings);
        atMost(type.costPerHour(), Limits.MAX_COST_RATE, path + ".costPerHour", "cost per hour", findings);
        nonNegative(type.costPerKm(), path + ".costPerKm", "cost per km", findings);
        atMost(type.costPerKm(), Limits.MAX_COST_RATE, path + ".costPerKm", "cost per km", findings);
        if (type.roadProfile() != null) {
            roadProfile(type, path + ".roadProfile", findings);
        }
    }

    private void shift(TimeWindow shift, String path, Findings findings) {
        if (!FieldChecks.withinDay(shift, path, findings) || day == null) {
            return;
        }
        if (shift.startSeconds() < day.startSeconds()) {
            findings.problem(path + ".start", "The shift starts (" + Times.format(shift.startSeconds())
                    + ") before the service day (" + FieldChecks.range(day) + "); shifts must lie inside the service day.");
        }
        if (shift.endSeconds() > day.endSeconds()) {
            findings.problem(path + ".end", "The shift ends (" + Times.format(shift.endSeconds())
                    + ") after the service day (" + FieldChecks.range(day) + "); shifts must lie inside the service day.");
        }
    }

    /**
     * Each break lasts a positive time, fits its window (earliest + minutes at most latest) and lies
     * inside the shift; breaks come in time order without overlapping windows.
     */
    private static void breaks(CourierType type, String path, Findings findings) {
        TimeWindow shift = type.shift();
        int previousLatest = Integer.MIN_VALUE;
        for (int i = 0; i < type.breaks().size(); i++) {
            CourierBreak b = type.breaks().get(i);
            String at = path + "[" + i + "]";
            if (b.durationSeconds() <= 0) {
                findings.problem(at + ".minutes", "The break length (" + b.durationSeconds() / 60.0
                        + " minutes) must be positive; remove the break to have none.");
            }
            if (b.earliestSeconds() + b.durationSeconds() > b.latestSeconds()) {
                findings.problem(at + ".latest", "The break window (" + Times.format(b.earliestSeconds()) + ".."
                        + Times.format(b.latestSeconds()) + ") is shorter than the break (" + b.durationSeconds() / 60
                        + " minutes); set latest at least earliest + minutes.");
            }
            if (shift != null && (b.earliestSeconds() < shift.startSeconds() || b.latestSeconds() > shift.endSeconds())) {
                findings.problem(at, "The break window (" + Times.format(b.earliestSeconds()) + ".."
                        + Times.format(b.latestSeconds()) + ") is outside the shift (" + Times.format(shift.startSeconds())
                        + ".." + Times.format(shift.endSeconds()) + "); set it within the shift.");
            }
            if (b.earliestSeconds() < previousLatest) {
                findings.problem(at + ".earliest", "The break window starts (" + Times.format(b.earliestSeconds())
                        + ") before the previous break's window ends (" + Times.format(previousLatest)
                        + "); list breaks in time order with windows that do not overlap.");
            }
            previousLatest = Math.max(previousLatest, b.latestSeconds());
        }
    }

    /** Speed caps and factors finite and positive; every named road class known to the network. */
    private void roadProfile(CourierType type, String path, Findings findings) {
        RoadProfile profile = type.roadProfile();
        Double max = profile.maxSpeedKmh();
        if (max != null && (!Double.isFinite(max) || max <= 0)) {
            findings.add(Section.ROAD_PROFILES, path + ".maxSpeedKmh", "The speed cap (" + OutpostJson.number(max)
                    + " km/h) must be a positive number; leave it out for none.");
        }
        profile.speedFactors().forEach((roadClass, factor) -> {
            String at = path + ".speedFactors." + roadClass;
            if (factor == null || !Double.isFinite(factor) || factor <= 0) {
                findings.add(Section.ROAD_PROFILES, at, "The speed factor (" + (factor == null ? "null"
                        : OutpostJson.number(factor)) + ") must be a positive number (1 keeps the road's speed).");
            }
            RoadNetworkValidator.knownClass(roadClass, roadClasses, at, Section.ROAD_PROFILES, findings);
        });
        for (int b = 0; b < profile.barredClasses().size(); b++) {
            RoadNetworkValidator.knownClass(profile.barredClasses().get(b), roadClasses,
                    path + ".barredClasses[" + b + "]", Section.ROAD_PROFILES, findings);
        }
        if (roadClasses != null && !roadClasses.isEmpty() && roadClasses.stream().allMatch(profile.barredClasses()::contains)) {
            findings.add(Section.ROAD_PROFILES, path + ".barredClasses", "The courier type '" + type.id()
                    + "' is barred from every road class " + roadClasses + "; let it use at least one.");
        }
    }
}
