package dev.outpost.travel;

import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every point of a scenario with a dense {@code int} index, the index used by {@link TravelTimes}
 * and by the solvers' flat arrays.
 *
 * <p>Order (fixed, relied upon): the hub is index 0; then the sites in scenario order (index
 * {@code 1 + s}); then the clients in scenario order (index {@code 1 + siteCount + c}). Closed sites
 * keep their index, so positions never depend on site status.
 *
 * <p>Ids are unique in a validated scenario; built for an unvalidated one, {@link #indexOf} returns
 * the first point with the id.
 */
public final class ScenarioPoints {

    private final List<String> ids;
    private final List<Location> locations;
    private final int siteCount;
    private final int clientCount;
    private final Map<String, Integer> indexById;

    private ScenarioPoints(List<String> ids, List<Location> locations, int siteCount, int clientCount) {
        this.ids = List.copyOf(ids);
        this.locations = List.copyOf(locations);
        this.siteCount = siteCount;
        this.clientCount = clientCount;
        this.indexById = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            indexById.putIfAbsent(ids.get(i), i);
        }
    }

    /**
     * The points of {@code scenario}: hub, sites, clients.
     *
     * @param scenario the scenario
     * @return the points of {@code scenario}: hub, sites, clients
     */
    public static ScenarioPoints of(Scenario scenario) {
        List<String> ids = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        ids.add(scenario.hub().id());
        locations.add(scenario.hub().location());
        scenario.sites().forEach(site -> {
            ids.add(site.id());
            locations.add(site.location());
        });
        scenario.clients().forEach(client -> {
            ids.add(client.id());
            locations.add(client.location());
        });
        return new ScenarioPoints(ids, locations, scenario.sites().size(), scenario.clients().size());
    }

    /**
     * Number of points: 1 + sites + clients.
     *
     * @return the number of points: 1 + sites + clients
     */
    public int size() {
        return ids.size();
    }

    /**
     * Ids in index order (unmodifiable).
     *
     * @return ids in index order (unmodifiable)
     */
    public List<String> ids() {
        return ids;
    }

    /**
     * Locations in index order (unmodifiable).
     *
     * @return locations in index order (unmodifiable)
     */
    public List<Location> locations() {
        return locations;
    }

    /**
     * Id of point {@code index}.
     *
     * @param index the point index
     * @return id of point {@code index}
     */
    public String id(int index) {
        return ids.get(index);
    }

    /**
     * Location of point {@code index}.
     *
     * @param index the point index
     * @return location of point {@code index}
     */
    public Location location(int index) {
        return locations.get(index);
    }

    /**
     * Index of the hub: always 0.
     *
     * @return index of the hub: always 0
     */
    public int hubIndex() {
        return 0;
    }

    /**
     * Number of sites.
     *
     * @return the number of sites
     */
    public int siteCount() {
        return siteCount;
    }

    /**
     * Number of clients.
     *
     * @return the number of clients
     */
    public int clientCount() {
        return clientCount;
    }

    /**
     * Point index of the site at position {@code site} of {@link Scenario#sites()}.
     *
     * @param site the position in {@link Scenario#sites()}
     * @return point index of the site at position {@code site} of {@link Scenario#sites()}
     */
    public int siteIndex(int site) {
        return 1 + site;
    }

    /**
     * Point index of the client at position {@code client} of {@link Scenario#clients()}.
     *
     * @param client the position in {@link Scenario#clients()}
     * @return point index of the client at position {@code client} of {@link Scenario#clients()}
     */
    public int clientIndex(int client) {
        return 1 + siteCount + client;
    }

    /**
     * Point index of {@code id}, or -1 when no point has it. Build-time use only (a map lookup).
     *
     * @param id a point id
     * @return point index of {@code id}, or -1 when no point has it
     */
    public int indexOf(String id) {
        Integer index = indexById.get(id);
        return index == null ? -1 : index;
    }

    /**
     * The JSON path of point {@code index}: {@code $.hub}, {@code $.sites[s]} or {@code $.clients[c]}.
     *
     * @param index the point index
     * @return the JSON path of point {@code index}: {@code $.hub}, {@code $.sites[s]} or {@code $.clients[c]}
     */
    public String jsonPath(int index) {
        if (index == 0) {
            return "$.hub";
        }
        return index <= siteCount ? "$.sites[" + (index - 1) + "]" : "$.clients[" + (index - 1 - siteCount) + "]";
    }

    /**
     * A description for messages: {@code hub 'h'}, {@code site 's1'} or {@code client 'c7'}.
     *
     * @param index the point index
     * @return a description for messages: {@code hub 'h'}, {@code site 's1'} or {@code client 'c7'}
     */
    public String describe(int index) {
        String kind = index == 0 ? "hub" : index <= siteCount ? "site" : "client";
        return kind + " '" + ids.get(index) + "'";
    }

    /**
     * The tables of {@code model} between all points, in index order.
     *
     * @param model the travel model
     * @return the tables of {@code model} between all points, in index order
     */
    public TravelTimes table(TravelModel model) {
        return model.table(ids, locations);
    }
}
