package dev.outpost.sim.province;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.outpost.io.OutpostJson;
import dev.outpost.model.AdminLevel;
import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.sim.experiment.Estimate;
import dev.outpost.sim.experiment.KpiTable;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.report.KpiReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The province job's files, computed from {@link ProvinceResults} alone (so every engine writes the
 * same bytes): {@code units.csv} (one row per unit), {@code centres.csv} (one row per service
 * centre), {@code province.json} (the results, with each unit's paired KPIs exactly as {@code demo}'s
 * {@code kpis.json}) and {@code province.html} (a self-contained page, {@link ProvinceHtml}).
 */
public final class ProvinceOutputs {

    /** One row per unit. */
    public static final String UNITS_CSV = "units.csv";
    /** One row per service centre. */
    public static final String CENTRES_CSV = "centres.csv";
    /** The results as JSON. */
    public static final String PROVINCE_JSON = "province.json";
    /** The page. */
    public static final String PROVINCE_HTML = "province.html";
    /** Every file written, in order. */
    public static final List<String> FILES = List.of(UNITS_CSV, CENTRES_CSV, PROVINCE_JSON, PROVINCE_HTML);

    /** The format tag of province.json. */
    public static final String FORMAT = "outpost-province-results/1";

    /** A centre is covered when at least this share of its requests (percent) is reached within target. */
    public static final double COVERED_PERCENT = 90.0;

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private ProvinceOutputs() {
    }

    /**
     * Checks {@code out} before long work: a folder that may be created, no file there replaced
     * without {@code force}.
     *
     * @param out    the folder
     * @param force  whether existing files may be replaced
     * @param inputs the province file and its units' files (never overwritten)
     * @throws IllegalArgumentException naming the path, the reason and the fix
     */
    public static void check(Path out, boolean force, List<Path> inputs) {
        ProvinceIo.get().checkFolder(out, force, inputs, FILES.toArray(String[]::new));
    }

    /**
     * Every file's text, by name, in {@link #FILES} order.
     *
     * @param results the results
     * @return file name to text
     */
    public static Map<String, String> texts(ProvinceResults results) {
        List<UnitSummary> summaries = summaries(results);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(UNITS_CSV, unitsCsv(summaries));
        files.put(CENTRES_CSV, centresCsv(results));
        files.put(PROVINCE_JSON, json(results, summaries));
        files.put(PROVINCE_HTML, ProvinceHtml.html(results, summaries));
        return files;
    }

    /**
     * Writes every file into {@code out}, all together or not at all (checked first as {@link #check}).
     *
     * @param results the results
     * @param out     the folder
     * @param force   whether existing files may be replaced
     * @throws IllegalArgumentException when the folder cannot be used or written; it is then unchanged
     */
    public static void write(ProvinceResults results, Path out, boolean force) {
        check(out, force, inputs(results.province()));
        ProvinceIo.get().writeFolder(out, texts(results));
    }

    /**
     * The province file and its units' files: outputs never replace them.
     *
     * @param province the province
     * @return the files
     */
    public static List<Path> inputs(ProvinceFile province) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(Path.of(province.file()));
        for (ProvinceUnit u : province.units()) {
            inputs.add(Path.of(u.file()));
        }
        return inputs;
    }

    /**
     * One unit's figures as the outputs give them.
     *
     * @param result      the unit's results
     * @param today       today's mean response (s) and share within target (%)
     * @param optimised   the optimised set-up's
     * @param difference  optimised minus today, paired (mean response, s; within target, points)
     * @param couriers    couriers
     * @param outpostsToday     today's outposts
     * @param outpostsOptimised the optimised outposts
     * @param requestsPerDay    mean requests per day
     * @param perCourier        responses (served requests) per courier and day, optimised
     * @param costPerDay        estimated fleet cost per day, optimised (courier-hours and km at the fleet's costs)
     * @param levels            per level: [requests today, within today, requests optimised, within optimised]
     */
    record UnitSummary(ProvinceResults.UnitResult result, Estimate[] today, Estimate[] optimised, Estimate[] difference,
            int couriers, int outpostsToday, int outpostsOptimised, double requestsPerDay, double perCourier,
            double costPerDay, long[][] levels) {
    }

    static List<UnitSummary> summaries(ProvinceResults results) {
        List<UnitSummary> out = new ArrayList<>();
        for (ProvinceResults.UnitResult u : results.units()) {
            if (u.setup().failed()) {
                out.add(new UnitSummary(u, null, null, null, 0, 0, 0, 0, 0, 0, new long[AdminLevel.values().length][4]));
                continue;
            }
            KpiTable today = KpiTable.of(u.today());
            KpiTable optimised = KpiTable.of(u.optimised());
            KpiTable difference = KpiTable.paired(KpiTable.sharedGroups(u.today()), KpiTable.sharedGroups(u.optimised()));
            Estimate[] t = {today.row("all", "responseMean").estimate(), today.row("all", "withinTarget").estimate()};
            Estimate[] o = {optimised.row("all", "responseMean").estimate(),
                optimised.row("all", "withinTarget").estimate()};
            Estimate[] d = {difference.row("all", "responseMean").estimate(),
                difference.row("all", "withinTarget").estimate()};
            int couriers = u.setup().couriers();
            double requests = optimised.row("all", "requests").estimate().mean();
            double served = optimised.row("all", "served").estimate().mean();
            out.add(new UnitSummary(u, t, o, d, couriers, u.setup().today().outposts().size(),
                    u.setup().optimised().outposts().size(), requests, served / couriers, cost(u.scenario(), u.optimised()),
                    levels(u)));
        }
        return out;
    }

    /** Per level: requests and within target, today then optimised, over all days. */
    static long[][] levels(ProvinceResults.UnitResult u) {
        long[][] levels = new long[AdminLevel.values().length][4];
        int c = 0;
        for (Client client : u.scenario().clients()) {
            if (client.kind() != ClientKind.SERVICE_CENTRE) {
                continue;
            }
            if (client.level() != null) {
                long[] l = levels[client.level().ordinal()];
                l[0] += u.todayCentres().get(c).requests();
                l[1] += u.todayCentres().get(c).within();
                l[2] += u.optimisedCentres().get(c).requests();
                l[3] += u.optimisedCentres().get(c).within();
            }
            c++;
        }
        return levels;
    }

    /** Estimated fleet cost per day: on-duty courier-hours and km at the fleet's count-weighted mean costs. */
    static double cost(Scenario scenario, List<RunKpis> runs) {
        double count = 0;
        double perHour = 0;
        double perKm = 0;
        for (CourierType t : scenario.courierTypes()) {
            count += t.count();
            perHour += t.count() * t.costPerHour();
            perKm += t.count() * t.costPerKm();
        }
        if (count == 0) {
            return Double.NaN;
        }
        double total = 0;
        for (RunKpis r : runs) {
            double duty = r.value("fleet", "busySeconds") + r.value("fleet", "idleSeconds") + r.value("fleet", "breakSeconds");
            total += duty / 3600 * perHour / count + r.value("fleet", "distance") * perKm / count;
        }
        return total / runs.size();
    }

    static String percent(long within, long requests) {
        return requests == 0 ? "" : cell(100.0 * within / requests);
    }

    static String cell(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String cell2(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String unitsCsv(List<UnitSummary> summaries) {
        List<String> header = new ArrayList<>(Arrays.asList("unit", "parent", "scenario", "status", "couriers",
                "outposts_today", "outposts_optimised", "relocation", "plan_feasible", "requests_per_day",
                "response_today_s", "response_today_half_width_s", "response_optimised_s",
                "response_optimised_half_width_s", "response_difference_s", "response_difference_low_s",
                "response_difference_high_s", "within_today_percent", "within_today_half_width",
                "within_optimised_percent", "within_optimised_half_width", "responses_per_courier",
                "cost_per_day"));
        for (AdminLevel level : AdminLevel.values()) {
            header.add(level.label() + "_within_today_percent");
            header.add(level.label() + "_within_optimised_percent");
        }
        header.add("problem");
        List<List<String>> rows = new ArrayList<>();
        for (UnitSummary s : summaries) {
            ProvinceResults.UnitResult u = s.result();
            List<String> row = new ArrayList<>(Arrays.asList(u.unit().name(), nz(u.unit().parent()), u.unit().path()));
            if (u.setup().failed()) {
                row.add("failed");
                while (row.size() < header.size() - 1) {
                    row.add("");
                }
                row.add(u.setup().failure().replace("\n  ", "; ").replace('\n', ' '));
                rows.add(row);
                continue;
            }
            row.addAll(Arrays.asList("ok", String.valueOf(s.couriers()), String.valueOf(s.outpostsToday()),
                    String.valueOf(s.outpostsOptimised()), u.setup().relocation(), String.valueOf(u.setup().feasible()),
                    cell(s.requestsPerDay()), cell(s.today()[0].mean()), cell(s.today()[0].halfWidth()),
                    cell(s.optimised()[0].mean()), cell(s.optimised()[0].halfWidth()), cell(s.difference()[0].mean()),
                    cell(s.difference()[0].low()), cell(s.difference()[0].high()), cell(s.today()[1].mean()),
                    cell(s.today()[1].halfWidth()), cell(s.optimised()[1].mean()), cell(s.optimised()[1].halfWidth()),
                    cell2(s.perCourier()), cell(s.costPerDay())));
            for (long[] l : s.levels()) {
                row.add(percent(l[1], l[0]));
                row.add(percent(l[3], l[2]));
            }
            row.add("");
            rows.add(row);
        }
        return csv(header, rows);
    }

    private static String centresCsv(ProvinceResults results) {
        List<String> header = List.of("unit", "centre", "name", "level", "requests_today", "within_today_percent",
                "requests_optimised", "within_optimised_percent", "covered_optimised");
        List<List<String>> rows = new ArrayList<>();
        for (ProvinceResults.UnitResult u : results.units()) {
            if (u.setup().failed()) {
                continue;
            }
            int c = 0;
            for (Client client : u.scenario().clients()) {
                if (client.kind() != ClientKind.SERVICE_CENTRE) {
                    continue;
                }
                DayResult.CentreDay t = u.todayCentres().get(c);
                DayResult.CentreDay o = u.optimisedCentres().get(c);
                rows.add(List.of(u.unit().name(), client.id(), client.name(),
                        client.level() == null ? "" : client.level().label(), String.valueOf(t.requests()),
                        percent(t.within(), t.requests()), String.valueOf(o.requests()), percent(o.within(), o.requests()),
                        String.valueOf(covered(o))));
                c++;
            }
        }
        return csv(header, rows);
    }

    /**
     * Whether a centre is covered: at least {@link #COVERED_PERCENT} of its requests reached within
     * target (a centre without requests is covered).
     *
     * @param centre its requests and those within target
     * @return whether it is covered
     */
    public static boolean covered(DayResult.CentreDay centre) {
        return centre.requests() == 0 || 100.0 * centre.within() >= COVERED_PERCENT * centre.requests();
    }

    static String csv(List<String> header, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        for (String h : header) {
            schema.addColumn(h);
        }
        try {
            List<Map<String, String>> maps = new ArrayList<>();
            for (List<String> row : rows) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), row.get(i));
                }
                maps.add(m);
            }
            return CSV.writer(schema.build()).writeValueAsString(maps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(ProvinceResults results, List<UnitSummary> summaries) {
        ObjectNode root = OutpostJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("province", results.province().name());
        ProvinceOptions o = results.options();
        ObjectNode options = root.putObject("options");
        options.put("replications", o.replications());
        options.put("pilot", o.pilot());
        options.put("seed", o.seed());
        options.put("steps", o.steps());
        options.put("refine", o.refine());
        options.put("dispatch", o.dispatch());
        options.put("growth", o.growth());
        root.put("coveredPercent", COVERED_PERCENT);
        ObjectNode levels = root.putObject("levels");
        long[][] total = new long[AdminLevel.values().length][4];
        for (UnitSummary s : summaries) {
            for (int l = 0; l < total.length; l++) {
                for (int k = 0; k < 4; k++) {
                    total[l][k] += s.levels()[l][k];
                }
            }
        }
        for (AdminLevel level : AdminLevel.values()) {
            long[] l = total[level.ordinal()];
            ObjectNode n = levels.putObject(level.label());
            n.put("requestsToday", l[0]);
            n.put("withinToday", l[1]);
            n.put("requestsOptimised", l[2]);
            n.put("withinOptimised", l[3]);
        }
        ArrayNode units = root.putArray("units");
        for (UnitSummary s : summaries) {
            ProvinceResults.UnitResult u = s.result();
            ObjectNode n = units.addObject();
            n.put("name", u.unit().name());
            if (u.unit().parent() != null) {
                n.put("parent", u.unit().parent());
            }
            n.put("scenario", u.unit().path());
            if (u.setup().failed()) {
                n.put("status", "failed");
                n.put("problem", u.setup().failure());
                continue;
            }
            n.put("status", "ok");
            n.put("couriers", s.couriers());
            n.put("today", u.setup().todayDescription());
            n.put("relocation", u.setup().relocation());
            n.put("planFeasible", u.setup().feasible());
            n.put("planObjective", u.setup().objective());
            if (u.setup().refineKept() != null) {
                n.put("refineKept", u.setup().refineKept());
                n.put("refineCandidates", u.setup().refineCandidates());
            }
            n.put("responsesPerCourier", s.perCourier());
            n.put("costPerDay", s.costPerDay());
            ArrayNode outposts = n.putArray("outposts");
            for (UnitSetup.PostValue p : u.setup().optimised().outposts()) {
                outposts.addObject().put("siteId", p.siteId()).put("couriers", p.couriers());
            }
            n.set("kpis", kpisTree(results.options(), u));
        }
        return OutpostJson.canonical(root);
    }

    /**
     * A unit's paired KPIs, exactly the text {@code demo} writes as {@code kpis.json} for the unit alone.
     *
     * @param options the options
     * @param u       the unit's results (not failed)
     * @return the kpis.json text
     */
    public static String kpisJson(ProvinceOptions options, ProvinceResults.UnitResult u) {
        return KpiReport.pairedJson(ProvinceJob.setup(u.scenario(), u.setup(), DayTask.TODAY, options),
                ProvinceJob.setup(u.scenario(), u.setup(), DayTask.OPTIMISED, options), options.seed(), u.today(),
                u.optimised());
    }

    private static JsonNode kpisTree(ProvinceOptions options, ProvinceResults.UnitResult u) {
        try {
            return OutpostJson.mapper().readTree(kpisJson(options, u));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The units ranked best practice first: responses per courier (higher first), then share within
     * target (higher first), then cost per day (lower first), then file order; failed units last.
     *
     * @param summaries the units' summaries
     * @return the ranked summaries
     */
    static List<UnitSummary> ranked(List<UnitSummary> summaries) {
        List<UnitSummary> ok = new ArrayList<>(summaries.stream().filter(s -> !s.result().setup().failed()).toList());
        ok.sort(Comparator.comparingDouble((UnitSummary s) -> -s.perCourier())
                .thenComparingDouble(s -> -s.optimised()[1].mean())
                .thenComparingDouble(UnitSummary::costPerDay)
                .thenComparingInt(s -> s.result().unit().index()));
        return ok;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
