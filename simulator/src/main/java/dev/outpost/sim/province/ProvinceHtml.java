package dev.outpost.sim.province;

import static dev.outpost.sim.report.HtmlReport.esc;

import dev.outpost.model.AdminLevel;
import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.sim.report.MapProjection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code province.html}: a self-contained page (no script, no network) with the province totals,
 * the coverage by level, the units ranked best practice first, the failed units, the centres not
 * covered and a small map per unit.
 */
final class ProvinceHtml {

    private static final int MAP_W = 260;
    private static final int MAP_H = 190;
    private static final int PAD = 10;

    private ProvinceHtml() {
    }

    static String html(ProvinceResults results, List<ProvinceOutputs.UnitSummary> summaries) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = "Outpost province: " + results.province().name();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
                        + " 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>").append(esc(title)).append("</h1>\n");
        ProvinceOptions o = results.options();
        int failed = results.failures().size();
        h.append("<p class=\"lead\">").append(results.units().size()).append(" units")
                .append(failed == 0 ? "" : " (" + failed + " failed, listed below)").append("; in each, today's practice"
                        + " against the optimised set-up on the same ").append(o.replications())
                .append(" simulated days (seed ").append(o.seed()).append(o.growth() == 1 ? "" : "; demand "
                        + num(o.growth(), 2) + " times the scenarios'").append("), as <code>outpost demo</code> runs one town."
                        + " A centre is covered when at least ").append(num(ProvinceOutputs.COVERED_PERCENT, 0))
                .append(" % of its requests are reached within target.</p>\n</header>\n");
        totals(h, results, summaries);
        levels(h, results, summaries);
        ranked(h, summaries);
        failures(h, results);
        uncovered(h, results);
        maps(h, results);
        h.append("<footer>Made by Outpost from simulated days; same province, options and seed, same page.</footer>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    private static void totals(StringBuilder h, ProvinceResults results, List<ProvinceOutputs.UnitSummary> summaries) {
        int couriers = 0;
        double requests = 0;
        long[] centres = new long[4];
        int centreCount = 0;
        int uncovered = 0;
        for (ProvinceOutputs.UnitSummary s : summaries) {
            if (s.result().setup().failed()) {
                continue;
            }
            couriers += s.couriers();
            requests += s.requestsPerDay();
            for (long[] l : s.levels()) {
                for (int k = 0; k < 4; k++) {
                    centres[k] += l[k];
                }
            }
            for (DayResult.CentreDay c : s.result().optimisedCentres()) {
                centreCount++;
                if (!ProvinceOutputs.covered(c)) {
                    uncovered++;
                }
            }
        }
        h.append("<section>\n<h2>Province totals</h2>\n<div class=\"cards\">\n");
        card(h, "Units run", String.valueOf(results.units().size() - results.failures().size()),
                "of " + results.units().size() + " in the province file");
        card(h, "Couriers", String.valueOf(couriers), num(requests, 0) + " requests a day");
        card(h, "Levelled centres' requests within target", ProvinceOutputs.percent(centres[3], centres[2]) + " %",
                "today " + ProvinceOutputs.percent(centres[1], centres[0]) + " %");
        card(h, "Centres not covered (optimised)", String.valueOf(uncovered), "of " + centreCount + " service centres");
        h.append("</div>\n</section>\n");
    }

    private static void levels(StringBuilder h, ProvinceResults results, List<ProvinceOutputs.UnitSummary> summaries) {
        int[] centres = new int[AdminLevel.values().length];
        int[] notCovered = new int[AdminLevel.values().length];
        for (ProvinceResults.UnitResult u : results.units()) {
            if (u.setup().failed()) {
                continue;
            }
            int c = 0;
            for (Client client : u.scenario().clients()) {
                if (client.kind() != ClientKind.SERVICE_CENTRE) {
                    continue;
                }
                if (client.level() != null) {
                    centres[client.level().ordinal()]++;
                    if (!ProvinceOutputs.covered(u.optimisedCentres().get(c))) {
                        notCovered[client.level().ordinal()]++;
                    }
                }
                c++;
            }
        }
        h.append("<section>\n<h2>Coverage by level</h2>\n<table class=\"levels\">\n<thead><tr><th>level</th><th>centres</th>"
                + "<th>requests</th><th>within target today (%)</th><th>optimised (%)</th><th>not covered (optimised)</th>"
                + "</tr></thead>\n<tbody>\n");
        for (AdminLevel level : AdminLevel.values()) {
            long[] l = new long[4];
            for (ProvinceOutputs.UnitSummary s : summaries) {
                for (int k = 0; k < 4; k++) {
                    l[k] += s.levels()[level.ordinal()][k];
                }
            }
            h.append("<tr><th>").append(level.label()).append("</th><td>").append(centres[level.ordinal()])
                    .append("</td><td>").append(l[2]).append("</td><td>").append(ProvinceOutputs.percent(l[1], l[0]))
                    .append("</td><td>").append(ProvinceOutputs.percent(l[3], l[2])).append("</td><td>")
                    .append(notCovered[level.ordinal()]).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<p class=\"note\">Requests and within target summed over every simulated day of"
                + " every unit; centres without a level are not counted here.</p>\n</section>\n");
    }

    private static void ranked(StringBuilder h, List<ProvinceOutputs.UnitSummary> summaries) {
        h.append("<section>\n<h2>Units ranked: best practice first</h2>\n<p class=\"note\">Ranked by responses per"
                + " courier and day with the optimised set-up, then share within target, then cost per day. What the"
                + " leaders do (their outposts and relocation) is what the others can copy.</p>\n")
                .append("<table class=\"units\">\n<thead><tr><th>#</th><th>unit</th><th>parent</th><th>couriers</th>"
                        + "<th>outposts</th><th>relocation</th><th>responses per courier</th><th>within target (%)</th>"
                        + "<th>mean response today (min)</th><th>optimised (min)</th><th>change (min, 95% CI)</th>"
                        + "<th>cost per day</th></tr></thead>\n<tbody>\n");
        int rank = 0;
        for (ProvinceOutputs.UnitSummary s : ProvinceOutputs.ranked(summaries)) {
            ProvinceResults.UnitResult u = s.result();
            h.append("<tr><td>").append(++rank).append("</td><th>").append(esc(u.unit().name())).append("</th><td>")
                    .append(esc(u.unit().parent() == null ? "" : u.unit().parent())).append("</td><td>")
                    .append(s.couriers()).append("</td><td>").append(s.outpostsOptimised()).append("</td><td>")
                    .append(esc(u.setup().relocation())).append("</td><td>").append(num(s.perCourier(), 1))
                    .append("</td><td>").append(num(s.optimised()[1].mean(), 1)).append(" \u00b1 ")
                    .append(num(s.optimised()[1].halfWidth(), 1)).append("</td><td>")
                    .append(num(s.today()[0].mean() / 60, 1)).append("</td><td>").append(num(s.optimised()[0].mean() / 60, 1))
                    .append("</td><td class=\"").append(s.difference()[0].high() < 0 ? "better" : s.difference()[0].low() > 0
                            ? "worse" : "").append("\">").append(signed(s.difference()[0].mean() / 60)).append(" [")
                    .append(num(s.difference()[0].low() / 60, 1)).append(", ").append(num(s.difference()[0].high() / 60, 1))
                    .append("]</td><td>").append(num(s.costPerDay(), 0)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void failures(StringBuilder h, ProvinceResults results) {
        if (results.failures().isEmpty()) {
            return;
        }
        h.append("<section>\n<h2>Units not run</h2>\n<table class=\"failures\">\n<thead><tr><th>unit</th><th>file</th>"
                + "<th>why</th></tr></thead>\n<tbody>\n");
        for (ProvinceResults.UnitResult u : results.failures()) {
            h.append("<tr><th>").append(esc(u.unit().name())).append("</th><td>").append(esc(u.unit().path()))
                    .append("</td><td class=\"why\">").append(esc(u.setup().failure())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void uncovered(StringBuilder h, ProvinceResults results) {
        StringBuilder rows = new StringBuilder();
        int count = 0;
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
                if (!ProvinceOutputs.covered(o)) {
                    count++;
                    rows.append("<tr><th>").append(esc(u.unit().name())).append("</th><td>").append(esc(client.name()))
                            .append(" (").append(esc(client.id())).append(")</td><td>")
                            .append(client.level() == null ? "" : client.level().label()).append("</td><td>")
                            .append(o.requests()).append("</td><td>").append(ProvinceOutputs.percent(t.within(), t.requests()))
                            .append("</td><td>").append(ProvinceOutputs.percent(o.within(), o.requests()))
                            .append("</td></tr>\n");
                }
                c++;
            }
        }
        h.append("<section>\n<h2>Centres not covered</h2>\n");
        if (count == 0) {
            h.append("<p>Every service centre is covered with the optimised set-up.</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"centres\">\n<thead><tr><th>unit</th><th>centre</th><th>level</th><th>requests</th>"
                + "<th>within target today (%)</th><th>optimised (%)</th></tr></thead>\n<tbody>\n").append(rows)
                .append("</tbody>\n</table>\n</section>\n");
    }

    private static void maps(StringBuilder h, ProvinceResults results) {
        h.append("<section>\n<h2>Each unit</h2>\n<div class=\"maps\">\n");
        for (ProvinceResults.UnitResult u : results.units()) {
            if (u.setup().failed()) {
                continue;
            }
            h.append("<figure>\n");
            map(h, u);
            h.append("<figcaption><b>").append(esc(u.unit().name())).append("</b>: ").append(u.setup().couriers())
                    .append(" couriers at ").append(u.setup().optimised().outposts().size()).append(" outposts</figcaption>\n")
                    .append("</figure>\n");
        }
        h.append("</div>\n<p class=\"legend\"><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\""
                + " width=\"10\" height=\"10\" fill=\"#16a34a\" stroke=\"#111\"/></svg> service centre covered"
                + " <svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"10\" height=\"10\""
                + " fill=\"#dc2626\" stroke=\"#111\"/></svg> not covered <svg width=\"10\" height=\"10\" aria-hidden=\"true\">"
                + "<circle cx=\"5\" cy=\"5\" r=\"2\" fill=\"#94a3b8\"/></svg> office <svg width=\"14\" height=\"14\""
                + " aria-hidden=\"true\"><polygon points=\"7,1 13,13 1,13\" fill=\"#f59e0b\" stroke=\"#111\"/></svg>"
                + " outpost (optimised) <svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\""
                + " width=\"10\" height=\"10\" fill=\"#111\"/></svg> hub</p>\n</section>\n");
    }

    private static void map(StringBuilder h, ProvinceResults.UnitResult u) {
        Scenario sc = u.scenario();
        Map<String, Location> sites = new HashMap<>();
        List<Location> all = new ArrayList<>();
        all.add(sc.hub().location());
        for (Site s : sc.sites()) {
            sites.put(s.id(), s.location());
            all.add(s.location());
        }
        for (Client c : sc.clients()) {
            all.add(c.location());
        }
        MapProjection p = new MapProjection(all, sc.coordinates() == CoordinateSystem.GEOGRAPHIC, MAP_W, MAP_H, PAD);
        h.append("<svg class=\"map\" viewBox=\"0 0 ").append(MAP_W).append(' ').append(MAP_H)
                .append("\" role=\"img\" aria-label=\"Map of ").append(esc(u.unit().name())).append("\">\n")
                .append("<rect width=\"").append(MAP_W).append("\" height=\"").append(MAP_H).append("\" fill=\"#f8fafc\"/>\n")
                .append("<g fill=\"#94a3b8\">\n");
        for (Client c : sc.clients()) {
            if (c.kind() != ClientKind.SERVICE_CENTRE) {
                h.append("<circle cx=\"").append(num(p.x(c.location()), 1)).append("\" cy=\"").append(num(p.y(c.location()), 1))
                        .append("\" r=\"1.5\"/>\n");
            }
        }
        h.append("</g>\n<g stroke=\"#111\" stroke-width=\"0.6\">\n");
        int i = 0;
        for (Client c : sc.clients()) {
            if (c.kind() != ClientKind.SERVICE_CENTRE) {
                continue;
            }
            DayResult.CentreDay o = u.optimisedCentres().get(i++);
            double x = p.x(c.location());
            double y = p.y(c.location());
            h.append("<rect x=\"").append(num(x - 4, 1)).append("\" y=\"").append(num(y - 4, 1))
                    .append("\" width=\"8\" height=\"8\" fill=\"").append(ProvinceOutputs.covered(o) ? "#16a34a" : "#dc2626")
                    .append("\"><title>").append(esc(c.name())).append(c.level() == null ? "" : " (" + c.level().label() + ")")
                    .append(": ").append(ProvinceOutputs.percent(o.within(), o.requests())).append(" % within target")
                    .append("</title></rect>\n");
        }
        for (UnitSetup.PostValue post : u.setup().optimised().outposts()) {
            Location l = sites.get(post.siteId());
            if (l == null) {
                continue;
            }
            double x = p.x(l);
            double y = p.y(l);
            h.append("<polygon points=\"").append(num(x, 1)).append(',').append(num(y - 6, 1)).append(' ')
                    .append(num(x + 6, 1)).append(',').append(num(y + 5, 1)).append(' ').append(num(x - 6, 1)).append(',')
                    .append(num(y + 5, 1)).append("\" fill=\"#f59e0b\"><title>").append(esc(post.siteId())).append(": ")
                    .append(post.couriers()).append(" couriers</title></polygon>\n");
        }
        double hx = p.x(sc.hub().location());
        double hy = p.y(sc.hub().location());
        h.append("<rect x=\"").append(num(hx - 5, 1)).append("\" y=\"").append(num(hy - 5, 1))
                .append("\" width=\"10\" height=\"10\" fill=\"#111\"><title>hub</title></rect>\n</g>\n</svg>\n");
    }

    private static void card(StringBuilder h, String title, String big, String small) {
        h.append("<div class=\"card\"><div class=\"k\">").append(esc(title)).append("</div><div class=\"v\">")
                .append(esc(big)).append("</div><div class=\"s\">").append(esc(small)).append("</div></div>\n");
    }

    private static String num(double value, int decimals) {
        return Double.isNaN(value) ? "\u2013" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String signed(double value) {
        return Double.isNaN(value) ? "\u2013" : String.format(Locale.ROOT, "%+.1f", value);
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #0f172a;
              max-width: 1180px; margin: 0 auto; padding: 16px 20px 32px; line-height: 1.4; background: #fff; }
            h1 { font-size: 1.5rem; margin: 0 0 8px; }
            h2 { font-size: 1.1rem; margin: 18px 0 8px; border-bottom: 1px solid #e2e8f0; padding-bottom: 3px; }
            .cards { display: flex; gap: 12px; flex-wrap: wrap; }
            .card { flex: 1 1 220px; border: 1px solid #cbd5e1; border-radius: 6px; padding: 8px 12px; }
            .card .k { font-size: 0.8rem; color: #475569; text-transform: uppercase; letter-spacing: 0.03em; }
            .card .v { font-size: 1.35rem; font-weight: 600; margin: 2px 0; }
            .card .s { font-size: 0.8rem; color: #334155; }
            .lead { font-size: 1.05rem; }
            table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
            th, td { padding: 4px 8px; border-bottom: 1px solid #e2e8f0; text-align: right; vertical-align: top; }
            th:first-child, tbody th, td.why { text-align: left; }
            thead th { background: #f1f5f9; }
            td.better { color: #166534; font-weight: 600; }
            td.worse { color: #b91c1c; font-weight: 600; }
            .maps { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 12px; }
            .maps figure { margin: 0; }
            svg { width: 100%; height: auto; display: block; font-size: 11px; }
            svg.map { border: 1px solid #cbd5e1; }
            .legend svg { width: auto; display: inline; vertical-align: middle; margin-left: 8px; }
            figcaption, .note, .legend, footer { font-size: 0.8rem; color: #475569; }
            footer { margin-top: 16px; }
            @page { size: A4; margin: 12mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 9pt; }
              section, figure, .card { break-inside: avoid; }
            }
            """;
}
