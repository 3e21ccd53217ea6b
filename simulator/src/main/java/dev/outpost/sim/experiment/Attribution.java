package dev.outpost.sim.experiment;

import dev.outpost.sim.kpi.RunKpis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * What each change is worth: the full factorial between today's set-up and a changed one over the
 * three changes a planner can make (layout, dispatch, relocation), every set-up simulated on the
 * same paired days (common random numbers), each compared with today by its paired difference, and
 * the interactions said in words, computed from the numbers.
 *
 * <p>A change whose two levels are equal (for example the relocation when the changed set-up keeps
 * couriers where they are) is no factor: the factorial then has 2^k set-ups for the k changes that
 * differ. Set-ups are in standard order: today, each single change, each pair, all.
 */
public final class Attribution {

    /** The metric of mean response (seconds). */
    public static final String RESPONSE = "responseMean";

    /** The metric of requests within target (percent). */
    public static final String WITHIN = "withinTarget";

    /**
     * One change a planner can make.
     *
     * @param name    {@code layout}, {@code dispatch} or {@code relocation}
     * @param today   its level today
     * @param changed its level in the changed set-up
     */
    public record Factor(String name, String today, String changed) {
    }

    /**
     * One set-up of the factorial with its figures.
     *
     * @param setup         what was simulated
     * @param changes       which factors are at their changed level, by factor index
     * @param response      mean response (seconds)
     * @param within        requests within target (percent)
     * @param responseDiff  paired difference of mean response to today (seconds)
     * @param withinDiff    paired difference of within target to today (percentage points)
     */
    public record Row(SimSetup setup, boolean[] changes, Estimate response, Estimate within, Estimate responseDiff,
            Estimate withinDiff) {

        /**
         * Copies the flags.
         *
         * @param setup        what was simulated
         * @param changes      which factors are changed
         * @param response     mean response
         * @param within       within target
         * @param responseDiff paired difference of mean response to today
         * @param withinDiff   paired difference of within target to today
         */
        public Row {
            changes = changes.clone();
        }

        /**
         * Whether factor {@code f} is at its changed level here.
         *
         * @param f the factor's index
         * @return whether it is changed
         */
        public boolean changed(int f) {
            return changes[f];
        }
    }

    /**
     * The factorial's result.
     *
     * @param factors      the changes that differ between today and the changed set-up
     * @param rows         one per set-up, standard order (today first, all changes last)
     * @param replications the paired days per set-up
     * @param findings     the interactions in words, one sentence each
     */
    public record Result(List<Factor> factors, List<Row> rows, int replications, List<String> findings) {

        /**
         * Copies the lists.
         *
         * @param factors      the changes
         * @param rows         one per set-up
         * @param replications the paired days per set-up
         * @param findings     the interactions in words
         */
        public Result {
            factors = List.copyOf(factors);
            rows = List.copyOf(rows);
            findings = List.copyOf(findings);
        }
    }

    private Attribution() {
    }

    /**
     * The changes between {@code today} and {@code changed} (only those that differ).
     *
     * @param today   today's set-up
     * @param changed the changed set-up
     * @return the factors
     */
    public static List<Factor> factors(SimSetup today, SimSetup changed) {
        List<Factor> factors = new ArrayList<>();
        if (!today.layout().equals(changed.layout())) {
            factors.add(new Factor("layout", today.layout().name(), changed.layout().name()));
        }
        if (!today.dispatch().equals(changed.dispatch())) {
            factors.add(new Factor("dispatch", today.dispatch(), changed.dispatch()));
        }
        if (!today.relocation().equals(changed.relocation())) {
            factors.add(new Factor("relocation", today.relocation(), changed.relocation()));
        }
        return factors;
    }

    /**
     * The factorial's set-ups in standard order: today, each single change, each pair, all; set-up
     * {@code i} has factor {@code f} changed when bit {@code f} of its mask ({@link #masks}) is set.
     *
     * @param today   today's set-up
     * @param changed the set-up with every change
     * @return 2^k set-ups for the k changes that differ
     */
    public static List<SimSetup> setups(SimSetup today, SimSetup changed) {
        List<Factor> factors = factors(today, changed);
        List<SimSetup> setups = new ArrayList<>();
        for (int mask : masks(factors.size())) {
            SimSetup s = today;
            for (int f = 0; f < factors.size(); f++) {
                if ((mask & (1 << f)) != 0) {
                    s = switch (factors.get(f).name()) {
                        case "layout" -> s.withLayout(changed.layout());
                        case "dispatch" -> s.withPolicies(changed.dispatch(), s.relocation());
                        default -> s.withPolicies(s.dispatch(), changed.relocation());
                    };
                }
            }
            setups.add(s);
        }
        return setups;
    }

    /**
     * The masks of {@code k} factors in standard order: 0, then by number of changes, then by the
     * changes' order (layout before dispatch before relocation).
     *
     * @param k the number of factors
     * @return 2^k masks
     */
    public static List<Integer> masks(int k) {
        List<Integer> masks = new ArrayList<>();
        for (int bits = 0; bits <= k; bits++) {
            for (int mask = 0; mask < (1 << k); mask++) {
                if (Integer.bitCount(mask) == bits) {
                    masks.add(mask);
                }
            }
        }
        return masks;
    }

    /**
     * Runs the factorial: replications 0..count-1 of {@code seed} for every set-up of
     * {@link #setups}; set-ups whose runs are {@code known} (same seed and days, the same
     * replications or more) are not simulated again.
     *
     * @param today    today's set-up
     * @param changed  the set-up with every change
     * @param legs     the leg times of the scenario
     * @param seed     the random seed
     * @param count    paired replications per set-up
     * @param days     days per replication
     * @param threads  threads
     * @param known    runs already simulated, by set-up, or an empty list
     * @param progress told each set-up's index as it starts, or null
     * @return the result
     */
    public static Result run(SimSetup today, SimSetup changed, dev.outpost.sim.fleet.LegTimes legs, long seed,
            int count, int days, int threads, List<Known> known, IntConsumer progress) {
        List<SimSetup> setups = setups(today, changed);
        List<List<RunKpis>> runs = new ArrayList<>();
        for (int i = 0; i < setups.size(); i++) {
            SimSetup s = setups.get(i);
            List<RunKpis> found = null;
            for (Known k : known) {
                if (k.setup().equals(s) && k.runs().size() >= count) {
                    found = k.runs().subList(0, count);
                }
            }
            if (found == null) {
                if (progress != null) {
                    progress.accept(i);
                }
                found = Replications.run(new Simulator(s, legs), seed, count, days, threads, null);
            }
            runs.add(found);
        }
        return of(today, changed, runs);
    }

    /**
     * Runs of one set-up simulated already.
     *
     * @param setup the set-up
     * @param runs  its replications 0.. of the factorial's seed, with the factorial's days each
     */
    public record Known(SimSetup setup, List<RunKpis> runs) {
    }

    /**
     * The result of runs already made, one list per set-up of {@link #setups}, paired by index.
     *
     * @param today   today's set-up
     * @param changed the set-up with every change
     * @param runs    each set-up's replications, same count, paired by index
     * @return the result
     * @throws IllegalArgumentException when the count of lists or of replications does not fit
     */
    public static Result of(SimSetup today, SimSetup changed, List<List<RunKpis>> runs) {
        List<Factor> factors = factors(today, changed);
        List<SimSetup> setups = setups(today, changed);
        if (runs.size() != setups.size()) {
            throw new IllegalArgumentException("The runs (" + runs.size() + " set-ups) must be " + setups.size() + ".");
        }
        List<Integer> masks = masks(factors.size());
        List<double[]> response = new ArrayList<>();
        List<double[]> within = new ArrayList<>();
        for (List<RunKpis> r : runs) {
            response.add(values(r, RESPONSE));
            within.add(values(r, WITHIN));
        }
        int n = response.get(0).length;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < setups.size(); i++) {
            if (response.get(i).length != n) {
                throw new IllegalArgumentException("The set-ups' replications differ in count.");
            }
            boolean[] changes = new boolean[factors.size()];
            for (int f = 0; f < factors.size(); f++) {
                changes[f] = (masks.get(i) & (1 << f)) != 0;
            }
            rows.add(new Row(setups.get(i), changes, estimate(response.get(i)), estimate(within.get(i)),
                    estimate(minus(response.get(i), response.get(0))), estimate(minus(within.get(i), within.get(0)))));
        }
        List<String> findings = findings(factors, masks, response);
        return new Result(factors, rows, n, findings);
    }

    /** The sentences: each change alone and with the others, and each pair's interaction. */
    private static List<String> findings(List<Factor> factors, List<Integer> masks, List<double[]> response) {
        List<String> out = new ArrayList<>();
        int k = factors.size();
        if (k == 0) {
            out.add("Today's set-up and the changed one are the same; there is nothing to attribute.");
            return out;
        }
        int all = (1 << k) - 1;
        double[] today = response.get(masks.indexOf(0));
        double[] full = response.get(masks.indexOf(all));
        Estimate total = estimate(minus(full, today));
        double singles = 0;
        for (int f = 0; f < k; f++) {
            Factor factor = factors.get(f);
            double[] alone = response.get(masks.indexOf(1 << f));
            double[] without = response.get(masks.indexOf(all & ~(1 << f)));
            Estimate a = estimate(minus(alone, today));
            singles += a.mean();
            if (k == 1) {
                out.add(capital(noun(factor)) + " changes the mean response by " + minutes(a) + ".");
                continue;
            }
            Estimate w = estimate(minus(full, without));
            out.add(capital(noun(factor)) + " alone changes the mean response by " + minutes(a) + " (" + verdict(a)
                    + "); added last, to the other change" + (k > 2 ? "s" : "") + ", by " + minutes(w) + " ("
                    + verdict(w) + ").");
        }
        for (int f = 0; f < k; f++) {
            for (int g = f + 1; g < k; g++) {
                double[] fOnly = response.get(masks.indexOf(1 << f));
                double[] gOnly = response.get(masks.indexOf(1 << g));
                double[] both = response.get(masks.indexOf((1 << f) | (1 << g)));
                List<String> said = new ArrayList<>();
                Estimate fAlone = estimate(minus(fOnly, today));
                Estimate gAlone = estimate(minus(gOnly, today));
                Estimate together = estimate(minus(both, today));
                if (!gains(fAlone) && !gains(gAlone) && gains(together)) {
                    said.add(capital(noun(factors.get(f))) + " and " + noun(factors.get(g)) + " pay only together: "
                            + minutes(together) + " together, " + minutes(fAlone) + " and " + minutes(gAlone)
                            + " one at a time" + (k > 2 ? " (the other change left out)" : "") + ".");
                } else {
                    said.addAll(conditional(factors.get(f), factors.get(g), fAlone, estimate(minus(both, gOnly))));
                    said.addAll(conditional(factors.get(g), factors.get(f), gAlone, estimate(minus(both, fOnly))));
                }
                if (said.isEmpty()) {
                    Estimate contrast = estimate(minus(minus(both, gOnly), minus(fOnly, today)));
                    if (gains(contrast)) {
                        said.add(capital(noun(factors.get(f))) + " and " + noun(factors.get(g)) + " reinforce each"
                                + " other: together they change the mean response by " + minutes(contrast)
                                + " beyond the sum of each alone.");
                    } else if (hurts(contrast)) {
                        said.add(capital(noun(factors.get(f))) + " and " + noun(factors.get(g)) + " overlap: together"
                                + " they gain less than the sum of each alone (" + minutes(contrast) + " short).");
                    }
                }
                out.addAll(said);
            }
        }
        if (k > 1) {
            out.add(String.format(Locale.ROOT, "The changes one at a time add up to %s min; all together they give %s,"
                    + " so %s min of the gain comes from their combination.", signed(singles / 60.0),
                    minutes(total), signed((total.mean() - singles) / 60.0)));
        }
        return out;
    }

    /** What {@code f} is worth without and with {@code g} (the other changes off), when that differs in kind. */
    private static List<String> conditional(Factor f, Factor g, Estimate alone, Estimate withG) {
        if (!gains(alone) && gains(withG)) {
            return List.of(capital(noun(f)) + " pays only when " + condition(g) + ": " + minutes(withG) + " with it, "
                    + minutes(alone) + " without.");
        }
        if (gains(alone) && !gains(withG)) {
            return List.of(capital(noun(f)) + " pays alone (" + minutes(alone) + ") but not when " + condition(g) + " ("
                    + minutes(withG) + ").");
        }
        return List.of();
    }

    /** A gain: the paired interval of the response difference lies below 0. */
    private static boolean gains(Estimate e) {
        return !Double.isNaN(e.halfWidth()) && e.high() < 0;
    }

    private static boolean hurts(Estimate e) {
        return !Double.isNaN(e.halfWidth()) && e.low() > 0;
    }

    private static String verdict(Estimate e) {
        return gains(e) ? "a gain" : hurts(e) ? "a loss" : "no clear change";
    }

    /** The change as a noun phrase. */
    static String noun(Factor f) {
        return switch (f.name()) {
            case "layout" -> "the layout '" + f.changed() + "' (instead of '" + f.today() + "')";
            case "dispatch" -> f.changed() + " dispatch";
            default -> switch (f.changed()) {
                case "home" -> "returning idle couriers to their outposts";
                case "coverage" -> "moving idle couriers to cover gaps";
                default -> "relocation '" + f.changed() + "'";
            };
        };
    }

    /** The change as a condition ("when ..."). */
    static String condition(Factor f) {
        return switch (f.name()) {
            case "layout" -> "the layout is '" + f.changed() + "'";
            case "dispatch" -> "dispatch is " + f.changed();
            default -> switch (f.changed()) {
                case "home" -> "couriers return to their outposts";
                case "coverage" -> "idle couriers move to cover gaps";
                default -> "relocation is '" + f.changed() + "'";
            };
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A paired difference in seconds, as minutes with its interval. */
    static String minutes(Estimate e) {
        if (Double.isNaN(e.halfWidth())) {
            return signed(e.mean() / 60.0) + " min";
        }
        return signed(e.mean() / 60.0) + " min [" + num(e.low() / 60.0) + ", " + num(e.high() / 60.0) + "]";
    }

    private static String signed(double v) {
        String s = num(v);
        return s.startsWith("-") ? s : "+" + s;
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.equals("-0.0") ? "0.0" : s;
    }

    /** The values of {@code all/name} per replication. */
    static double[] values(List<RunKpis> runs, String name) {
        double[] v = new double[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            v[r] = runs.get(r).metrics().stream().filter(m -> m.group().equals("all") && m.name().equals(name))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("The runs have no all/" + name + "."))
                    .value();
        }
        return v;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static Estimate estimate(double[] v) {
        List<Double> list = new ArrayList<>(v.length);
        for (double x : v) {
            list.add(x);
        }
        return Estimate.of(list);
    }
}
