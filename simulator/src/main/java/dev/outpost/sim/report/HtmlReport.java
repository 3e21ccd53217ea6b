package dev.outpost.sim.report;

import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierBreak;
import dev.outpost.model.CourierType;
import dev.outpost.model.Location;
import dev.outpost.model.RoadProfile;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.TravelSpec;
import dev.outpost.sim.experiment.Attribution;
import dev.outpost.sim.experiment.Estimate;
import dev.outpost.sim.experiment.KpiTable;
import dev.outpost.sim.experiment.ClientOutposts;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.fleet.LegTimes;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The planner's report: one self-contained HTML page (inline CSS and SVG, no script, no font or
 * image from the network; a Content-Security-Policy forbids any) with a headline, the comparison
 * table with 95% confidence intervals and paired differences, a map per set-up (clients, outposts,
 * the clients each outpost covers within target, and the couriers' routes on the sample day), the
 * response-time distribution (cumulative share by minute), utilisation over the day and the
 * assumptions. The text is made only from its input with a fixed number format, so the same
 * input gives the same bytes. All text is escaped for HTML. It prints on A4.
 */
public final class HtmlReport {

    /** Colours of the set-ups, in order. */
    private static final String[] COLOURS = {"#c2410c", "#1d4ed8", "#15803d", "#7e22ce"};
    private static final String[] ROUTE_COLOURS = {"#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed",
        "#0891b2", "#dc2626", "#65a30d", "#9333ea", "#0d9488"};

    /**
     * What the report shows.
     *
     * @param title       the page title
     * @param scenario    the scenario simulated
     * @param legs        its leg times (for coverage on the map)
     * @param setups      one or more set-ups' runs (the first is the reference of the differences)
     * @param difference  the paired differences second minus first, or null for one set-up
     * @param assumptions label and text rows
     * @param attribution what each change is worth (the factorial between the first and second set-up), or null
     */
    public record Input(String title, Scenario scenario, LegTimes legs, List<SetupRun> setups, KpiTable difference,
            List<String[]> assumptions, Attribution.Result attribution) {

        /**
         * Without an attribution table.
         *
         * @param title       the page title
         * @param scenario    the scenario simulated
         * @param legs        its leg times
         * @param setups      one or more set-ups' runs
         * @param difference  the paired differences second minus first, or null
         * @param assumptions label and text rows
         */
        public Input(String title, Scenario scenario, LegTimes legs, List<SetupRun> setups, KpiTable difference,
                List<String[]> assumptions) {
            this(title, scenario, legs, setups, difference, assumptions, null);
        }

        /**
         * Copies the lists.
         *
         * @param title       the page title
         * @param scenario    the scenario simulated
         * @param legs        its leg times
         * @param setups      one or more set-ups' runs
         * @param difference  the paired differences second minus first, or null
         * @param assumptions label and text rows
         * @param attribution what each change is worth (drawn after the comparison), or null
         * @throws IllegalArgumentException when there is no set-up
         */
        public Input {
            setups = List.copyOf(setups);
            assumptions = List.copyOf(assumptions);
            if (setups.isEmpty()) {
                throw new IllegalArgumentException("The setups (none) must hold at least one run.");
            }
        }
    }

    /** One row of the comparison. */
    private record Kpi(String group, String name, String label, String unit, double scale, int decimals,
            Boolean lowerIsBetter) {
    }

    /** Service centres with every request of the replication within target (from the traces, not the KPI table). */
    private static final Kpi CENTRES = new Kpi("trace", "centresWithinTarget",
            "Service centres with every request within target", "centres", 1, 1, false);

    private static final List<Kpi> KPIS = List.of(
            new Kpi("all", "responseMean", "Mean response", "min", 1 / 60.0, 1, true),
            new Kpi("all", "responseP90", "90th percentile response", "min", 1 / 60.0, 1, true),
            new Kpi("all", "withinTarget", "Requests within target", "%", 1, 1, false),
            new Kpi("class:SERVICE_CENTRE", "withinTarget", "Service-centre requests within target", "%", 1, 1, false),
            CENTRES,
            new Kpi("fleet", "utilisation", "Courier utilisation", "%", 1, 1, null),
            new Kpi("fleet", "distance", "Distance driven", "km", 1, 0, true),
            new Kpi("fleet", "itemsAfterCutoff", "Items at the hub after cut-off", "items", 1, 1, true),
            new Kpi("all", "unserved", "Requests unserved", "requests", 1, 1, true));

    private HtmlReport() {
    }

    /**
     * The comparison's rows: {@link #KPIS}, with the share within target of each administrative level's
     * service centres after the service-centre row, for the levels {@code table} gives (none for a
     * scenario without levels).
     */
    private static List<Kpi> kpis(KpiTable table) {
        List<Kpi> rows = new ArrayList<>();
        for (Kpi k : KPIS) {
            rows.add(k);
            if (k.group().equals("class:SERVICE_CENTRE")) {
                for (KpiTable.Row row : table.rows()) {
                    if (row.group().startsWith("level:") && row.name().equals("withinTarget")) {
                        String level = row.group().substring("level:".length());
                        rows.add(new Kpi(row.group(), row.name(), "Requests within target, " + level + "-level centres", "%",
                                1, 1, false));
                    }
                }
            }
        }
        return rows;
    }

    /** The estimate of {@code k} for {@code run} (whose shared-group table is {@code table}), or null. */
    private static Estimate estimate(SetupRun run, KpiTable table, Kpi k) {
        if (k == CENTRES) {
            return Estimate.of(run.trace().centresWithinTarget().stream().map(Integer::doubleValue).toList());
        }
        return find(table, k);
    }

    /** The paired difference of {@code k}, second minus first set-up, or null. */
    private static Estimate difference(List<SetupRun> runs, KpiTable difference, Kpi k) {
        if (k != CENTRES) {
            return difference == null ? null : find(difference, k);
        }
        List<Integer> a = runs.get(0).trace().centresWithinTarget();
        List<Integer> b = runs.get(1).trace().centresWithinTarget();
        if (a.size() != b.size()) {
            return null;
        }
        List<Double> d = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            d.add((double) (b.get(i) - a.get(i)));
        }
        return Estimate.of(d);
    }

    /**
     * The summary table as plain text lines (Markdown): each KPI's mean and 95% interval per set-up,
     * and, given the differences, the paired difference (second minus first) and the change (relative for
     * times and distances, absolute for counts, in points for percentages).
     *
     * @param runs       one or two set-ups' runs (the first is the reference)
     * @param difference the paired differences second minus first, or null
     * @return the lines, header first
     */
    public static List<String> summaryLines(List<SetupRun> runs, KpiTable difference) {
        List<String> lines = new ArrayList<>();
        boolean two = runs.size() >= 2;
        if (!two) {
            lines.add("| KPI | mean (95% CI) |");
            lines.add("|---|---:|");
        } else {
            lines.add("| KPI | " + runs.get(0).name() + " | " + runs.get(1).name() + " | difference (95% CI) | change |");
            lines.add("|---|---:|---:|---:|---:|");
        }
        KpiTable a = KpiTable.of(KpiTable.sharedGroups(runs.get(0).runs()));
        KpiTable b = two ? KpiTable.of(KpiTable.sharedGroups(runs.get(1).runs())) : null;
        for (Kpi k : kpis(a)) {
            Estimate ea = estimate(runs.get(0), a, k);
            if (ea == null) {
                continue;
            }
            StringBuilder line = new StringBuilder("| " + k.label() + " (" + k.unit() + ") | " + est(ea, k) + " |");
            if (two) {
                Estimate eb = estimate(runs.get(1), b, k);
                Estimate d = difference(runs, difference, k);
                line.append(' ').append(eb == null ? "-" : est(eb, k)).append(" | ")
                        .append(d == null ? "-" : signed(d, k)).append(" | ").append(change(ea, d, k)).append(" |");
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The assumption rows every report shows: scenario, fleet, demand, travel model, couriers'
     * behaviour, replications and seed. The list is mutable, for callers to add rows.
     *
     * @param scenario     the scenario
     * @param source       where it came from (a file name, or the built-in default city)
     * @param fleet        the couriers' behaviour and the demand growth
     * @param replications replications per set-up
     * @param days         simulated days per replication
     * @param seed         the random seed
     * @return label and text rows
     */
    public static List<String[]> assumptions(Scenario scenario, String source, FleetOptions fleet, int replications,
            int days, long seed) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Scenario", scenario.name() + " (" + source + ")"});
        List<String> types = new ArrayList<>();
        int couriers = 0;
        for (CourierType t : scenario.courierTypes()) {
            couriers += t.count();
            StringBuilder breaks = new StringBuilder();
            for (CourierBreak b : t.breaks()) {
                breaks.append(", break ").append(b.durationSeconds() / 60).append(" min in ")
                        .append(clock(b.earliestSeconds())).append('-').append(clock(b.latestSeconds()));
            }
            types.add(t.count() + " " + t.id() + " (" + speed(scenario, t) + "capacity " + t.capacity()
                    + ", shift " + clock(t.shift().startSeconds()) + "-" + clock(t.shift().endSeconds()) + breaks + ")");
        }
        rows.add(new String[] {"Fleet", couriers + " couriers: " + String.join(", ", types)});
        double pickups = 0;
        int centres = 0;
        TreeSet<Integer> targets = new TreeSet<>();
        for (Client c : scenario.clients()) {
            pickups += c.pickupsPerDay();
            centres += c.kind() == ClientKind.SERVICE_CENTRE ? 1 : 0;
            targets.add(c.responseTargetSeconds() / 60);
        }
        rows.add(new String[] {"Demand", scenario.clients().size() + " clients (" + centres + " service centres), "
            + num(pickups * fleet.growth(), 1) + " requests a day expected (growth x" + num(fleet.growth(), 2)
            + "), Poisson arrivals following each client's hourly profile; response targets "
            + String.join(", ", targets.stream().map(t -> t + " min").toList())});
        rows.add(new String[] {"Travel model", travelName(scenario) + "; each leg times a lognormal factor (sigma "
            + num(fleet.travelNoiseSigma(), 2) + ", mean 1)"});
        rows.add(new String[] {"Couriers", "service time at the door " + fleet.serviceTimes().name().toLowerCase(Locale.ROOT)
            + "; breakdowns " + num(fleet.breakdownsPerHour(), 3) + " per courier-hour; hub cut-off "
            + clock(scenario.hub().cutoffSeconds())});
        rows.add(new String[] {"Replications", replications + (days == 1 ? " simulated days" : " replications of " + days
            + " simulated days") + " per set-up, on the same random days (common random numbers); 95% confidence"
            + " intervals by Student t over the replications"});
        rows.add(new String[] {"Seed", Long.toString(seed)});
        return rows;
    }

    private static String travelName(Scenario scenario) {
        if (scenario.travel() instanceof TravelSpec.Road) {
            return "road network (shortest paths on the scenario's roads, each courier type by its road profile"
                    + (TravelModels.congestion(scenario) == null ? ")"
                    : "; rush-hour speeds per time slice, a leg timed from its departure)");
        }
        return scenario.travel() instanceof TravelSpec.Matrix ? "explicit travel-time matrix"
                : "straight line with detour factor";
    }

    /** How fast a courier type drives, as the travel model uses it, followed by ", " (empty for a matrix). */
    private static String speed(Scenario scenario, CourierType type) {
        if (scenario.travel() instanceof TravelSpec.StraightLine) {
            return num(type.speedKmh(), 0) + " km/h, ";
        }
        if (scenario.travel() instanceof TravelSpec.Matrix) {
            return "";
        }
        RoadProfile profile = type.roadProfile();
        if (profile == null) {
            return "road speeds, ";
        }
        return "road speeds" + (profile.maxSpeedKmh() == null ? "" : " up to " + num(profile.maxSpeedKmh(), 0) + " km/h")
                + (profile.barredClasses().isEmpty() ? "" : ", not on " + String.join("/", profile.barredClasses())) + ", ";
    }

    /**
     * The report's HTML text.
     *
     * @param input what to show
     * @return a whole HTML document, the same for the same input
     */
    public static String html(Input input) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(input.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>").append(esc(input.title())).append("</h1>\n");
        headline(h, input);
        h.append("</header>\n");
        table(h, input);
        if (input.attribution() != null) {
            AttributionReport.html(h, input.attribution());
        }
        maps(h, input);
        h.append("<div class=\"row\">\n");
        cdf(h, input);
        utilisation(h, input);
        h.append("</div>\n");
        h.append("<section>\n<h2>Assumptions</h2>\n<table class=\"assumptions\">\n");
        for (String[] row : input.assumptions()) {
            h.append("<tr><th>").append(esc(row[0])).append("</th><td>").append(esc(row[1])).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n<footer>Made by Outpost from simulated days; same input and seed, same report.</footer>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    private static void headline(StringBuilder h, Input input) {
        List<SetupRun> s = input.setups();
        if (s.size() < 2 || input.difference() == null) {
            KpiTable a = KpiTable.of(KpiTable.sharedGroups(s.get(0).runs()));
            h.append("<p class=\"lead\">").append(esc(s.get(0).name())).append(": mean response <b>")
                    .append(est(find(a, KPIS.get(0)), KPIS.get(0))).append(" min</b>, within target <b>")
                    .append(est(find(a, KPIS.get(2)), KPIS.get(2))).append(" %</b> over ")
                    .append(s.get(0).runs().size()).append(" simulated days.</p>\n");
            return;
        }
        KpiTable a = KpiTable.of(KpiTable.sharedGroups(s.get(0).runs()));
        KpiTable b = KpiTable.of(KpiTable.sharedGroups(s.get(1).runs()));
        Estimate ma = find(a, KPIS.get(0));
        Estimate mb = find(b, KPIS.get(0));
        Estimate md = find(input.difference(), KPIS.get(0));
        Estimate wa = find(a, KPIS.get(2));
        Estimate wb = find(b, KPIS.get(2));
        h.append("<div class=\"cards\">\n");
        card(h, "Mean response", num(ma.mean() / 60, 1) + " &rarr; " + num(mb.mean() / 60, 1) + " min",
                md == null ? "" : esc(change(ma, md, KPIS.get(0)) + " (paired difference " + signed(md, KPIS.get(0)) + " min)"));
        card(h, "Requests within target", num(wa.mean(), 1) + " &rarr; " + num(wb.mean(), 1) + " %",
                esc(s.get(1).name() + ": 95% CI " + num(wb.low(), 1) + " to " + num(wb.high(), 1) + " %"));
        int couriers = input.scenario().courierTypes().stream().mapToInt(CourierType::count).sum();
        card(h, "Same fleet, same days", couriers + " couriers, " + s.get(0).runs().size() + " days",
                esc(s.get(0).name() + ": " + s.get(0).setup().label() + "; " + s.get(1).name() + ": "
                        + s.get(1).setup().label()));
        h.append("</div>\n");
    }

    /** A headline card; {@code big} and {@code small} are HTML, already escaped. */
    private static void card(StringBuilder h, String title, String big, String small) {
        h.append("<div class=\"card\"><div class=\"k\">").append(esc(title)).append("</div><div class=\"v\">").append(big)
                .append("</div><div class=\"s\">").append(small).append("</div></div>\n");
    }

    private static void table(StringBuilder h, Input input) {
        List<SetupRun> s = input.setups();
        List<KpiTable> tables = new ArrayList<>();
        for (SetupRun r : s) {
            tables.add(KpiTable.of(KpiTable.sharedGroups(r.runs())));
        }
        boolean paired = s.size() >= 2 && input.difference() != null;
        h.append("<section>\n<h2>Comparison</h2>\n<table class=\"kpis\">\n<thead><tr><th>KPI</th>");
        for (SetupRun r : s) {
            h.append("<th>").append(esc(r.name())).append("<br><small>mean &plusmn; 95% CI</small></th>");
        }
        if (paired) {
            h.append("<th>Paired difference<br><small>").append(esc(s.get(1).name())).append(" &minus; ")
                    .append(esc(s.get(0).name())).append("</small></th><th>Change</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Kpi k : kpis(tables.get(0))) {
            Estimate first = estimate(s.get(0), tables.get(0), k);
            if (first == null) {
                continue;
            }
            h.append("<tr><th>").append(esc(k.label())).append(" <small>(").append(esc(k.unit())).append(")</small></th>");
            for (int i = 0; i < s.size(); i++) {
                Estimate e = estimate(s.get(i), tables.get(i), k);
                h.append("<td>").append(e == null ? "&ndash;" : esc(est(e, k))).append("</td>");
            }
            if (paired) {
                Estimate d = difference(s, input.difference(), k);
                String cls = "";
                if (d != null && k.lowerIsBetter() != null && !Double.isNaN(d.halfWidth()) && (d.low() > 0 || d.high() < 0)) {
                    boolean better = (d.mean() < 0) == k.lowerIsBetter();
                    cls = better ? " class=\"better\"" : " class=\"worse\"";
                }
                h.append("<td").append(cls).append('>').append(d == null ? "&ndash;" : esc(signed(d, k))).append("</td><td>")
                        .append(esc(change(first, d, k))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n<p class=\"note\">Each figure is the mean over the simulated days with its 95% confidence"
                + " interval (Student t).");
        if (paired) {
            h.append(" The paired difference is taken day by day on the same requests (common random numbers);"
                    + " green: better with 95% confidence, red: worse (utilisation is neither). Change: for times and distances the difference and its interval over the first set-up's mean; for counts the difference itself, for percentages the difference in points.");
        }
        h.append("</p>\n</section>\n");
    }

    // ---- map -----------------------------------------------------------------------------------

    private static final int MAP_W = 520;
    private static final int MAP_H = 400;

    private static void maps(StringBuilder h, Input input) {
        Scenario sc = input.scenario();
        Map<String, Location> where = new HashMap<>();
        List<Location> all = new ArrayList<>();
        where.put(sc.hub().id(), sc.hub().location());
        all.add(sc.hub().location());
        for (Site site : sc.sites()) {
            where.put(site.id(), site.location());
            all.add(site.location());
        }
        for (Client c : sc.clients()) {
            where.put(c.id(), c.location());
            all.add(c.location());
        }
        MapProjection p = new MapProjection(all, sc.coordinates() == CoordinateSystem.GEOGRAPHIC, MAP_W, MAP_H, 14);
        h.append("<section>\n<h2>Where couriers wait and drive</h2>\n<div class=\"row\">\n");
        for (int i = 0; i < input.setups().size(); i++) {
            SetupRun run = input.setups().get(i);
            h.append("<figure>\n");
            map(h, input, run, p, where);
            h.append("<figcaption><b>").append(esc(run.name())).append("</b>: ").append(esc(run.setup().label()))
                    .append(". Lines: each courier's stops on the sample day (day 1), straight from stop to stop.</figcaption>\n")
                    .append("</figure>\n");
        }
        h.append("</div>\n<p class=\"legend\"><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" r=\"4\""
                + " fill=\"#16a34a\"/></svg> client within its target from its outpost (expected drive)"
                + " <svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" r=\"4\" fill=\"#dc2626\"/></svg>"
                + " beyond it <svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"10\" height=\"10\""
                + " fill=\"none\" stroke=\"#111\" stroke-width=\"2\"/></svg> service centre"
                + " <svg width=\"14\" height=\"14\" aria-hidden=\"true\"><polygon points=\"7,1 13,13 1,13\" fill=\"#f59e0b\""
                + " stroke=\"#111\"/></svg> outpost (couriers) <svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect x=\"1\""
                + " y=\"1\" width=\"12\" height=\"12\" fill=\"#111\"/></svg> hub</p>\n</section>\n");
    }

    private static void map(StringBuilder h, Input input, SetupRun run, MapProjection p, Map<String, Location> where) {
        Scenario sc = input.scenario();
        ScenarioPoints points = ScenarioPoints.of(sc);
        List<Layout.Post> posts = run.setup().layout().outposts();
        List<Integer> postPoints = new ArrayList<>();
        List<Location> postLocations = new ArrayList<>();
        for (Layout.Post post : posts) {
            postPoints.add(points.indexOf(post.siteId()));
            postLocations.add(where.get(post.siteId()));
        }
        if (postPoints.isEmpty()) {
            postPoints.add(points.hubIndex());
            postLocations.add(sc.hub().location());
        }
        h.append("<svg class=\"map\" viewBox=\"0 0 ").append(MAP_W).append(' ').append(MAP_H)
                .append("\" role=\"img\" aria-label=\"Map of ").append(esc(run.name())).append("\">\n")
                .append("<rect width=\"").append(MAP_W).append("\" height=\"").append(MAP_H).append("\" fill=\"#f8fafc\"/>\n");
        // Coverage: a thin line from each client to its outpost (as the simulation assigns it).
        int start = sc.horizon().serviceDay().startSeconds();
        ClientOutposts assignment = ClientOutposts.of(sc, run.setup().layout(), input.legs());
        boolean[] within = new boolean[sc.clients().size()];
        h.append("<g stroke=\"#94a3b8\" stroke-width=\"0.5\" opacity=\"0.6\">\n");
        for (int c = 0; c < sc.clients().size(); c++) {
            int best = assignment.postOf(c);
            int seconds = best < 0 ? -1 : input.legs().seconds(0, postPoints.get(best), points.clientIndex(c), start);
            within[c] = seconds >= 0 && seconds <= sc.clients().get(c).responseTargetSeconds();
            if (best >= 0) {
                line(h, p, postLocations.get(best), sc.clients().get(c).location());
            }
        }
        h.append("</g>\n");
        // Routes of the sample day.
        h.append("<g fill=\"none\" stroke-width=\"0.7\" opacity=\"0.4\" stroke-linejoin=\"round\">\n");
        int colour = 0;
        for (Map.Entry<String, List<String>> e : run.sample().stops().entrySet()) {
            StringBuilder pts = new StringBuilder();
            for (String stop : e.getValue()) {
                Location l = DayTrace.HUB.equals(stop) ? sc.hub().location() : where.get(stop);
                if (l != null) {
                    pts.append(pts.length() == 0 ? "" : " ").append(px(p, l)).append(',').append(py(p, l));
                }
            }
            if (pts.indexOf(" ") > 0) {
                h.append("<polyline stroke=\"").append(ROUTE_COLOURS[colour % ROUTE_COLOURS.length]).append("\" points=\"")
                        .append(pts).append("\"><title>").append(esc(e.getKey())).append(": ").append(e.getValue().size() - 1)
                        .append(" stops</title></polyline>\n");
            }
            colour++;
        }
        h.append("</g>\n<g stroke=\"#111\" stroke-width=\"0.6\">\n");
        for (int c = 0; c < sc.clients().size(); c++) {
            Client client = sc.clients().get(c);
            String fill = within[c] ? "#16a34a" : "#dc2626";
            String x = px(p, client.location());
            String y = py(p, client.location());
            if (client.kind() == ClientKind.SERVICE_CENTRE) {
                h.append("<rect x=\"").append(sub(x, 4.5)).append("\" y=\"").append(sub(y, 4.5))
                        .append("\" width=\"9\" height=\"9\" fill=\"").append(fill).append("\" stroke-width=\"1.5\"><title>")
                        .append(esc(client.name())).append(" (service centre)</title></rect>\n");
            } else {
                h.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"2.2\" fill=\"").append(fill)
                        .append("\" stroke=\"none\"><title>").append(esc(client.name())).append("</title></circle>\n");
            }
        }
        h.append("</g>\n");
        for (int i = 0; i < posts.size(); i++) {
            Location l = postLocations.get(i);
            double x = Double.parseDouble(px(p, l));
            double y = Double.parseDouble(py(p, l));
            h.append("<polygon points=\"").append(num(x, 1)).append(',').append(num(y - 8, 1)).append(' ')
                    .append(num(x + 7, 1)).append(',').append(num(y + 5, 1)).append(' ').append(num(x - 7, 1)).append(',')
                    .append(num(y + 5, 1)).append("\" fill=\"#f59e0b\" stroke=\"#111\"><title>").append(esc(posts.get(i).siteId()))
                    .append(": ").append(posts.get(i).couriers()).append(" couriers</title></polygon>\n")
                    .append("<text x=\"").append(num(x + 8, 1)).append("\" y=\"").append(num(y + 4, 1))
                    .append("\" class=\"lbl\">").append(posts.get(i).couriers()).append("</text>\n");
        }
        Location hub = sc.hub().location();
        h.append("<rect x=\"").append(sub(px(p, hub), 6)).append("\" y=\"").append(sub(py(p, hub), 6))
                .append("\" width=\"12\" height=\"12\" fill=\"#111\"><title>hub ").append(esc(sc.hub().id()))
                .append("</title></rect>\n");
        if (posts.isEmpty()) {
            int couriers = sc.courierTypes().stream().mapToInt(CourierType::count).sum();
            h.append("<text x=\"").append(num(Double.parseDouble(px(p, hub)) + 9, 1)).append("\" y=\"")
                    .append(num(Double.parseDouble(py(p, hub)) + 4, 1)).append("\" class=\"lbl\">").append(couriers)
                    .append("</text>\n");
        }
        h.append("</svg>\n");
    }

    /** The map x of {@code l}, pixels to one decimal. */
    private static String px(MapProjection p, Location l) {
        return num(p.x(l), 1);
    }

    /** The map y of {@code l}, pixels to one decimal. */
    private static String py(MapProjection p, Location l) {
        return num(p.y(l), 1);
    }

    private static void line(StringBuilder h, MapProjection p, Location a, Location b) {
        h.append("<line x1=\"").append(px(p, a)).append("\" y1=\"").append(py(p, a)).append("\" x2=\"").append(px(p, b))
                .append("\" y2=\"").append(py(p, b)).append("\"/>\n");
    }

    private static String sub(String value, double minus) {
        return num(Double.parseDouble(value) - minus, 1);
    }

    // ---- charts --------------------------------------------------------------------------------

    private static final int CH_W = 520;
    private static final int CH_H = 300;
    private static final int L = 48;
    private static final int R = 12;
    private static final int T = 24;
    private static final int B = 40;

    private static void cdf(StringBuilder h, Input input) {
        int maxMinute = 10;
        for (SetupRun run : input.setups()) {
            long[] bins = run.trace().responseMinutes();
            long total = 0;
            for (long b : bins) {
                total += b;
            }
            long seen = 0;
            for (int m = 0; m < bins.length; m++) {
                seen += bins[m];
                if (total > 0 && seen >= 0.995 * total) {
                    maxMinute = Math.max(maxMinute, m + 1);
                    break;
                }
            }
        }
        maxMinute = Math.min(DayTrace.MAX_MINUTES, (maxMinute + 9) / 10 * 10);
        double xs = (CH_W - L - R) / (double) maxMinute;
        double ys = (CH_H - T - B) / 100.0;
        h.append("<section class=\"chart\">\n<h2>Response time</h2>\n<svg viewBox=\"0 0 ").append(CH_W).append(' ').append(CH_H)
                .append("\" role=\"img\" aria-label=\"Cumulative share of requests by response time\">\n");
        axes(h, maxMinute, xs, ys, "minutes from request to courier at the door", "% of served requests");
        TreeSet<Integer> targets = new TreeSet<>();
        input.scenario().clients().forEach(c -> targets.add(c.responseTargetSeconds()));
        for (int target : targets) {
            double minutes = target / 60.0;
            if (minutes <= maxMinute) {
                String x = num(L + minutes * xs, 1);
                h.append("<line x1=\"").append(x).append("\" y1=\"").append(T).append("\" x2=\"").append(x).append("\" y2=\"")
                        .append(CH_H - B).append("\" stroke=\"#111\" stroke-dasharray=\"4 3\"/>\n<text x=\"").append(num(L + minutes * xs + 3, 1))
                        .append("\" y=\"").append(T + 12).append("\" class=\"small\">target ").append(num(minutes, 0))
                        .append(" min</text>\n");
            }
        }
        for (int i = 0; i < input.setups().size(); i++) {
            long[] bins = input.setups().get(i).trace().responseMinutes();
            long total = 0;
            for (long b : bins) {
                total += b;
            }
            StringBuilder pts = new StringBuilder().append(L).append(',').append(num(CH_H - B, 1));
            long seen = 0;
            for (int m = 0; m < maxMinute && total > 0; m++) {
                seen += bins[m];
                pts.append(' ').append(num(L + (m + 1) * xs, 1)).append(',').append(num(CH_H - B - 100.0 * seen / total * ys, 1));
            }
            h.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(COLOURS[i % COLOURS.length])
                    .append("\" points=\"").append(pts).append("\"/>\n");
        }
        legend(h, input);
        h.append("</svg>\n<p class=\"note\">Cumulative share of served requests by whole minutes of response, all simulated days"
                + " of each set-up.</p>\n</section>\n");
    }

    private static void utilisation(StringBuilder h, Input input) {
        int first = 24;
        int last = -1;
        for (SetupRun run : input.setups()) {
            long[] duty = run.trace().dutyByHour();
            for (int hour = 0; hour < 24; hour++) {
                if (duty[hour] > 0) {
                    first = Math.min(first, hour);
                    last = Math.max(last, hour);
                }
            }
        }
        h.append("<section class=\"chart\">\n<h2>Courier utilisation over the day</h2>\n<svg viewBox=\"0 0 ").append(CH_W)
                .append(' ').append(CH_H).append("\" role=\"img\" aria-label=\"Utilisation by hour\">\n");
        if (last < 0) {
            h.append("<text x=\"20\" y=\"40\">No courier was on duty.</text>\n</svg>\n</section>\n");
            return;
        }
        int hours = last - first + 1;
        double xs = (CH_W - L - R) / (double) hours;
        double ys = (CH_H - T - B) / 100.0;
        h.append("<g class=\"axis\">\n");
        for (int pct = 0; pct <= 100; pct += 25) {
            String y = num(CH_H - B - pct * ys, 1);
            h.append("<line x1=\"").append(L).append("\" y1=\"").append(y).append("\" x2=\"").append(CH_W - R).append("\" y2=\"")
                    .append(y).append("\" stroke=\"#e2e8f0\"/>\n<text x=\"").append(L - 6).append("\" y=\"").append(num(Double.parseDouble(y) + 4, 1))
                    .append("\" text-anchor=\"end\">").append(pct).append("</text>\n");
        }
        for (int hour = first; hour <= last + 1; hour++) {
            String x = num(L + (hour - first) * xs, 1);
            h.append("<text x=\"").append(x).append("\" y=\"").append(CH_H - B + 16).append("\" text-anchor=\"middle\">")
                    .append(String.format(Locale.ROOT, "%02d", hour)).append("</text>\n");
        }
        h.append("<line x1=\"").append(L).append("\" y1=\"").append(CH_H - B).append("\" x2=\"").append(CH_W - R).append("\" y2=\"")
                .append(CH_H - B).append("\" stroke=\"#111\"/>\n<text x=\"").append((L + CH_W - R) / 2).append("\" y=\"")
                .append(CH_H - 6).append("\" text-anchor=\"middle\">hour of the day</text>\n<text x=\"12\" y=\"")
                .append((T + CH_H - B) / 2).append("\" transform=\"rotate(-90 12 ").append((T + CH_H - B) / 2)
                .append(")\" text-anchor=\"middle\">% of on-duty time busy</text>\n</g>\n");
        int n = input.setups().size();
        double barW = xs * 0.8 / n;
        for (int i = 0; i < n; i++) {
            long[] busy = input.setups().get(i).trace().busyByHour();
            long[] duty = input.setups().get(i).trace().dutyByHour();
            for (int hour = first; hour <= last; hour++) {
                if (duty[hour] <= 0) {
                    continue;
                }
                double pct = 100.0 * busy[hour] / duty[hour];
                double x = L + (hour - first) * xs + xs * 0.1 + i * barW;
                h.append("<rect x=\"").append(num(x, 1)).append("\" y=\"").append(num(CH_H - B - pct * ys, 1)).append("\" width=\"")
                        .append(num(barW, 1)).append("\" height=\"").append(num(pct * ys, 1)).append("\" fill=\"")
                        .append(COLOURS[i % COLOURS.length]).append("\"><title>").append(esc(input.setups().get(i).name()))
                        .append(String.format(Locale.ROOT, " %02d:00: %.1f%%", hour, pct)).append("</title></rect>\n");
            }
        }
        legend(h, input);
        h.append("</svg>\n<p class=\"note\">Busy (driving to a pickup or the hub, serving) over on-duty time, per hour, all"
                + " simulated days.</p>\n</section>\n");
    }

    private static void axes(StringBuilder h, int maxMinute, double xs, double ys, String xLabel, String yLabel) {
        h.append("<g class=\"axis\">\n");
        for (int pct = 0; pct <= 100; pct += 25) {
            String y = num(CH_H - B - pct * ys, 1);
            h.append("<line x1=\"").append(L).append("\" y1=\"").append(y).append("\" x2=\"").append(CH_W - R).append("\" y2=\"")
                    .append(y).append("\" stroke=\"#e2e8f0\"/>\n<text x=\"").append(L - 6).append("\" y=\"")
                    .append(num(Double.parseDouble(y) + 4, 1)).append("\" text-anchor=\"end\">").append(pct).append("</text>\n");
        }
        int step = maxMinute <= 60 ? 10 : maxMinute <= 120 ? 20 : 30;
        for (int m = 0; m <= maxMinute; m += step) {
            String x = num(L + m * xs, 1);
            h.append("<text x=\"").append(x).append("\" y=\"").append(CH_H - B + 16).append("\" text-anchor=\"middle\">")
                    .append(m).append("</text>\n");
        }
        h.append("<line x1=\"").append(L).append("\" y1=\"").append(CH_H - B).append("\" x2=\"").append(CH_W - R).append("\" y2=\"")
                .append(CH_H - B).append("\" stroke=\"#111\"/>\n<text x=\"").append((L + CH_W - R) / 2).append("\" y=\"")
                .append(CH_H - 6).append("\" text-anchor=\"middle\">").append(esc(xLabel)).append("</text>\n<text x=\"12\" y=\"")
                .append((T + CH_H - B) / 2).append("\" transform=\"rotate(-90 12 ").append((T + CH_H - B) / 2)
                .append(")\" text-anchor=\"middle\">").append(esc(yLabel)).append("</text>\n</g>\n");
    }

    private static void legend(StringBuilder h, Input input) {
        int x = L + 8;
        for (int i = 0; i < input.setups().size(); i++) {
            String name = input.setups().get(i).name();
            h.append("<rect x=\"").append(x).append("\" y=\"3\" width=\"12\" height=\"10\" fill=\"")
                    .append(COLOURS[i % COLOURS.length]).append("\"/><text x=\"").append(x + 16).append("\" y=\"12\">")
                    .append(esc(name)).append("</text>\n");
            x += 40 + 7 * name.length();
        }
    }

    // ---- text ----------------------------------------------------------------------------------

    private static Estimate find(KpiTable table, Kpi k) {
        for (KpiTable.Row row : table.rows()) {
            if (row.group().equals(k.group()) && row.name().equals(k.name())) {
                return row.estimate();
            }
        }
        return null;
    }

    private static String est(Estimate e, Kpi k) {
        if (e == null || Double.isNaN(e.mean())) {
            return "-";
        }
        String mean = num(e.mean() * k.scale(), k.decimals());
        return Double.isNaN(e.halfWidth()) ? mean : mean + " \u00b1 " + num(e.halfWidth() * k.scale(), k.decimals());
    }

    private static String signed(Estimate d, Kpi k) {
        if (d == null || Double.isNaN(d.mean())) {
            return "-";
        }
        String mean = num(d.mean() * k.scale(), k.decimals());
        if (!mean.startsWith("-")) {
            mean = "+" + mean;
        }
        if (Double.isNaN(d.halfWidth())) {
            return mean;
        }
        return mean + " [" + num(d.low() * k.scale(), k.decimals()) + ", " + num(d.high() * k.scale(), k.decimals()) + "]";
    }

    /**
     * The change in words: for counts (centres, items, requests) the paired difference with its unit
     * ("+7.7 centres"), for shares in percent the difference in percentage points ("+5.2 points"),
     * else the paired difference over the reference's mean, in percent, with the difference's
     * interval over the same mean (the reference mean taken as fixed).
     */
    private static String change(Estimate base, Estimate d, Kpi k) {
        if (d != null && !Double.isNaN(d.mean()) && (isCount(k) || k.unit().equals("%"))) {
            String mean = num(d.mean() * k.scale(), k.decimals());
            return (mean.startsWith("-") ? "" : "+") + mean + " " + (isCount(k) ? k.unit() : "points");
        }
        if (base == null || d == null || Double.isNaN(d.mean()) || Double.isNaN(base.mean()) || base.mean() == 0) {
            return "-";
        }
        String pct = percent(d.mean(), base.mean());
        if (Double.isNaN(d.halfWidth())) {
            return pct;
        }
        return pct + " [" + percent(d.low(), base.mean()).replace("%", "") + ", " + percent(d.high(), base.mean()) + "]";
    }

    /** Whether {@code k} counts things (its unit is a noun, not a measure). */
    private static boolean isCount(Kpi k) {
        return k.unit().equals("centres") || k.unit().equals("items") || k.unit().equals("requests");
    }

    private static String percent(double value, double base) {
        String pct = num(100 * value / Math.abs(base), 1);
        return (pct.startsWith("-") ? "" : "+") + pct + "%";
    }

    /** {@code value} with {@code decimals} places, Locale.ROOT, no negative zero. */
    static String num(double value, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (s.startsWith("-") && s.replace("-", "").replace("0", "").replace(".", "").isEmpty()) {
            return s.substring(1);
        }
        return s;
    }

    private static String clock(int seconds) {
        return String.format(Locale.ROOT, "%02d:%02d", seconds / 3600, seconds / 60 % 60);
    }

    /**
     * {@code text} escaped for HTML text and attribute values ({@code & < > " '}).
     *
     * @param text any text, or null (gives the empty string)
     * @return the escaped text
     */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #0f172a;
              max-width: 1120px; margin: 0 auto; padding: 16px 20px 32px; line-height: 1.4; background: #fff; }
            h1 { font-size: 1.5rem; margin: 0 0 8px; }
            h2 { font-size: 1.1rem; margin: 18px 0 8px; border-bottom: 1px solid #e2e8f0; padding-bottom: 3px; }
            .cards { display: flex; gap: 12px; flex-wrap: wrap; }
            .card { flex: 1 1 240px; border: 1px solid #cbd5e1; border-radius: 6px; padding: 8px 12px; }
            .card .k { font-size: 0.8rem; color: #475569; text-transform: uppercase; letter-spacing: 0.03em; }
            .card .v { font-size: 1.35rem; font-weight: 600; margin: 2px 0; }
            .card .s { font-size: 0.8rem; color: #334155; }
            .lead { font-size: 1.05rem; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
            th, td { padding: 4px 8px; border-bottom: 1px solid #e2e8f0; text-align: right; vertical-align: top; }
            th:first-child, .assumptions td { text-align: left; }
            thead th { background: #f1f5f9; }
            .kpis td { white-space: nowrap; }
            td.better { color: #166534; font-weight: 600; }
            td.worse { color: #b91c1c; font-weight: 600; }
            .assumptions th { width: 150px; white-space: nowrap; }
            .row { display: flex; gap: 16px; flex-wrap: wrap; }
            .row > figure, .row > section { flex: 1 1 460px; margin: 0; min-width: 0; }
            .row > figure { max-width: 640px; }
            svg { width: 100%; height: auto; display: block; font-size: 11px; }
            svg.map { border: 1px solid #cbd5e1; }
            .legend svg { width: auto; display: inline; vertical-align: middle; margin-left: 8px; }
            .lbl { font-size: 11px; font-weight: 700; }
            .small { font-size: 10px; }
            figcaption, .note, .legend, footer { font-size: 0.8rem; color: #475569; }
            footer { margin-top: 16px; }
            @page { size: A4; margin: 12mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 9pt; }
              h1 { font-size: 15pt; }
              section, figure, .card { break-inside: avoid; }
              .row > figure, .row > section { flex: 1 1 45%; }
            }
            """;
}
