package dev.outpost.sim.cli;

import dev.outpost.sim.experiment.Estimate;
import dev.outpost.sim.experiment.KpiTable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints the headline KPIs of a table as a Markdown table. */
final class Summaries {

    /** The headline metrics: group/name. */
    static final List<String> HEADLINE = List.of("all/requests", "all/responseMean", "all/responseP90", "all/responseP95",
            "all/withinTarget", "class:SERVICE_CENTRE/withinTarget", "all/unserved", "fleet/utilisation",
            "fleet/distance", "fleet/itemsAfterCutoff");

    private Summaries() {
    }

    static void print(KpiTable table, PrintWriter out) {
        out.println("| metric | unit | mean | 95% CI |");
        out.println("|---|---|---:|---|");
        for (KpiTable.Row row : table.rows()) {
            if (HEADLINE.contains(row.group() + "/" + row.name())) {
                Estimate e = row.estimate();
                out.printf(Locale.ROOT, "| %s/%s | %s | %.2f | [%.2f, %.2f] |%n", row.group(), row.name(),
                        row.unit().name().toLowerCase(Locale.ROOT), e.mean(), e.low(), e.high());
            }
        }
    }
}
