package dev.outpost.sim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.io.OutpostJson;
import dev.outpost.sim.experiment.Estimate;
import dev.outpost.sim.experiment.KpiTable;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.kpi.Metric;
import dev.outpost.sim.kpi.RunKpis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Writes simulation results: {@code kpis.json} (canonical JSON, numbers rounded to 4 decimals,
 * undefined values as null: byte-identical for the same scenario, set-up and seed) and CSV tables.
 */
public final class KpiReport {

    /** The {@code format} field of kpis.json. */
    public static final String FORMAT = "outpost-kpis/1";

    private KpiReport() {
    }

    /**
     * The kpis.json text of one set-up's replications.
     *
     * @param setup the simulated set-up
     * @param seed  the base random seed of the replications
     * @param runs  the KPIs of each replication, in replication order
     * @return the canonical JSON text
     */
    public static String json(SimSetup setup, long seed, List<RunKpis> runs) {
        ObjectNode root = OutpostJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("scenario", setup.scenario().name());
        root.put("seed", seed);
        root.put("replications", runs.size());
        root.set("setup", setupNode(setup));
        root.set("metrics", rows(KpiTable.of(runs)));
        ArrayNode perRun = root.putArray("runs");
        for (int r = 0; r < runs.size(); r++) {
            ObjectNode run = perRun.addObject();
            run.put("replication", r);
            ObjectNode values = run.putObject("values");
            for (Metric m : runs.get(r).metrics()) {
                if (m.group().equals("all") || m.group().equals("fleet")) {
                    put(values, m.key(), m.value());
                }
            }
        }
        return OutpostJson.canonical(root);
    }

    /**
     * The kpis.json text of a paired comparison: each set-up's table and the differences b - a.
     *
     * @param a     the first set-up
     * @param b     the second set-up
     * @param seed  the base random seed shared by both set-ups
     * @param runsA the KPIs of each replication of {@code a}
     * @param runsB the KPIs of each replication of {@code b}, paired by index with {@code runsA}
     * @return the canonical JSON text
     */
    public static String pairedJson(SimSetup a, SimSetup b, long seed, List<RunKpis> runsA, List<RunKpis> runsB) {
        ObjectNode root = OutpostJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("scenario", a.scenario().name());
        root.put("seed", seed);
        root.put("replications", runsA.size());
        root.put("pairing", "common random numbers: replication r of both set-ups sees the same requests");
        root.set("a", setupNode(a));
        root.set("b", setupNode(b));
        List<RunKpis> sharedA = KpiTable.sharedGroups(runsA);
        List<RunKpis> sharedB = KpiTable.sharedGroups(runsB);
        root.set("metricsA", rows(KpiTable.of(sharedA)));
        root.set("metricsB", rows(KpiTable.of(sharedB)));
        root.set("differenceBminusA", rows(KpiTable.paired(sharedA, sharedB)));
        return OutpostJson.canonical(root);
    }

    /**
     * The kpis.json text of a sweep: for each value of the swept parameter, its set-up and the
     * summary of its replications.
     *
     * @param parameter the name of the swept parameter
     * @param values    the swept values, as given
     * @param setups    the set-up of each value, by index
     * @param seed      the base random seed of the replications
     * @param runs      the KPIs of each value's replications, by index
     * @return the canonical JSON text
     */
    public static String sweepJson(String parameter, List<String> values, List<SimSetup> setups, long seed,
            List<List<RunKpis>> runs) {
        ObjectNode root = OutpostJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("scenario", setups.get(0).scenario().name());
        root.put("seed", seed);
        root.put("replications", runs.get(0).size());
        root.put("sweep", parameter);
        ArrayNode points = root.putArray("points");
        for (int i = 0; i < values.size(); i++) {
            ObjectNode point = points.addObject();
            point.put("value", values.get(i));
            point.set("setup", setupNode(setups.get(i)));
            point.set("metrics", rows(KpiTable.of(KpiTable.sharedGroups(runs.get(i)))));
        }
        return OutpostJson.canonical(root);
    }

    /**
     * A CSV table of a sweep: one row per value, mean and interval of each named metric ({@code group/name}).
     *
     * @param parameter the name of the swept parameter (the first column's header)
     * @param values    the swept values, one row each
     * @param runs      the KPIs of each value's replications, by index
     * @param metrics   the metrics to tabulate, each as {@code group/name}
     * @return the CSV text, with a header line
     */
    public static String sweepCsv(String parameter, List<String> values, List<List<RunKpis>> runs, List<String> metrics) {
        StringBuilder out = new StringBuilder(parameter);
        for (String m : metrics) {
            out.append(',').append(quote(m)).append(',').append(quote(m + " ci_low")).append(',').append(quote(m + " ci_high"));
        }
        out.append('\n');
        for (int i = 0; i < values.size(); i++) {
            KpiTable table = KpiTable.of(KpiTable.sharedGroups(runs.get(i)));
            out.append(quote(values.get(i)));
            for (String m : metrics) {
                int slash = m.indexOf('/');
                Estimate e = table.row(m.substring(0, slash), m.substring(slash + 1)).estimate();
                out.append(',').append(cell(e.mean())).append(',').append(cell(e.low())).append(',').append(cell(e.high()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static ObjectNode setupNode(SimSetup setup) {
        ObjectNode node = OutpostJson.mapper().createObjectNode();
        node.put("layout", setup.layout().name());
        node.put("outposts", setup.layout().outposts().size());
        node.put("dispatch", setup.dispatch());
        node.put("relocation", setup.relocation());
        node.put("demandGrowth", setup.fleet().growth());
        node.put("travelNoiseSigma", setup.fleet().travelNoiseSigma());
        node.put("breakdownsPerHour", setup.fleet().breakdownsPerHour());
        node.put("serviceTimes", setup.fleet().serviceTimes().name().toLowerCase(Locale.ROOT));
        return node;
    }

    private static ArrayNode rows(KpiTable table) {
        ArrayNode out = OutpostJson.mapper().createArrayNode();
        for (KpiTable.Row row : table.rows()) {
            ObjectNode node = out.addObject();
            node.put("group", row.group());
            node.put("name", row.name());
            node.put("unit", row.unit().name().toLowerCase(Locale.ROOT));
            Estimate e = row.estimate();
            node.put("n", e.n());
            put(node, "mean", e.mean());
            put(node, "ciLow", e.low());
            put(node, "ciHigh", e.high());
        }
        return out;
    }

    private static void put(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros());
        }
    }

    /**
     * A CSV table (header {@code group,name,unit,n,mean,ci_low,ci_high}) of a summary.
     *
     * @param table the summary to write
     * @return the CSV text, one line per row after the header
     */
    public static String csv(KpiTable table) {
        StringBuilder out = new StringBuilder("group,name,unit,n,mean,ci_low,ci_high\n");
        for (KpiTable.Row row : table.rows()) {
            Estimate e = row.estimate();
            out.append(quote(row.group())).append(',').append(row.name()).append(',')
                    .append(row.unit().name().toLowerCase(Locale.ROOT)).append(',').append(e.n()).append(',')
                    .append(cell(e.mean())).append(',').append(cell(e.low())).append(',').append(cell(e.high())).append('\n');
        }
        return out.toString();
    }

    private static String cell(double value) {
        return Double.isNaN(value) ? "" : new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
