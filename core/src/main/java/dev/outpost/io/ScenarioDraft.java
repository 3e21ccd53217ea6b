package dev.outpost.io;

import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Horizon;
import dev.outpost.model.Hub;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.TravelSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario as far as it could be read: any part (a whole list, and any element of a list) is
 * {@code null} when it could not be read, so the semantic checks can still run on the rest.
 *
 * @param ids            every id of the shared point id space (hub, sites, clients) with its JSON path
 * @param courierTypeIds every courier type id with its JSON path
 * @param idsComplete    whether every hub, site and client id could be read (so an id that is not
 *                       in {@code ids} is truly unknown)
 */
record ScenarioDraft(
        String name,
        CoordinateSystem coordinates,
        List<Client> clients,
        List<Site> sites,
        List<CourierType> courierTypes,
        Hub hub,
        Horizon horizon,
        Budget budget,
        TravelSpec travel,
        List<IdAt> ids,
        List<IdAt> courierTypeIds,
        boolean idsComplete) {

    /** An id as written, and where. */
    record IdAt(String id, String path) {
    }

    /** The draft of a complete scenario (every part present). */
    static ScenarioDraft of(Scenario s) {
        List<IdAt> ids = new ArrayList<>();
        if (s.hub() != null) {
            ids.add(new IdAt(s.hub().id(), "$.hub.id"));
        }
        for (int i = 0; i < s.sites().size(); i++) {
            ids.add(new IdAt(s.sites().get(i).id(), "$.sites[" + i + "].id"));
        }
        for (int i = 0; i < s.clients().size(); i++) {
            ids.add(new IdAt(s.clients().get(i).id(), "$.clients[" + i + "].id"));
        }
        List<IdAt> typeIds = new ArrayList<>();
        for (int i = 0; i < s.courierTypes().size(); i++) {
            typeIds.add(new IdAt(s.courierTypes().get(i).id(), "$.courierTypes[" + i + "].id"));
        }
        return new ScenarioDraft(s.name(), s.coordinates(), s.clients(), s.sites(), s.courierTypes(), s.hub(),
                s.horizon(), s.budget(), s.travel(), ids, typeIds, true);
    }

    /** Whether every part could be read, so a {@link Scenario} can be built. */
    boolean complete() {
        return name != null && coordinates != null && hub != null && horizon != null && budget != null
                && travel != null && noNulls(clients) && noNulls(sites) && noNulls(courierTypes);
    }

    private static boolean noNulls(List<?> list) {
        if (list == null) {
            return false;
        }
        for (Object element : list) {
            if (element == null) {
                return false;
            }
        }
        return true;
    }

    Scenario toScenario() {
        return new Scenario(name, coordinates, clients, sites, courierTypes, hub, horizon, budget, travel);
    }
}
