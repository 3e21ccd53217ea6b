package dev.outpost.model;

import java.util.Objects;

/**
 * One problem found while reading or validating a scenario.
 *
 * @param path   where: a JSON path such as {@code $.clients[3].window.end}, or a CSV position such
 *               as {@code clients.csv line 7, column 'pickups_per_day'}; never {@code null}
 * @param reason what is wrong and how to fix it, in the idiom "The x (value) ..."; never {@code null}
 */
public record Problem(String path, String reason) {

    /**
     * Rejects a null {@code path} or {@code reason}.
     *
     * @param path   where: a JSON path such as {@code $.clients[3].window.end}, or a CSV position such
     *       as {@code clients.csv line 7, column 'pickups_per_day'}; never {@code null}
     * @param reason what is wrong and how to fix it, in the idiom "The x (value) ..."; never {@code null}
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * {@code path: reason}, the form printed to the user, on one line: a line feed, carriage return
     * or tab inside it (from an id or a CSV cell) is shown as &#92;u000a, &#92;u000d or
     * &#92;u0009, so that a value cannot forge a line of output of its own.
     */
    @Override
    public String toString() {
        return oneLine(path) + ": " + oneLine(reason);
    }

    private static String oneLine(String text) {
        return text.replace("\n", "\\u000a").replace("\r", "\\u000d").replace("\t", "\\u0009");
    }
}
