package dev.outpost.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.CityGenerator;
import dev.outpost.model.Budget;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.sim.experiment.Layout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Today's layout: read from a station.json and checked against the scenario, or taken from the scenario. */
class CurrentLayoutTest {

    private static final Scenario TOWN = CityGenerator.generate(60, 40, 5);

    private static Site first(SiteStatus status) {
        return TOWN.sites().stream().filter(s -> s.status() == status).findFirst().orElseThrow();
    }

    private static String plan(String... entries) {
        return "{\"format\": \"" + StationingReport.FORMAT + "\", \"outposts\": [" + String.join(", ", entries) + "]}";
    }

    private static String post(String site, int couriers) {
        return "{\"siteId\": \"" + site + "\", \"couriers\": " + couriers + "}";
    }

    @Test
    void aValidLayoutIsReadInFileOrderWithItsCounts() {
        Site a = first(SiteStatus.FIXED_OPEN);
        Site b = first(SiteStatus.CANDIDATE);
        CurrentLayout today = CurrentLayout.read(plan(post(b.id(), 1), post(a.id(), a.maxCouriers())), "mine.json", TOWN);
        assertEquals("mine.json", today.layout().name());
        assertEquals(1 + a.maxCouriers(), today.stationed());
        assertTrue(today.layout().outposts().contains(new Layout.Post(a.id(), a.maxCouriers())));
        assertTrue(today.layout().outposts().contains(new Layout.Post(b.id(), 1)));
        assertTrue(today.describe().contains("the operator's layout in mine.json: 2 outposts"), today.describe());
        assertTrue(today.notes().stream().anyMatch(n -> n.contains("start at the hub")), today.notes().toString());
    }

    @Test
    void unknownAndClosedSitesAndTooManyCouriersAreAllRefusedWithTheirPaths() {
        Site closed = first(SiteStatus.CLOSED);
        Site small = first(SiteStatus.CANDIDATE);
        ScenarioException e = assertThrows(ScenarioException.class, () -> CurrentLayout.read(plan(
                post("nowhere", 2), post(closed.id(), 1), post(small.id(), small.maxCouriers() + 1)), "bad.json", TOWN));
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("$.outposts[0].siteId", "$.outposts[1].siteId", "$.outposts[2].couriers"), paths.stream()
                .sorted().toList(), e.problems().toString());
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
        assertTrue(e.getMessage().contains("more than the site"), e.getMessage());
    }

    @Test
    void aLayoutOverTheBudgetIsAcceptedWithANote() {
        Budget b = TOWN.budget();
        Scenario tight = new Scenario(TOWN.name(), TOWN.coordinates(), TOWN.clients(), TOWN.sites(), TOWN.courierTypes(),
                TOWN.hub(), TOWN.horizon(), new Budget(1, b.maxCouriers(), b.maxOpeningCost()), TOWN.travel());
        List<Site> open = TOWN.sites().stream().filter(s -> s.status() != SiteStatus.CLOSED).limit(2).toList();
        CurrentLayout today = CurrentLayout.read(plan(post(open.get(0).id(), 1), post(open.get(1).id(), 1)), "two.json",
                tight);
        assertEquals(2, today.layout().outposts().size());
        assertTrue(today.notes().stream().anyMatch(n -> n.contains("over the budget's 1")), today.notes().toString());
    }

    @Test
    void theScenarioCurrentBranchesOrNone() {
        CurrentLayout branches = CurrentLayout.ofScenario(TOWN);
        int expected = TOWN.sites().stream().mapToInt(Site::current).sum();
        assertTrue(expected > 0, "the generated town has no branch");
        assertEquals(expected, branches.stationed());
        assertEquals("current branches", branches.layout().name());
        Scenario none = new Scenario(TOWN.name(), TOWN.coordinates(), TOWN.clients(),
                TOWN.sites().stream().map(s -> s.withCurrent(0)).toList(), TOWN.courierTypes(), TOWN.hub(), TOWN.horizon(),
                TOWN.budget(), TOWN.travel());
        assertNull(CurrentLayout.ofScenario(none));
        assertEquals("hub", CurrentLayout.hub().layout().name());
    }
}
