package dev.outpost.io;

import dev.outpost.io.ScenarioDraft.IdAt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ids across records: non-blank and unique in their id space. */
final class IdValidator {

    private IdValidator() {
    }

    /**
     * The shared point ids (hub, sites, clients), then the courier type ids.
     *
     * @param ids            the point ids with their paths
     * @param courierTypeIds the courier type ids with their paths
     */
    static void check(List<IdAt> ids, List<IdAt> courierTypeIds, Findings findings) {
        unique(ids, "The id '%s' is already used at %s; ids must be unique across the hub, sites and clients.",
                findings);
        unique(courierTypeIds, "The courier type id '%s' is already used at %s; courier type ids must be unique.",
                findings);
    }

    private static void unique(List<IdAt> ids, String duplicateFormat, Findings findings) {
        Map<String, String> firstPath = new HashMap<>();
        for (IdAt id : ids) {
            if (id.id() == null || id.id().isBlank()) {
                findings.problem(id.path(), "The id (\"" + (id.id() == null ? "" : id.id())
                        + "\") is blank; give a unique, non-blank id.");
                continue;
            }
            String first = firstPath.putIfAbsent(id.id(), id.path());
            if (first != null) {
                findings.problem(id.path(), String.format(duplicateFormat, id.id(), first));
            }
        }
    }
}
