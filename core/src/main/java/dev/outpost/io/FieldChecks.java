package dev.outpost.io;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Limits;
import dev.outpost.model.Location;
import dev.outpost.model.TimeWindow;
import java.util.List;

/**
 * The checks of single fields that several records share: locations, signs, windows, blank
 * skills (reported as {@link Findings.Section#VALUES}) and the bounds of {@link Limits}
 * ({@link Findings.Section#LIMITS}). Each names the field by its JSON path.
 */
final class FieldChecks {

    private FieldChecks() {
    }

    /** A location is present and finite; geographic coordinates lie on the globe. */
    static void location(Location location, String path, CoordinateSystem cs, Findings findings) {
        if (location == null) {
            findings.problem(path, "The location is missing (null).");
            return;
        }
        if (cs == CoordinateSystem.PLANAR) {
            finite(location.x(), path + ".x", "x coordinate", findings);
            finite(location.y(), path + ".y", "y coordinate", findings);
            return;
        }
        if (finite(location.latitude(), path + ".lat", "latitude", findings)
                && Math.abs(location.latitude()) > 90) {
            findings.problem(path + ".lat", "The latitude (" + OutpostJson.number(location.latitude())
                    + ") is outside -90..90; check that latitude and longitude are not swapped.");
        }
        if (finite(location.longitude(), path + ".lon", "longitude", findings)
                && Math.abs(location.longitude()) > 180) {
            findings.problem(path + ".lon", "The longitude (" + OutpostJson.number(location.longitude())
                    + ") is outside -180..180.");
        }
    }

    /** Whether {@code value} is finite (else reported). */
    static boolean finite(double value, String path, String what, Findings findings) {
        if (Double.isFinite(value)) {
            return true;
        }
        findings.problem(path, "The " + what + " (" + OutpostJson.number(value) + ") is not a finite number.");
        return false;
    }

    /** A present value is finite and not negative ({@code null}: not given, nothing to check). */
    static void nonNegative(Number value, String path, String what, Findings findings) {
        if (value == null) {
            return;
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v)) {
            findings.problem(path, "The " + what + " (" + OutpostJson.number(v) + ") is not a finite number.");
        } else if (v < 0) {
            String text = value instanceof Double ? OutpostJson.number(v) : value.toString();
            findings.problem(path, "The " + what + " (" + text + ") must not be negative.");
        }
    }

    /** Whether a window built in code lies within 00:00..24:00 (windows read from JSON always do). */
    static boolean withinDay(TimeWindow window, String path, Findings findings) {
        if (window == null) {
            findings.problem(path, "The window is missing (null).");
            return false;
        }
        if (window.startSeconds() < 0 || window.endSeconds() > Times.DAY_SECONDS) {
            findings.problem(path, "The window (" + window.startSeconds() + ".." + window.endSeconds()
                    + " s) must lie within 00:00..24:00 (0.." + Times.DAY_SECONDS + " s).");
            return false;
        }
        return true;
    }

    /** No skill is blank. */
    static void blankSkills(List<String> skills, String path, Findings findings) {
        for (int k = 0; k < skills.size(); k++) {
            if (skills.get(k).isBlank()) {
                findings.problem(path + "[" + k + "]", "The skill (\"" + skills.get(k)
                        + "\") is blank; name the skill or remove it.");
            }
        }
    }

    /** A window as {@code HH:MM-HH:MM}. */
    static String range(TimeWindow window) {
        return Times.format(window.startSeconds()) + "-" + Times.format(window.endSeconds());
    }

    // ---- Bounds (Limits): every value small enough that no sum can overflow. ----

    /** A duration of at most a day, reported in minutes. */
    static void minutesAtMost(int seconds, String path, String what, Findings findings) {
        if (seconds > Limits.MAX_DURATION_SECONDS) {
            findings.limit(path, "The " + what + " (" + OutpostJson.number(seconds / 60.0)
                    + " minutes) is longer than a day (" + Limits.MAX_DURATION_SECONDS / 60 + " minutes); give at most "
                    + Limits.MAX_DURATION_SECONDS / 60 + ".");
        }
    }

    /** A finite value at most {@code max} (values not finite are reported as {@link Findings.Section#VALUES}). */
    static void atMost(double value, double max, String path, String what, Findings findings) {
        if (Double.isFinite(value) && value > max) {
            findings.limit(path, "The " + what + " (" + show(value) + ") is above the largest "
                    + "accepted value (" + show(max) + "); check the unit or give a real value.");
        }
    }

    /** A whole value at most {@code max}. */
    static void atMost(long value, long max, String path, String what, Findings findings) {
        if (value > max) {
            findings.limit(path, "The " + what + " (" + value + ") is above the largest accepted value ("
                    + max + "); check the unit or give a real value.");
        }
    }

    /** Positive values below {@code min} (zero and negatives are reported as {@link Findings.Section#VALUES}). */
    static void atLeast(double value, double min, String path, String what, Findings findings) {
        if (Double.isFinite(value) && value > 0 && value < min) {
            findings.limit(path, "The " + what + " (" + show(value) + ") is below the smallest accepted value ("
                    + show(min) + "); check the unit or give a real value.");
        }
    }

    /** A number as JSON would write it, but in exponent form when it is huge (1.0E300, not 301 digits). */
    static String show(double value) {
        return Math.abs(value) >= 1e15 || (value != 0 && Math.abs(value) < 1e-6) ? Double.toString(value)
                : OutpostJson.number(value);
    }
}
