package dev.outpost.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** "Did you mean" hints for misspelt field and column names, by edit distance. */
final class Hints {

    /** Common spellings that are far from ours by edit distance. */
    private static final Map<String, String> ALIASES = Map.of(
            "latitude", "lat", "longitude", "lon", "lng", "lon", "long", "lon");

    private Hints() {
    }

    /**
     * The known name closest to {@code unknown}, if close enough to be a likely typo: an edit
     * distance (Levenshtein, case-insensitive, ignoring {@code _} and {@code -}) of at most 2, or
     * at most a third of the name's length for long names, and at most 1 for names of up to 3
     * letters; or a common alias ({@code latitude}, {@code longitude}, {@code lng}). Ties go to the
     * earlier known name.
     *
     * @return the suggestion, or {@code null} when nothing is close
     */
    static String closest(String unknown, Collection<String> known) {
        String target = normalise(unknown);
        String alias = ALIASES.get(target);
        if (alias != null && known.contains(alias)) {
            return alias;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(target, normalise(candidate));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        // Very short names are all within 2 edits of each other; only allow one edit there.
        int allowed = target.length() <= 3 ? 1 : Math.max(2, target.length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /** The reason text for an unknown name, with a hint or the list of known names. */
    static String unknown(String what, String name, Collection<String> known) {
        String hint = closest(name, known);
        if (hint != null) {
            return "The " + what + " '" + name + "' is unknown; did you mean '" + hint + "'?";
        }
        return "The " + what + " '" + name + "' is unknown; expected one of: " + String.join(", ", known) + ".";
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
