package dev.outpost.sim.province;

import dev.outpost.model.AdminLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A province what-if sweep ({@code outpost province --over growth --values 1,1.25,1.5}): the same
 * province job once per value, each value's usual files ({@link ProvinceOutputs#FILES}) in its own
 * subfolder ({@link #folder}), and {@code sweep.csv}, one row per (unit, value), units in file order
 * and, within a unit, values in the order given. Computed from the results alone, so every engine
 * writes the same bytes.
 */
public final class ProvinceSweep {

    /** The table across values. */
    public static final String SWEEP_CSV = "sweep.csv";
    /** The parameters a province sweep can vary, in the order the messages list them. */
    public static final List<String> PARAMETERS = List.of("growth");

    private ProvinceSweep() {
    }

    /**
     * Checks a sweep's options before any work.
     *
     * @param over        the {@code --over} parameter, or null
     * @param values      the {@code --values}, or null
     * @param growthGiven whether {@code --growth} was given explicitly
     * @return the problem, a sentence naming the options and the fix, or null when the options are usable
     *         (either no sweep or a valid one)
     */
    public static String problem(String over, List<Double> values, boolean growthGiven) {
        if (over == null && values == null) {
            return null;
        }
        if (over == null) {
            return "The --values option needs --over: give --over growth as well, or drop --values.";
        }
        if (values == null) {
            return "The --over option needs --values: give the values, comma-separated, such as --values 1,1.25,1.5.";
        }
        if (!PARAMETERS.contains(over)) {
            return "The --over (" + over + ") is not a parameter a province sweep can vary; use one of "
                    + String.join(", ", PARAMETERS) + ".";
        }
        if (values.isEmpty()) {
            return "The --values list is empty; give one or more values, comma-separated, such as --values 1,1.25,1.5.";
        }
        if (growthGiven) {
            return "The --growth option cannot be combined with --over growth: the sweep sets the demand multiplier"
                    + " from --values; drop --growth.";
        }
        Set<String> seen = new HashSet<>();
        for (Double v : values) {
            if (v == null || !(v > 0 && v <= 20)) {
                return "The --values entry (" + v + ") is out of range for --over growth; give more than 0, at most 20.";
            }
            if (!seen.add(folder(over, v))) {
                return "The --values entry (" + v + ") is given twice; give each value once.";
            }
        }
        return null;
    }

    /**
     * The subfolder of one value: {@code PARAMETER-VALUE}, the value in its shortest decimal form with
     * at least one decimal ({@code growth-1.0}, {@code growth-1.25}).
     *
     * @param over  the parameter
     * @param value the value
     * @return the folder name
     */
    public static String folder(String over, double value) {
        return over + "-" + BigDecimal.valueOf(value).toPlainString();
    }

    /**
     * The options of one value.
     *
     * @param options the sweep's options (their growth is replaced)
     * @param over    the parameter ({@code growth})
     * @param value   the value
     * @return the options of that value
     * @throws IllegalArgumentException when the parameter is not one of {@link #PARAMETERS} or the value is out of range
     */
    public static ProvinceOptions options(ProvinceOptions options, String over, double value) {
        if (!PARAMETERS.contains(over)) {
            throw new IllegalArgumentException("The --over (" + over + ") is not one of " + PARAMETERS + ".");
        }
        return new ProvinceOptions(options.replications(), options.pilot(), options.seed(), options.steps(),
                options.refine(), options.dispatch(), value);
    }

    /**
     * The table across values: one row per (unit, value), units in file order, values in the given order;
     * the couriers, the optimised mean response with its 95% half-width and the paired difference to today,
     * the shares within target today and optimised, responses per courier, cost per day and the share within
     * target per administrative level (optimised). Failed units have their status and problem only.
     *
     * @param over    the parameter
     * @param values  the values, in the order run
     * @param results each value's results, same order
     * @return the CSV text
     */
    public static String sweepCsv(String over, List<Double> values, List<ProvinceResults> results) {
        if (values.size() != results.size()) {
            throw new IllegalArgumentException("One result per value: " + values.size() + " values, " + results.size()
                    + " results.");
        }
        List<String> header = new ArrayList<>(Arrays.asList("unit", "parent", over, "status", "couriers",
                "outposts_optimised", "requests_per_day", "response_today_s", "response_optimised_s",
                "response_optimised_half_width_s", "response_difference_s", "response_difference_low_s",
                "response_difference_high_s", "within_today_percent", "within_optimised_percent",
                "within_optimised_half_width", "responses_per_courier", "cost_per_day"));
        for (AdminLevel level : AdminLevel.values()) {
            header.add(level.label() + "_within_optimised_percent");
        }
        header.add("problem");
        List<List<ProvinceOutputs.UnitSummary>> summaries = new ArrayList<>();
        for (ProvinceResults r : results) {
            summaries.add(ProvinceOutputs.summaries(r));
        }
        int units = results.isEmpty() ? 0 : results.get(0).units().size();
        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            for (int v = 0; v < values.size(); v++) {
                ProvinceOutputs.UnitSummary s = summaries.get(v).get(u);
                ProvinceResults.UnitResult r = s.result();
                List<String> row = new ArrayList<>(Arrays.asList(r.unit().name(),
                        r.unit().parent() == null ? "" : r.unit().parent(), BigDecimal.valueOf(values.get(v)).toPlainString()));
                if (r.setup().failed()) {
                    row.add("failed");
                    while (row.size() < header.size() - 1) {
                        row.add("");
                    }
                    row.add(r.setup().failure().replace("\n  ", "; ").replace('\n', ' '));
                    rows.add(row);
                    continue;
                }
                row.addAll(Arrays.asList("ok", String.valueOf(s.couriers()), String.valueOf(s.outpostsOptimised()),
                        ProvinceOutputs.cell(s.requestsPerDay()), ProvinceOutputs.cell(s.today()[0].mean()),
                        ProvinceOutputs.cell(s.optimised()[0].mean()), ProvinceOutputs.cell(s.optimised()[0].halfWidth()),
                        ProvinceOutputs.cell(s.difference()[0].mean()), ProvinceOutputs.cell(s.difference()[0].low()),
                        ProvinceOutputs.cell(s.difference()[0].high()), ProvinceOutputs.cell(s.today()[1].mean()),
                        ProvinceOutputs.cell(s.optimised()[1].mean()), ProvinceOutputs.cell(s.optimised()[1].halfWidth()),
                        ProvinceOutputs.cell2(s.perCourier()), ProvinceOutputs.cell(s.costPerDay())));
                for (long[] l : s.levels()) {
                    row.add(ProvinceOutputs.percent(l[3], l[2]));
                }
                row.add("");
                rows.add(row);
            }
        }
        return ProvinceOutputs.csv(header, rows);
    }
}
