package dev.outpost.io;

import dev.outpost.model.Problem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the per-record validators find while each walks its record once, kept by section so that
 * the problems of a scenario are listed in their long-standing order: first every value, shape and
 * reference problem of the whole scenario (ids, horizon, hub, budget, courier types, sites,
 * clients, travel), then every value beyond {@link dev.outpost.model.Limits}, then the road
 * profiles, the congestion and the inline road classes. Within a section, problems keep the order
 * in which they were found.
 */
final class Findings {

    /** The sections, in the order the problems are listed. */
    enum Section {
        /** Missing parts, signs, shapes, windows, ids and references. */
        VALUES,
        /** Values too large (or too small) for {@link dev.outpost.model.Limits}, so no sum can overflow. */
        LIMITS,
        /** The courier types' road profiles: factors and the road classes they name. */
        ROAD_PROFILES,
        /** The road network's congestion: slices, factors and the road classes they name. */
        CONGESTION,
        /** The road classes of the inline road edges. */
        ROAD_CLASSES
    }

    private final Map<Section, List<Problem>> found = new EnumMap<>(Section.class);

    /** Adds a problem to a section. */
    void add(Section section, String path, String reason) {
        found.computeIfAbsent(section, s -> new ArrayList<>()).add(new Problem(path, reason));
    }

    /** Adds a value, shape or reference problem ({@link Section#VALUES}). */
    void problem(String path, String reason) {
        add(Section.VALUES, path, reason);
    }

    /** Adds a problem of a value beyond its limit ({@link Section#LIMITS}). */
    void limit(String path, String reason) {
        add(Section.LIMITS, path, reason);
    }

    /** Every problem found, section by section. */
    List<Problem> inOrder() {
        List<Problem> all = new ArrayList<>();
        found.values().forEach(all::addAll);
        return all;
    }
}
