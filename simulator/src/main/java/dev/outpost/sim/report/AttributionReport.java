package dev.outpost.sim.report;

import dev.outpost.sim.experiment.Attribution;
import dev.outpost.sim.experiment.Estimate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What each change is worth ({@link Attribution}) as text: the summary's Markdown table with the
 * findings, {@code attribution.csv}, and the report's section (an HTML table and an SVG chart of the
 * paired differences, no script).
 */
public final class AttributionReport {

    /** The file name of the CSV table. */
    public static final String CSV = "attribution.csv";

    /** The heading of the summary's section. */
    public static final String HEADING = "What each change is worth";

    private AttributionReport() {
    }

    /**
     * The set-up's label: each factor's level, "today" when none is changed.
     *
     * @param result the factorial
     * @param row    one of its rows
     * @return e.g. "layout + relocation"
     */
    public static String changes(Attribution.Result result, Attribution.Row row) {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < result.factors().size(); f++) {
            if (row.changed(f)) {
                names.add(result.factors().get(f).name());
            }
        }
        if (names.isEmpty()) {
            return "today";
        }
        return names.size() == result.factors().size() && names.size() > 1 ? (names.size() == 3 ? "all three" : "both")
                : String.join(" + ", names);
    }

    /**
     * The summary's section as plain lines (Markdown): the heading, the table and the findings.
     *
     * @param result the factorial
     * @param seed   the seed of the paired days
     * @return the lines
     */
    public static List<String> lines(Attribution.Result result, long seed) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADING + " (" + result.rows().size() + " set-ups on the same " + result.replications()
                + " paired days, seed " + seed + "; differences to today with 95% intervals):");
        lines.add("");
        lines.add("| changes | layout / dispatch / relocation | mean response (min) | within target (%) |"
                + " response vs today (min) | within target vs today (points) |");
        lines.add("|---|---|---:|---:|---:|---:|");
        for (Attribution.Row r : result.rows()) {
            boolean today = r == result.rows().get(0);
            lines.add("| " + changes(result, r) + " | " + r.setup().label() + " | " + est(r.response(), 60) + " | "
                    + est(r.within(), 1) + " | " + (today ? "-" : diff(r.responseDiff(), 60)) + " | "
                    + (today ? "-" : diff(r.withinDiff(), 1)) + " |");
        }
        lines.add("");
        for (String f : result.findings()) {
            lines.add("- " + f);
        }
        return lines;
    }

    /**
     * {@code attribution.csv}: one row per set-up ({@code layout,dispatch,relocation}, which changes,
     * mean response in seconds and within target in percent with 95% intervals, and the paired
     * differences to today with theirs).
     *
     * @param result the factorial
     * @return the CSV text with a header line
     */
    public static String csv(Attribution.Result result) {
        StringBuilder out = new StringBuilder("layout,dispatch,relocation,changes,days,response_mean_s,response_ci_low_s,"
                + "response_ci_high_s,within_target_percent,within_target_ci_low,within_target_ci_high,"
                + "response_diff_to_today_s,response_diff_ci_low_s,response_diff_ci_high_s,"
                + "within_target_diff_to_today,within_target_diff_ci_low,within_target_diff_ci_high\n");
        for (Attribution.Row r : result.rows()) {
            out.append(quote(r.setup().layout().name())).append(',').append(quote(r.setup().dispatch())).append(',')
                    .append(quote(r.setup().relocation())).append(',').append(quote(changes(result, r))).append(',')
                    .append(r.response().n());
            for (Estimate e : List.of(r.response(), r.within(), r.responseDiff(), r.withinDiff())) {
                out.append(',').append(cell(e.mean())).append(',').append(cell(e.low())).append(',').append(cell(e.high()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The report's section: the table, a chart of each set-up's paired difference in mean response
     * to today with its interval, and the findings.
     *
     * @param h      where to append the HTML
     * @param result the factorial
     */
    static void html(StringBuilder h, Attribution.Result result) {
        h.append("<section>\n<h2>").append(HtmlReport.esc(HEADING)).append("</h2>\n<table class=\"kpis\">\n<thead><tr>")
                .append("<th>Changes</th><th>Layout / dispatch / relocation</th><th>Mean response (min)</th>")
                .append("<th>Within target (%)</th><th>Response vs today (min)</th><th>Within target vs today (points)</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (Attribution.Row r : result.rows()) {
            boolean today = r == result.rows().get(0);
            Estimate d = r.responseDiff();
            String cls = today || Double.isNaN(d.halfWidth()) ? "" : d.high() < 0 ? " class=\"better\""
                    : d.low() > 0 ? " class=\"worse\"" : "";
            h.append("<tr><th>").append(HtmlReport.esc(changes(result, r))).append("</th><td>")
                    .append(HtmlReport.esc(r.setup().label())).append("</td><td>").append(HtmlReport.esc(est(r.response(), 60)))
                    .append("</td><td>").append(HtmlReport.esc(est(r.within(), 1))).append("</td><td").append(cls).append('>')
                    .append(today ? "&ndash;" : HtmlReport.esc(diff(d, 60))).append("</td><td>")
                    .append(today ? "&ndash;" : HtmlReport.esc(diff(r.withinDiff(), 1))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        chart(h, result);
        h.append("<ul class=\"note\">\n");
        for (String f : result.findings()) {
            h.append("<li>").append(HtmlReport.esc(f)).append("</li>\n");
        }
        h.append("</ul>\n<p class=\"note\">Every set-up ran on the same ").append(result.replications())
                .append(" simulated days (common random numbers); a difference is paired day by day, with its 95%"
                        + " interval (Student t).</p>\n</section>\n");
    }

    /** Horizontal bars: each set-up's paired difference in mean response to today, with its interval. */
    private static void chart(StringBuilder h, Attribution.Result result) {
        List<Attribution.Row> rows = result.rows().subList(1, result.rows().size());
        if (rows.isEmpty()) {
            return;
        }
        double lo = 0;
        double hi = 0;
        for (Attribution.Row r : rows) {
            Estimate d = r.responseDiff();
            lo = Math.min(lo, Double.isNaN(d.halfWidth()) ? d.mean() : d.low());
            hi = Math.max(hi, Double.isNaN(d.halfWidth()) ? d.mean() : d.high());
        }
        lo /= 60;
        hi /= 60;
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        int left = 190;
        int width = 720;
        int rowH = 24;
        int height = rows.size() * rowH + 34;
        // The plot keeps room on both sides for the values written beyond the bars.
        int pad = 44;
        double origin = left + pad;
        double scale = (width - left - 20 - 2 * pad) / (hi - lo);
        double zero = origin + (0 - lo) * scale;
        h.append("<svg viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Paired difference in mean response to today, per set-up\">\n");
        for (int i = 0; i < rows.size(); i++) {
            Attribution.Row r = rows.get(i);
            Estimate d = r.responseDiff();
            double y = 8 + i * rowH;
            double x1 = origin + (d.mean() / 60 - lo) * scale;
            double a = Math.min(zero, x1);
            double b = Math.max(zero, x1);
            String colour = !Double.isNaN(d.halfWidth()) && d.high() < 0 ? "#15803d"
                    : !Double.isNaN(d.halfWidth()) && d.low() > 0 ? "#b91c1c" : "#94a3b8";
            h.append("<text x=\"").append(left - 6).append("\" y=\"").append(f(y + 14))
                    .append("\" text-anchor=\"end\">").append(HtmlReport.esc(changes(result, r))).append("</text>\n");
            h.append("<rect x=\"").append(f(a)).append("\" y=\"").append(f(y + 3)).append("\" width=\"")
                    .append(f(Math.max(0.5, b - a))).append("\" height=\"").append(rowH - 8).append("\" fill=\"")
                    .append(colour).append("\"/>\n");
            // The value stands beyond the bar and its interval line, so neither crosses it.
            double outerLeft = a;
            double outerRight = b;
            if (!Double.isNaN(d.halfWidth())) {
                double l = origin + (d.low() / 60 - lo) * scale;
                double u = origin + (d.high() / 60 - lo) * scale;
                h.append("<line x1=\"").append(f(l)).append("\" x2=\"").append(f(u)).append("\" y1=\"").append(f(y + 11))
                        .append("\" y2=\"").append(f(y + 11)).append("\" stroke=\"#0f172a\" stroke-width=\"1.5\"/>\n");
                outerLeft = Math.min(outerLeft, l);
                outerRight = Math.max(outerRight, u);
            }
            h.append("<text x=\"").append(f(d.mean() < 0 ? outerLeft - 4 : outerRight + 4)).append("\" y=\"").append(f(y + 14))
                    .append("\" text-anchor=\"").append(d.mean() < 0 ? "end" : "start").append("\">")
                    .append(HtmlReport.esc(signedNum(d.mean() / 60))).append("</text>\n");
        }
        double axis = 8 + rows.size() * rowH;
        h.append("<line x1=\"").append(f(zero)).append("\" x2=\"").append(f(zero)).append("\" y1=\"4\" y2=\"").append(f(axis))
                .append("\" stroke=\"#0f172a\"/>\n");
        h.append("<text x=\"").append(f(left + (width - left - 20) / 2.0)).append("\" y=\"").append(f(axis + 18))
                .append("\" text-anchor=\"middle\">")
                .append("0 = today; mean response difference in minutes (bars), 95% interval (lines)</text>\n</svg>\n");
    }

    private static String f(double v) {
        return HtmlReport.num(v, 1);
    }

    private static String est(Estimate e, double per) {
        if (Double.isNaN(e.mean())) {
            return "-";
        }
        return Double.isNaN(e.halfWidth()) ? HtmlReport.num(e.mean() / per, 1)
                : HtmlReport.num(e.mean() / per, 1) + " \u00b1 " + HtmlReport.num(e.halfWidth() / per, 1);
    }

    private static String diff(Estimate e, double per) {
        if (Double.isNaN(e.mean())) {
            return "-";
        }
        String mean = signedNum(e.mean() / per);
        return Double.isNaN(e.halfWidth()) ? mean
                : mean + " [" + HtmlReport.num(e.low() / per, 1) + ", " + HtmlReport.num(e.high() / per, 1) + "]";
    }

    private static String signedNum(double v) {
        String s = HtmlReport.num(v, 1);
        return s.startsWith("-") ? s : "+" + s;
    }

    private static String cell(double value) {
        return Double.isNaN(value) ? ""
                : new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

}
