package dev.outpost.sim.report;

import dev.outpost.model.Budget;
import dev.outpost.model.CourierType;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.Site;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.Layouts;
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
        // The reader refuses what cannot describe this town (another scenario, unknown or closed
        // sites, more couriers than a site holds) and returns what only keeps it from being a
        // solution (over the budget, marked infeasible) as notes: an operator's layout may be both.
        StationingPlanReader.Reading reading = StationingPlanReader.readCurrentPractice(json, source, scenario);
        Layout layout = Layouts.of(reading.plan(), source);
        List<String> notes = notes(layout, scenario);
        for (Problem note : reading.notes()) {
            if (!note.path().equals("$.outposts")) {
                notes.add(note.path() + ": " + note.reason() + " (accepted: it is current practice)");
            }
        }
        return new CurrentLayout(layout, "the operator's layout in " + source, notes);
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
