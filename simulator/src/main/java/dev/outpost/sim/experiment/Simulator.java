package dev.outpost.sim.experiment;

import java.util.function.IntFunction;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.sim.demand.Request;
import dev.outpost.sim.engine.EventListener;
import dev.outpost.sim.engine.RandomStreams;
import dev.outpost.sim.fleet.Day;
import dev.outpost.sim.fleet.DispatchPolicy;
import dev.outpost.sim.fleet.LegTimes;
import dev.outpost.sim.fleet.TableLegTimes;
import dev.outpost.sim.fleet.TimeOfDayLegTimes;
import dev.outpost.sim.kpi.KpiCollector;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.policy.DispatchPolicies;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A set-up made ready to simulate: travel tables per courier type, couriers' homes, outpost
 * points and each client's outpost ({@link ClientOutposts}: the layout's own assignment when it
 * has one, as a stationing plan does), computed once. Immutable and thread-safe: {@link #day} may run
 * on many threads at once, each day on one.
 */
public final class Simulator {

    private final SimSetup setup;
    private final LegTimes legs;
    private final int[] homes;
    private final int[] posts;
    private final String[] clientOutpost;
    private final List<String> outpostIds;

    /**
     * Prepares {@code setup}: each courier type drives on its own profile's time-of-day tables
     * ({@link TravelModels#tables}, read through {@link TimeOfDayLegTimes}), so a road scenario with
     * congestion is slower at its peaks; a scenario without profiles or congestion gives today's
     * static tables exactly.
     *
     * @param baseDir folder against which road network files resolve, or null
     * @param setup the set-up
     * @return the prepared simulator
     */
    public static Simulator prepare(SimSetup setup, Path baseDir) {
        Scenario scenario = setup.scenario();
        if (scenario.courierTypes().isEmpty()) {
            return new Simulator(setup, new TableLegTimes(List.of()));
        }
        ScenarioPoints points = ScenarioPoints.of(scenario);
        TravelTables tables = TravelModels.tables(scenario, baseDir, points.ids(), points.locations());
        return new Simulator(setup, new TimeOfDayLegTimes(tables));
    }

    /**
     * Prepares {@code setup} on given leg times (tests, benchmarks).
     *
     * @param setup the set-up
     * @param legs the leg times to use
     */
    public Simulator(SimSetup setup, LegTimes legs) {
        this.setup = setup;
        this.legs = legs;
        Scenario scenario = setup.scenario();
        ScenarioPoints points = ScenarioPoints.of(scenario);
        int fleetSize = scenario.courierTypes().stream().mapToInt(CourierType::count).sum();
        homes = new int[fleetSize];
        Arrays.fill(homes, points.hubIndex());
        int next = 0;
        for (Layout.Post p : setup.layout().outposts()) {
            int point = points.indexOf(p.siteId());
            for (int i = 0; i < p.couriers() && next < fleetSize; i++) {
                homes[next++] = point;
            }
        }
        ClientOutposts assignment = ClientOutposts.of(scenario, setup.layout(), legs);
        posts = assignment.points();
        outpostIds = assignment.ids();
        clientOutpost = assignment.idsByClient();
    }

    /** {@return the leg times in use (shareable with other set-ups of the same scenario)} */
    public LegTimes legs() {
        return legs;
    }

    /** {@return the set-up} */
    public SimSetup setup() {
        return setup;
    }

    /**
     * A fresh collector for this set-up's groups.
     *
     * @return a fresh collector for this set-up's groups
     */
    public KpiCollector collector() {
        List<String> classes = Arrays.stream(ClientKind.values()).map(Enum::name).toList();
        java.util.Map<String, String> clientLevels = new java.util.HashMap<>();
        java.util.EnumSet<dev.outpost.model.AdminLevel> present = java.util.EnumSet.noneOf(dev.outpost.model.AdminLevel.class);
        for (dev.outpost.model.Client c : setup.scenario().clients()) {
            if (c.level() != null) {
                clientLevels.put(c.id(), c.level().label());
                present.add(c.level());
            }
        }
        List<String> levels = present.stream().map(dev.outpost.model.AdminLevel::label).toList();
        return new KpiCollector(setup.scenario().hub().cutoffSeconds(), classes, levels, clientLevels,
                outpostIds.stream().distinct().toList());
    }

    /**
     * Simulates replication {@code replication} of {@code seed}, one day; extra listeners see every event.
     *
     * @param seed the experiment's seed
     * @param replication the replication number, from 0
     * @param listeners extra listeners that see every event
     * @return the day's KPIs
     */
    public RunKpis day(long seed, int replication, EventListener... listeners) {
        return replication(seed, replication, 1, listeners);
    }

    /**
     * Simulates replication {@code replication} of {@code seed} as {@code days} independent days
     * (day {@code d} draws from {@code RandomStreams(seed, replication * days + d)}); the KPIs cover
     * all its days. Extra listeners see every event.
     *
     * @param seed the experiment's seed
     * @param replication the replication number, from 0
     * @param days the number of days
     * @param listeners extra listeners that see every event
     * @return the KPIs over all its days
     */
    public RunKpis replication(long seed, int replication, int days, EventListener... listeners) {
        if (days < 1) {
            throw new IllegalArgumentException("The days (" + days + ") must be at least 1.");
        }
        KpiCollector collector = collector();
        for (int d = 0; d < days; d++) {
            runDay(new RandomStreams(seed, replication * days + d), collector, listeners);
        }
        return collector.kpis();
    }

    /**
     * Like {@link #replication(long, int, int, EventListener...)}, with a listener of its own for each
     * day: {@code dayListener} is asked for day {@code d}'s listener (from 0) before the day runs.
     *
     * @param seed the experiment's seed
     * @param replication the replication number, from 0
     * @param days the number of days
     * @param dayListener gives each day's extra listener
     * @return the KPIs over all its days
     */
    public RunKpis replicationByDay(long seed, int replication, int days, IntFunction<EventListener> dayListener) {
        if (days < 1) {
            throw new IllegalArgumentException("The days (" + days + ") must be at least 1.");
        }
        KpiCollector collector = collector();
        for (int d = 0; d < days; d++) {
            runDay(new RandomStreams(seed, replication * days + d), collector, dayListener.apply(d));
        }
        return collector.kpis();
    }

    /**
     * Like {@link #replication(long, int, int, EventListener...)}, with the dispatch policy of each
     * day given instead of the set-up's fresh one: {@code policyOfDay} is asked for day {@code d}'s
     * policy (from 0) before the day runs (for a policy that writes a log of its day).
     *
     * @param seed        the experiment's seed
     * @param replication the replication number, from 0
     * @param days        the number of days
     * @param policyOfDay gives each day's dispatch policy
     * @return the KPIs over all its days
     */
    public RunKpis replicationWithPolicies(long seed, int replication, int days, IntFunction<DispatchPolicy> policyOfDay) {
        if (days < 1) {
            throw new IllegalArgumentException("The days (" + days + ") must be at least 1.");
        }
        KpiCollector collector = collector();
        for (int d = 0; d < days; d++) {
            runDay(new RandomStreams(seed, replication * days + d), collector, policyOfDay.apply(d));
        }
        return collector.kpis();
    }

    /**
     * Runs one day with {@code random}, its events going to the collector and the listeners; returns the events handled.
     *
     * @param random the day's random streams
     * @param collector the KPI collector that sees every event
     * @param listeners extra listeners that see every event
     * @return the number of events handled
     */
    public long runDay(RandomStreams random, KpiCollector collector, EventListener... listeners) {
        return runDay(random, collector, DispatchPolicies.dispatch(setup.dispatch()).get(), listeners);
    }

    private long runDay(RandomStreams random, KpiCollector collector, DispatchPolicy policy, EventListener... listeners) {
        List<Request> requests = setup.demandSource().requests(setup.scenario(), random);
        Day day = new Day(setup.scenario(), legs, setup.fleet(), policy,
                DispatchPolicies.relocation(setup.relocation(), setup.scenario(), setup.fleet().growth()).get(),
                random, homes, clientOutpost, posts);
        day.listen(collector);
        for (EventListener l : listeners) {
            day.listen(l);
        }
        day.run(requests);
        return day.processed();
    }
}
