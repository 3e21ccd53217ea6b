package dev.outpost.sim.experiment;

import dev.outpost.model.Budget;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingOptions;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.StationingSolver;
import dev.outpost.stationing.StationingTravel;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;

/** Layouts from the stationing solver, and scenario variants for sweeps. */
public final class Layouts {

    private Layouts() {
    }

    /**
     * The layout of a stationing plan, with the plan's own client-to-outpost assignment.
     *
     * @param plan the stationing plan
     * @param name a label for reports
     * @return the layout of a stationing plan, {@link Layout#assigned} as the plan assigns its clients
     */
    public static Layout of(StationingPlan plan, String name) {
        List<Layout.Post> posts = new ArrayList<>();
        for (StationingPlan.Outpost o : plan.outposts()) {
            List<String> clients = new ArrayList<>();
            for (int c : o.clientIndices()) {
                clients.add(plan.clients().get(c).clientId());
            }
            posts.add(new Layout.Post(o.siteId(), o.couriers(), clients));
        }
        // A plan that assigns no client (an operator's hand-written layout) leaves each client to
        // its nearest outpost, as a layout built in code does.
        boolean assigned = posts.stream().anyMatch(p -> !p.clients().isEmpty());
        return new Layout(name, posts, assigned);
    }

    /**
     * Solves the stationing problem of {@code scenario} (travel of its most numerous courier type at the peak of the service day, as {@code outpost station} by default) with a
     * fixed step count, so the same arguments give the same layout.
     *
     * @param scenario the scenario
     * @param objective the stationing objective
     * @param seed the random seed
     * @param steps the step limit of the search
     * @param tables the scenario's travel tables, one profile per courier type (the simulation's own,
     *               so they are built once)
     * @return the layout of the solved stationing plan
     */
    public static Layout station(Scenario scenario, StationingObjective objective, long seed, int steps,
            TravelTables tables) {
        TravelTimes times = StationingTravel.of(scenario, tables, StationingTravel.mostNumerous(scenario).id(),
                StationingTravel.Basis.PEAK, 0).times();
        StationingProblem problem = StationingProblem.fromScenario(scenario, times, objective);
        StationingPlan plan = StationingSolver.create(StationingOptions.defaults().withSeed(seed).withStepLimit(steps))
                .solve(problem);
        return of(plan, "stationing " + objective.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /**
     * {@code scenario} with at most {@code outposts} outposts in its budget.
     *
     * @param scenario the scenario
     * @param outposts most open outposts
     * @return {@code scenario} with at most {@code outposts} outposts in its budget
     */
    public static Scenario withMaxOutposts(Scenario scenario, int outposts) {
        Budget b = scenario.budget();
        return scenario.withBudget(new Budget(outposts, b.maxCouriers(), b.maxOpeningCost()));
    }

    /**
     * {@code scenario} with every courier type's count scaled by {@code factor} (rounded, at least 1 if it had any).
     * Every other component of each courier type (its road profile and breaks too) and of the scenario is kept;
     * the budget's courier limit, when it has one, grows to the new fleet if needed.
     *
     * @param scenario the scenario
     * @param factor the scale factor of every courier type's count
     * @return {@code scenario} with every courier type's count scaled by {@code factor} (rounded, at least 1 if it had any)
     */
    public static Scenario withFleetScaled(Scenario scenario, double factor) {
        List<CourierType> types = new ArrayList<>();
        int total = 0;
        for (CourierType t : scenario.courierTypes()) {
            int count = t.count() == 0 ? 0 : Math.max(1, (int) Math.round(t.count() * factor));
            total += count;
            types.add(t.withCount(count));
        }
        Budget b = scenario.budget();
        return scenario.toBuilder().courierTypes(types)
                .budget(new Budget(b.maxOutposts(), b.maxCouriers() == null ? null : Math.max(b.maxCouriers(), total),
                        b.maxOpeningCost()))
                .build();
    }
}
