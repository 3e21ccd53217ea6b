package dev.outpost.travel;

import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Reachability of a scenario's points on its built travel tables: every site and client must be
 * reachable from the hub and able to reach it. The problems carry the point's JSON path, like the
 * scenario validation at the edge ({@code io.ScenarioValidator}), which cannot see travel tables.
 */
public final class Reachability {

    private Reachability() {
    }

    /**
     * One problem for each site and client that cannot be reached from the hub or cannot reach it,
     * naming the point and its JSON path. The tables must be in {@link ScenarioPoints} order (the
     * hub first).
     *
     * @param scenario the scenario the tables were built for
     * @param times    tables between {@link ScenarioPoints#of(Scenario)}'s points
     * @return the problems in point order; empty when every point is connected to the hub both ways
     * @throws IllegalArgumentException when the tables' point ids do not match the scenario's points
     */
    public static List<Problem> problems(Scenario scenario, TravelTimes times) {
        ScenarioPoints points = ScenarioPoints.of(scenario);
        if (!times.pointIds().equals(points.ids())) {
            throw new IllegalArgumentException("The travel tables (" + times.size()
                    + " points) were not built for the points of scenario '" + scenario.name() + "' ("
                    + points.size() + " points, hub first, then sites, then clients).");
        }
        List<Problem> problems = new ArrayList<>();
        if (times.isComplete()) {
            return problems;
        }
        int hub = points.hubIndex();
        String hubName = points.describe(hub);
        for (int p = 0; p < points.size(); p++) {
            if (p == hub) {
                continue;
            }
            boolean from = times.reachable(hub, p);
            boolean to = times.reachable(p, hub);
            if (from && to) {
                continue;
            }
            String what = !from && !to ? "cannot be reached from the " + hubName + " and cannot reach it"
                    : !from ? "cannot be reached from the " + hubName
                    : "cannot reach the " + hubName;
            problems.add(new Problem(points.jsonPath(p), "The " + points.describe(p) + " " + what
                    + " (disconnected road piece or one-way trap); move it or fix the network."));
        }
        return problems;
    }
}
