package dev.outpost.sim.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.io.OutpostJson;
import dev.outpost.model.Budget;
import dev.outpost.model.CourierType;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.stationing.StationingPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's stationing today, the reference a comparison is made against: from a
 * {@code station.json} the operator wrote ({@link #read}), from the scenario's sites marked
 * {@code current} ({@link #ofScenario}), or every courier at the hub ({@link #hub}).
 *
 * <p>A file is checked against the scenario: a site that is not in the scenario, a closed site,
 * or more couriers at a site than it hosts is refused with the JSON path of the entry. A layout
 * over the budget (outposts, couriers, opening cost) or with another courier count than the fleet
 * is accepted, since it describes current practice, and each such finding is returned as a note
 * for the user to read.
 *
 * @param layout the layout (its name says where it came from)
 * @param origin where it came from, in words, e.g. "the scenario's current branches"
 * @param notes  what is unusual about it (over budget, couriers left at the hub), in words
 */
public record CurrentLayout(Layout layout, String origin, List<String> notes) {

    /**
     * Copies the list.
     *
     * @param layout the layout
     * @param origin where it came from, in words
     * @param notes  what is unusual about it
     */
    public CurrentLayout {
        notes = List.copyOf(notes);
    }

    /**
     * Every courier at the hub.
     *
     * @return the hub layout, described as such
     */
    public static CurrentLayout hub() {
        return new CurrentLayout(Layout.hub(), "every courier at the hub (no current layout given)", List.of());
    }

    /**
     * The sites of {@code scenario} with couriers today ({@code current} above 0), in site order.
     *
     * @param scenario the scenario
     * @return the current layout, or null when no site has couriers today
     */
    public static CurrentLayout ofScenario(Scenario scenario) {
        List<Layout.Post> posts = new ArrayList<>();
        for (Site site : scenario.sites()) {
            if (site.current() > 0) {
                posts.add(new Layout.Post(site.id(), site.current()));
            }
        }
        if (posts.isEmpty()) {
            return null;
        }
        Layout layout = new Layout("current branches", posts);
        return new CurrentLayout(layout, "the scenario's current branches (sites with \"current\" couriers)",
                notes(layout, scenario));
    }

    /**
     * Reads the operator's layout from a station.json text ({@link StationingPlanReader}'s format)
     * and checks it against {@code scenario}.
     *
     * @param json     the file's text
     * @param source   the file name, for messages and the layout's name
     * @param scenario the scenario it describes
     * @return the layout with its notes
     * @throws ScenarioException listing every problem with its JSON path
     */
    public static CurrentLayout read(String json, String source, Scenario scenario) {
        List<Problem> problems = new ArrayList<>();
        StationingPlan plan = null;
        try {
            plan = StationingPlanReader.read(json, source, scenario);
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
        }
        Map<String, Site> sites = new HashMap<>();
        scenario.sites().forEach(site -> sites.put(site.id(), site));
        JsonNode outposts = null;
        try {
            JsonNode root = OutpostJson.mapper().readTree(json);
            outposts = root == null ? null : root.get("outposts");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            outposts = null; // the reader reported it
        }
        for (int i = 0; outposts != null && outposts.isArray() && i < outposts.size(); i++) {
            String path = "$.outposts[" + i + "]";
            JsonNode id = outposts.get(i).get("siteId");
            Site site = id == null || !id.isTextual() ? null : sites.get(id.textValue());
            if (site == null) {
                continue;
            }
            JsonNode couriers = outposts.get(i).get("couriers");
            if (site.status() == SiteStatus.CLOSED) {
                problems.add(new Problem(path + ".siteId", "The site (" + site.id() + ") is closed in the scenario ("
                        + scenario.name() + "); couriers cannot be stationed there."));
            } else if (couriers != null && couriers.canConvertToExactIntegral() && couriers.canConvertToInt()
                    && couriers.intValue() > site.maxCouriers()) {
                problems.add(new Problem(path + ".couriers", "The couriers (" + couriers.intValue()
                        + ") exceed what the site (" + site.id() + ") hosts (" + site.maxCouriers() + ")."));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(Problem::path));
            throw new ScenarioException(source, problems);
        }
        List<Layout.Post> posts = new ArrayList<>();
        for (int i = 0; i < outposts.size(); i++) {
            posts.add(new Layout.Post(outposts.get(i).get("siteId").textValue(), outposts.get(i).get("couriers").intValue()));
        }
        if (posts.size() != plan.outposts().size()) {
            throw new IllegalStateException("The plan read has " + plan.outposts().size() + " outposts, the file "
                    + posts.size() + ".");
        }
        Layout layout = new Layout(source, posts);
        return new CurrentLayout(layout, "the operator's layout in " + source, notes(layout, scenario));
    }

    /** {@return the couriers the layout places at outposts} */
    public int stationed() {
        return layout.outposts().stream().mapToInt(Layout.Post::couriers).sum();
    }

    /** {@return one line saying which "today" this is: origin, outposts, couriers} */
    public String describe() {
        if (layout.outposts().isEmpty()) {
            return origin;
        }
        return origin + ": " + layout.outposts().size() + " outpost" + (layout.outposts().size() == 1 ? "" : "s")
                + " holding " + stationed() + " courier" + (stationed() == 1 ? "" : "s");
    }

    private static List<String> notes(Layout layout, Scenario scenario) {
        List<String> notes = new ArrayList<>();
        int fleet = scenario.courierTypes().stream().mapToInt(CourierType::count).sum();
        int stationed = layout.outposts().stream().mapToInt(Layout.Post::couriers).sum();
        long cost = 0;
        Map<String, Site> sites = new HashMap<>();
        scenario.sites().forEach(s -> sites.put(s.id(), s));
        for (Layout.Post p : layout.outposts()) {
            cost += sites.get(p.siteId()).openingCost();
        }
        Budget budget = scenario.budget();
        if (budget.maxOutposts() != null && layout.outposts().size() > budget.maxOutposts()) {
            notes.add("today's " + layout.outposts().size() + " outposts are over the budget's " + budget.maxOutposts()
                    + " (accepted: it is current practice; the optimised plan keeps to the budget)");
        }
        if (budget.maxCouriers() != null && stationed > budget.maxCouriers()) {
            notes.add("today's " + stationed + " stationed couriers are over the budget's " + budget.maxCouriers()
                    + " (accepted: it is current practice)");
        }
        if (budget.maxOpeningCost() != null && cost > budget.maxOpeningCost()) {
            notes.add("today's outposts' opening costs (" + cost + ") are over the budget's " + budget.maxOpeningCost()
                    + " (accepted: they are open already)");
        }
        if (stationed > fleet) {
            notes.add("today's layout stations " + stationed + " couriers but the fleet has " + fleet
                    + ": the last outposts get fewer");
        } else if (stationed < fleet) {
            notes.add((fleet - stationed) + " of the " + fleet + " couriers are at no outpost today and start at the hub");
        }
        return notes;
    }
}
