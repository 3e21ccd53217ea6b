package dev.outpost.routing.route;

import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Skill names as bits: the distinct names of a problem, sorted, get bits 0, 1, ...; a name added
 * later (a derived kernel's new pickup or courier) gets the next free bit. At most 64 names.
 */
final class KernelSkills {

    private KernelSkills() {
    }

    /** The distinct skill names of the couriers and pickups, sorted. */
    static List<String> names(List<Courier> couriers, List<Pickup> pickups) {
        Set<String> names = new TreeSet<>();
        couriers.forEach(k -> names.addAll(k.skills()));
        pickups.forEach(p -> names.addAll(p.requiredSkills()));
        requireAtMost64(names.size());
        return List.copyOf(names);
    }

    /** The bits of {@code skills} under {@code names} (every skill must be one of the names). */
    static long bits(List<String> names, Set<String> skills) {
        long bits = 0;
        for (String s : skills) {
            bits |= 1L << names.indexOf(s);
        }
        return bits;
    }

    /** The skill names with those of {@code added} not seen before appended (the next free bits); at most 64. */
    static List<String> withNames(List<String> names, Set<String> added) {
        List<String> out = names;
        for (String s : added) {
            if (!out.contains(s)) {
                out = new ArrayList<>(out);
                out.add(s);
            }
        }
        requireAtMost64(out.size());
        return out == names ? names : List.copyOf(out);
    }

    private static void requireAtMost64(int size) {
        if (size > 64) {
            throw new IllegalArgumentException("The problem uses " + size
                    + " distinct skill names; at most 64 are supported. Merge skills or split the problem.");
        }
    }
}
