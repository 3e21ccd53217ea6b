package dev.outpost.sim.province;

import dev.outpost.check.StationingChecker;
import dev.outpost.io.ScenarioIo;
import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.sim.engine.EventListener;
import dev.outpost.sim.engine.SimEvent;
import dev.outpost.sim.experiment.Estimate;
import dev.outpost.sim.experiment.KpiTable;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.Replications;
import dev.outpost.sim.experiment.Layouts;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.experiment.StationingRefiner;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.fleet.LegTimes;
import dev.outpost.sim.fleet.TimeOfDayLegTimes;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.policy.DispatchPolicies;
import dev.outpost.sim.report.CurrentLayout;
import dev.outpost.sim.report.SetupRun;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingOptions;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.StationingSolver;
import dev.outpost.stationing.StationingTravel;
import dev.outpost.travel.TravelTables;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The province job: for every unit of a {@link ProvinceFile}, what {@code demo} runs on one town
 * (stationing, today's practice against the optimised set-up on the same simulated days), split
 * into pure, serialisable tasks so that any engine can run them: the local engine here
 * ({@link #runLocal}, a thread pool; {@code outpost province}) or a cluster (the {@code cluster}
 * module runs the same tasks on Apache Spark).
 *
 * <h2>Task API (the contract every engine keeps)</h2>
 *
 * <ol>
 * <li>{@link #plan(ProvinceFile, ProvinceOptions)} gives stage 1: one {@link UnitTask} per unit, file
 *     order. The province file is read on the driver ({@link ProvinceFile#read}); each unit's scenario
 *     text travels inside its task.</li>
 * <li>{@link #station(UnitTask)} runs a unit's stage 1 (scenario read and checked, travel tables, the
 *     stationing plan, the relocation chosen on pilot days, the plan refined) and returns a
 *     {@link UnitSetup}: the layouts and policies, or the reason the unit failed (naming the unit and
 *     its file). A failed unit is not an exception: the other units go on.</li>
 * <li>{@link #days(ProvinceOptions, ProvinceUnit, UnitSetup)} gives that unit's stage 2: one
 *     {@link DayTask} per (set-up, replication), 2 &times; {@code replications} tasks (none for a failed
 *     unit).</li>
 * <li>{@link #day(DayTask)} simulates one day and returns a {@link DayResult} (the day's KPIs, the
 *     requests per service centre and those within target).</li>
 * <li>{@link #aggregate(ProvinceFile, ProvinceOptions, Collection)} takes every {@link TaskResult}
 *     in any order, sorts them by (unit, set-up, replication) and gives the {@link ProvinceResults};
 *     it refuses a missing or duplicated result.</li>
 * <li>{@link ProvinceOutputs#write(ProvinceResults, Path, boolean)} writes every output file from
 *     the results alone.</li>
 * </ol>
 *
 * <p>Every task and result is an immutable {@link java.io.Serializable} value, and {@link #run} of a
 * task is a pure function of the task: the same task gives an equal result on any machine, thread or
 * order (each day draws from {@code RandomStreams(seed, replication)}, as {@code demo}'s days). So
 * the output files depend on the province file and the options only, never on the engine, the
 * thread count or the order tasks finish in. Within a JVM, tasks of the same unit share the unit's
 * scenario and travel tables through a cache bounded by the scenario texts' length (a deterministic
 * memo: it changes speed only), so a unit is prepared once per JVM; the aggregation reads a scenario
 * alone when its JVM ran none of the unit's tasks.
 * Scenarios that name a road network file need that file at the same path where the tasks run.
 */
public final class ProvinceJob {

    /** The name of today's practice in the outputs, as {@code demo}'s. */
    public static final String TODAY = "today's practice";
    /** The name of the optimised set-up in the outputs, as {@code demo}'s. */
    public static final String OPTIMISED = "optimised";

    /**
     * The prepared units a JVM keeps: bounded by their scenario texts' length in all (a unit's travel
     * tables and road network grow with its text), so that every unit of a province of a few hundred
     * towns is prepared once per JVM (stage 1, its days and the aggregation reuse it) instead of once
     * per stage, while a province of large cities keeps only its latest units; the latest unit is
     * always kept.
     */
    static final long CACHE_CHARS = 32L << 20;
    private static final Map<PreparedKey, CompletableFuture<Prepared>> PREPARED = new LinkedHashMap<>(16, 0.75f, true);
    private static long cachedChars;

    private ProvinceJob() {
    }

    /**
     * Stage 1's tasks: one per unit, file order.
     *
     * @param province the province
     * @param options  the options
     * @return the tasks
     */
    public static List<UnitTask> plan(ProvinceFile province, ProvinceOptions options) {
        List<UnitTask> tasks = new ArrayList<>();
        for (ProvinceUnit unit : province.units()) {
            tasks.add(new UnitTask(unit, options));
        }
        return tasks;
    }

    /**
     * Stage 2's tasks of one unit: today's practice then the optimised set-up, each replication
     * 0..R-1; none for a failed unit.
     *
     * @param options the options
     * @param unit    the unit
     * @param setup   its stage-1 result
     * @return the tasks
     */
    public static List<DayTask> days(ProvinceOptions options, ProvinceUnit unit, UnitSetup setup) {
        if (setup.failed()) {
            return List.of();
        }
        List<DayTask> tasks = new ArrayList<>(2 * options.replications());
        for (int arm = DayTask.TODAY; arm <= DayTask.OPTIMISED; arm++) {
            for (int r = 0; r < options.replications(); r++) {
                tasks.add(new DayTask(unit, setup, arm, r, options));
            }
        }
        return tasks;
    }

    /**
     * Stage 2's tasks of every unit, unit order.
     *
     * @param province the province
     * @param options  the options
     * @param setups   the stage-1 results, any order
     * @return the tasks
     */
    public static List<DayTask> days(ProvinceFile province, ProvinceOptions options, Collection<UnitSetup> setups) {
        List<UnitSetup> sorted = new ArrayList<>(setups);
        sorted.sort(Comparator.comparingInt(UnitSetup::unitIndex));
        List<DayTask> tasks = new ArrayList<>();
        for (UnitSetup s : sorted) {
            tasks.addAll(days(options, province.units().get(s.unitIndex()), s));
        }
        return tasks;
    }

    /**
     * Runs any task.
     *
     * @param task a task
     * @return its result
     */
    public static TaskResult run(ProvinceTask task) {
        if (task instanceof UnitTask u) {
            return station(u);
        }
        return day((DayTask) task);
    }

    /**
     * Stage 1 of one unit, on one thread.
     *
     * @param task the unit's task
     * @return its set-ups, or why it failed
     */
    public static UnitSetup station(UnitTask task) {
        return station(task, 1);
    }

    /**
     * Stage 1 of one unit, its pilot days on up to {@code threads} threads (the result does not
     * depend on it): as {@code demo}, the stationing plan ({@code steps}, {@code seed}, expected
     * response on the most numerous courier type's peak table), the relocation with the lowest mean
     * response on the pilot days, the plan refined among {@code refine} candidates on the same days.
     *
     * @param task    the unit's task
     * @param threads threads for the pilot days, at least 1
     * @return its set-ups, or why it failed
     */
    public static UnitSetup station(UnitTask task, int threads) {
        try {
            return stationChecked(task, threads);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // A unit the planning cannot take (a limit of the solver, a scenario the checks let through)
            // fails alone: the other units run and are written.
            return UnitSetup.failed(task.unit(), task.unit().label() + ": " + e.getMessage());
        }
    }

    private static UnitSetup stationChecked(UnitTask task, int threads) {
        ProvinceUnit unit = task.unit();
        ProvinceOptions options = task.options();
        if (unit.problem() != null) {
            return UnitSetup.failed(unit, unit.label() + ": " + unit.problem());
        }
        Prepared prepared;
        try {
            prepared = prepare(unit);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return UnitSetup.failed(unit, unit.label() + ": " + e.getMessage());
        }
        Scenario scenario = prepared.scenario();
        int couriers = scenario.courierTypes().stream().mapToInt(CourierType::count).sum();
        if (couriers == 0) {
            return UnitSetup.failed(unit, unit.label() + ": the scenario (" + scenario.name() + ") has no couriers;"
                    + " add a courier type with a count of at least 1.");
        }
        CurrentLayout fromScenario = CurrentLayout.ofScenario(scenario);
        CurrentLayout current = fromScenario != null ? fromScenario : CurrentLayout.hub();
        StationingTravel travel = StationingTravel.of(scenario, prepared.tables(),
                StationingTravel.mostNumerous(scenario).id(), StationingTravel.Basis.PEAK, 0);
        StationingProblem problem = StationingProblem.fromScenario(scenario, travel.times(),
                StationingObjective.EXPECTED_RESPONSE);
        String nothing = ProvinceIo.get().nothingToStation(scenario, problem);
        if (nothing != null) {
            return UnitSetup.failed(unit, unit.label() + ": " + nothing);
        }
        StationingPlan plan = StationingSolver.create(StationingOptions.defaults().withSeed(options.seed())
                .withStepLimit(options.steps())).solve(problem);
        StationingChecker.StationingCheck check = StationingChecker.check(problem, plan);
        if (!check.agreesWith(plan)) {
            return UnitSetup.failed(unit, unit.label() + ": the checker disagrees with the solver (checker value "
                    + check.objectiveValue() + ", solver value " + plan.objectiveValue() + "); this is a solver bug,"
                    + " please report it.");
        }
        Layout layout = Layouts.of(plan, "stationing plan");
        FleetOptions fleet = options.fleet();
        LegTimes legs = prepared.legs();
        List<UnitSetup.PilotRow> pilotRows = new ArrayList<>();
        String relocation = "stay";
        if (options.pilot() > 0) {
            double best = Double.POSITIVE_INFINITY;
            for (String candidate : DispatchPolicies.RELOCATION) {
                SimSetup setup = new SimSetup(scenario, layout, options.dispatch(), candidate, fleet, null);
                SetupRun run = SetupRun.simulate(candidate, new Simulator(setup, legs), options.pilotSeed(),
                        options.pilot(), threads, null);
                KpiTable table = KpiTable.of(run.runs());
                Estimate mean = table.row("all", "responseMean").estimate();
                Estimate within = table.row("all", "withinTarget").estimate();
                pilotRows.add(new UnitSetup.PilotRow(candidate, mean.mean(), mean.halfWidth(), within.mean(),
                        within.halfWidth()));
                if (mean.mean() < best) {
                    best = mean.mean();
                    relocation = candidate;
                }
            }
        }
        String refineKept = null;
        int refineCandidates = 0;
        if (options.effectiveRefine() > 1 && check.feasible()) {
            StationingRefiner.Result refined = StationingRefiner.refine(problem, plan, options.effectiveRefine(),
                    new SimSetup(scenario, layout, options.dispatch(), relocation, fleet, null), legs,
                    options.pilotSeed(), options.pilot(), threads, null);
            refineKept = refined.candidates().get(refined.chosen()).origin();
            refineCandidates = refined.candidates().size();
            if (!refined.keptAnalytic()) {
                plan = refined.plan();
                check = StationingChecker.check(problem, plan);
                layout = Layouts.of(plan, "refined stationing plan");
            }
        }
        return new UnitSetup(unit.index(), unit.name(), null, UnitSetup.LayoutValue.of(current.layout()),
                current.describe(), current.notes(), UnitSetup.LayoutValue.of(layout), relocation, couriers,
                check.feasible(), problem.formatObjective(check.objectiveValue()), check.violations(), pilotRows,
                refineKept, refineCandidates);
    }

    /**
     * Stage 2: one simulated day of one set-up of one unit.
     *
     * @param task the day's task
     * @return the day's figures
     * @throws IllegalArgumentException when the unit's scenario cannot be read (it was read at stage 1)
     */
    public static DayResult day(DayTask task) {
        Prepared prepared = prepare(task.unit());
        SimSetup setup = setup(prepared.scenario(), task.setup(), task.arm(), task.options());
        Simulator simulator = prepared.simulator(task.arm(), setup);
        CentreTally tally = new CentreTally(prepared.scenario());
        RunKpis kpis = simulator.day(task.options().seed(), task.replication(), tally);
        return new DayResult(task.unitIndex(), task.arm(), task.replication(), DayResult.values(kpis), tally.days());
    }

    /**
     * The set-up simulated by {@code arm} of a unit: today's practice (today's layout, the nearest
     * idle courier, couriers stay) or the optimised set-up (the plan, the dispatch, the relocation
     * chosen), with the default fleet options, as {@code demo}'s.
     *
     * @param scenario the unit's scenario
     * @param setup    its stage-1 result
     * @param arm      {@link DayTask#TODAY} or {@link DayTask#OPTIMISED}
     * @param options  the options
     * @return the set-up
     */
    public static SimSetup setup(Scenario scenario, UnitSetup setup, int arm, ProvinceOptions options) {
        FleetOptions fleet = options.fleet();
        if (arm == DayTask.TODAY) {
            return new SimSetup(scenario, setup.today().toLayout(), "nearest-idle", "stay", fleet, null);
        }
        return new SimSetup(scenario, setup.optimised().toLayout(), options.dispatch(), setup.relocation(), fleet, null);
    }

    /**
     * Gathers every task's result, in any order, into the province's results, sorted by unit, then
     * set-up, then replication.
     *
     * @param province the province
     * @param options  the options the tasks ran with
     * @param results  every stage-1 and stage-2 result, any order
     * @return the results
     * @throws IllegalArgumentException when a result is missing, duplicated or of another unit
     */
    public static ProvinceResults aggregate(ProvinceFile province, ProvinceOptions options,
            Collection<? extends TaskResult> results) {
        int n = province.units().size();
        UnitSetup[] setups = new UnitSetup[n];
        DayResult[][][] days = new DayResult[n][2][];
        for (TaskResult r : results) {
            int u = r.unitIndex();
            if (u < 0 || u >= n) {
                throw new IllegalArgumentException("A result names unit " + u + "; the province has " + n + " units.");
            }
            if (r instanceof UnitSetup s) {
                if (setups[u] != null) {
                    throw new IllegalArgumentException("Unit " + u + " has two stage-1 results.");
                }
                setups[u] = s;
            } else {
                DayResult d = (DayResult) r;
                if (days[u][d.arm()] == null) {
                    days[u][d.arm()] = new DayResult[options.replications()];
                }
                if (d.replication() >= options.replications() || days[u][d.arm()][d.replication()] != null) {
                    throw new IllegalArgumentException("Unit " + u + " has a duplicated or extra day (set-up "
                            + d.arm() + ", replication " + d.replication() + ").");
                }
                days[u][d.arm()][d.replication()] = d;
            }
        }
        List<ProvinceResults.UnitResult> units = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            ProvinceUnit unit = province.units().get(u);
            UnitSetup setup = setups[u];
            if (setup == null) {
                throw new IllegalArgumentException("The " + unit.label() + " has no stage-1 result.");
            }
            if (setup.failed()) {
                units.add(new ProvinceResults.UnitResult(unit, setup, null, List.of(), List.of(), List.of(), List.of()));
                continue;
            }
            List<List<RunKpis>> runs = new ArrayList<>();
            List<List<DayResult.CentreDay>> centres = new ArrayList<>();
            for (int arm = 0; arm < 2; arm++) {
                List<RunKpis> armRuns = new ArrayList<>();
                int[] requests = null;
                int[] within = null;
                for (int r = 0; r < options.replications(); r++) {
                    DayResult d = days[u][arm] == null ? null : days[u][arm][r];
                    if (d == null) {
                        throw new IllegalArgumentException("The " + unit.label() + " misses day " + r + " of set-up "
                                + arm + ".");
                    }
                    armRuns.add(d.runKpis());
                    if (requests == null) {
                        requests = new int[d.centres().size()];
                        within = new int[d.centres().size()];
                    }
                    for (int c = 0; c < requests.length; c++) {
                        requests[c] += d.centres().get(c).requests();
                        within[c] += d.centres().get(c).within();
                    }
                }
                runs.add(armRuns);
                List<DayResult.CentreDay> totals = new ArrayList<>();
                for (int c = 0; c < requests.length; c++) {
                    totals.add(new DayResult.CentreDay(requests[c], within[c]));
                }
                centres.add(totals);
            }
            Scenario scenario = scenario(unit);
            units.add(new ProvinceResults.UnitResult(unit, setup, scenario, runs.get(0), runs.get(1), centres.get(0),
                    centres.get(1)));
        }
        return new ProvinceResults(province, options, units);
    }

    /**
     * The local engine: every task on a pool of {@code threads} threads, a unit's days queued as soon
     * as its stage 1 is done, the results aggregated as any engine's.
     *
     * @param province the province
     * @param options  the options
     * @param threads  threads, at least 1
     * @param progress told of each unit's stage 1 and each day, or null
     * @return the results
     */
    public static ProvinceResults runLocal(ProvinceFile province, ProvinceOptions options, int threads,
            ProvinceProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("The threads (" + threads + ") must be at least 1.");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<List<TaskResult>>> units = new ArrayList<>();
            for (UnitTask task : plan(province, options)) {
                units.add(CompletableFuture.supplyAsync(() -> station(task), pool).thenCompose(setup -> {
                    if (progress != null) {
                        progress.stationed(task.unit(), setup);
                    }
                    List<DayTask> dayTasks = days(options, task.unit(), setup);
                    int[] done = {0};
                    List<CompletableFuture<DayResult>> futures = new ArrayList<>();
                    for (DayTask d : dayTasks) {
                        futures.add(CompletableFuture.supplyAsync(() -> day(d), pool).thenApply(result -> {
                            if (progress != null) {
                                int count;
                                synchronized (done) {
                                    count = ++done[0];
                                }
                                progress.day(task.unit(), count, dayTasks.size());
                            }
                            return result;
                        }));
                    }
                    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenApply(v -> {
                        List<TaskResult> all = new ArrayList<>();
                        all.add(setup);
                        futures.forEach(f -> all.add(f.join()));
                        return all;
                    });
                }));
            }
            List<TaskResult> results = new ArrayList<>();
            for (CompletableFuture<List<TaskResult>> f : units) {
                results.addAll(f.join());
            }
            return aggregate(province, options, results);
        } catch (CompletionException e) {
            throw Replications.unchecked(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }


    /** A unit's scenario, tables and leg times, shared by its tasks within a JVM. */
    static Prepared prepare(ProvinceUnit unit) {
        PreparedKey key = new PreparedKey(unit.file(), unit.scenarioText());
        CompletableFuture<Prepared> future;
        boolean mine = false;
        synchronized (PREPARED) {
            future = PREPARED.get(key);
            if (future == null) {
                future = new CompletableFuture<>();
                PREPARED.put(key, future);
                cachedChars += key.chars();
                mine = true;
                var eldest = PREPARED.keySet().iterator();
                while (cachedChars > CACHE_CHARS && PREPARED.size() > 1) {
                    cachedChars -= eldest.next().chars();
                    eldest.remove();
                }
            }
        }
        if (mine) {
            try {
                if (unit.scenarioText() == null) {
                    throw new IllegalArgumentException(unit.problem());
                }
                ProvinceIo.Loaded loaded = ProvinceIo.get().load(unit.scenarioText(), Path.of(unit.file()));
                future.complete(new Prepared(loaded.scenario(), loaded.tables(), new TimeOfDayLegTimes(loaded.tables())));
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
                synchronized (PREPARED) {
                    if (PREPARED.remove(key) != null) {
                        cachedChars -= key.chars();
                    }
                }
            }
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /**
     * A stationed unit's scenario for the aggregation: the prepared unit's when this JVM holds it, else
     * the scenario read alone (the outputs need its clients and costs, not its travel tables, so a
     * driver that ran no task of the unit does not build them).
     */
    static Scenario scenario(ProvinceUnit unit) {
        CompletableFuture<Prepared> cached;
        synchronized (PREPARED) {
            cached = PREPARED.get(new PreparedKey(unit.file(), unit.scenarioText()));
        }
        if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
            return cached.join().scenario();
        }
        try {
            return ScenarioIo.read(unit.scenarioText(), unit.file());
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(unit.label() + ": " + e.getMessage(), e);
        }
    }

    private record PreparedKey(String file, String text) {

        long chars() {
            return text == null ? 0 : text.length();
        }
    }

    /** A unit's scenario, tables and leg times, with its two simulators once built. */
    record Prepared(Scenario scenario, TravelTables tables, LegTimes legs, Map<SimSetup, Simulator> simulators) {

        Prepared(Scenario scenario, TravelTables tables, LegTimes legs) {
            this(scenario, tables, legs, new HashMap<>());
        }

        Simulator simulator(int arm, SimSetup setup) {
            synchronized (simulators) {
                return simulators.computeIfAbsent(setup, s -> new Simulator(s, legs));
            }
        }
    }

    /** Counts each service centre's requests and those reached within target, in scenario order. */
    private static final class CentreTally implements EventListener {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<Long, long[]> open = new HashMap<>();
        private final int[] requests;
        private final int[] within;

        CentreTally(Scenario scenario) {
            for (Client c : scenario.clients()) {
                if (c.kind() == ClientKind.SERVICE_CENTRE) {
                    index.put(c.id(), index.size());
                }
            }
            requests = new int[index.size()];
            within = new int[index.size()];
        }

        @Override
        public void onEvent(SimEvent event) {
            if (event instanceof SimEvent.RequestArrived e) {
                Integer i = index.get(e.clientId());
                if (i != null) {
                    requests[i]++;
                    open.put(e.requestId(), new long[] {i, e.time(), e.targetSeconds()});
                }
            } else if (event instanceof SimEvent.PickupStarted e) {
                long[] r = open.remove(e.requestId());
                if (r != null && e.time() - r[1] <= r[2]) {
                    within[(int) r[0]]++;
                }
            } else if (event instanceof SimEvent.RequestUnserved e) {
                open.remove(e.requestId());
            }
        }

        List<DayResult.CentreDay> days() {
            List<DayResult.CentreDay> out = new ArrayList<>();
            for (int i = 0; i < requests.length; i++) {
                out.add(new DayResult.CentreDay(requests[i], within[i]));
            }
            return out;
        }
    }
}
