package dev.outpost.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.CourierType;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operator's current layout in the scenario JSON ({@code sites[].current}): round trip, defaults, checks. */
class CurrentLayoutJsonTest {

    private static Scenario withSites(Scenario city, List<Site> sites) {
        return new Scenario(city.name(), city.coordinates(), city.clients(), sites, city.courierTypes(), city.hub(),
                city.horizon(), city.budget(), city.travel());
    }

    @Test
    void theDefaultCityHasBranchesAtItsPostOfficesAndRoundTripsByteForByte() {
        Scenario city = DefaultCity.scenario();
        List<Site> branches = city.sites().stream().filter(s -> s.current() > 0).toList();
        assertFalse(branches.isEmpty(), "the default city has no current branch");
        int fleet = city.courierTypes().stream().mapToInt(CourierType::count).sum();
        assertTrue(branches.stream().mapToInt(Site::current).sum() <= fleet);
        for (Site s : branches) {
            assertEquals(SiteStatus.FIXED_OPEN, s.status(), s.id());
            assertTrue(s.current() <= s.maxCouriers(), s.id());
        }
        String text = ScenarioIo.write(city);
        assertTrue(text.contains("\"current\": " + branches.get(0).current()), "current not written");
        Scenario back = ScenarioIo.read(text, "city.json");
        assertEquals(city, back);
        assertEquals(text, ScenarioIo.write(back));
    }

    @Test
    void aSiteWithoutCurrentHasNoneAndIsWrittenWithout() {
        Scenario city = DefaultCity.scenario();
        List<Site> none = city.sites().stream().map(s -> s.withCurrent(0)).toList();
        String text = ScenarioIo.write(withSites(city, none));
        assertFalse(text.contains("\"current\""));
        assertTrue(ScenarioIo.read(text, "old.json").sites().stream().allMatch(s -> s.current() == 0));
    }

    @Test
    void everyBadCurrentCountIsReportedWithItsPath() {
        Scenario city = DefaultCity.scenario();
        List<Site> sites = new ArrayList<>(city.sites().stream().map(s -> s.withCurrent(0)).toList());
        int closed = -1;
        int open = -1;
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).status() == SiteStatus.CLOSED && closed < 0) {
                closed = i;
            } else if (sites.get(i).status() != SiteStatus.CLOSED && open < 0) {
                open = i;
            }
        }
        sites.set(closed, sites.get(closed).withCurrent(1));
        sites.set(open, sites.get(open).withCurrent(sites.get(open).maxCouriers() + 1));
        List<Problem> problems = ScenarioValidator.validate(withSites(city, sites));
        List<String> paths = problems.stream().map(Problem::path).sorted().toList();
        List<String> expected = new ArrayList<>(List.of("$.sites[" + closed + "].current", "$.sites[" + open + "].current"));
        expected.sort(null);
        assertEquals(expected, paths, problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.reason().contains("closed site")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.reason().contains("exceed the site's maximum")), problems.toString());
    }

    @Test
    void moreCurrentCouriersThanTheFleetIsRefused() {
        Scenario city = DefaultCity.scenario();
        int fleet = city.courierTypes().stream().mapToInt(CourierType::count).sum();
        List<Site> sites = new ArrayList<>();
        for (Site s : city.sites()) {
            sites.add(s.status() == SiteStatus.CLOSED ? s.withCurrent(0) : s.withCurrent(s.maxCouriers()));
        }
        assertTrue(sites.stream().mapToInt(Site::current).sum() > fleet, "the test needs more room than couriers");
        List<Problem> problems = ScenarioValidator.validate(withSites(city, sites));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).path().matches("\\$\\.sites\\[\\d+]\\.current"), problems.toString());
        assertTrue(problems.get(0).reason().contains("more than the fleet's " + fleet), problems.toString());
    }

    @Test
    void aCurrentCountThatIsNotAWholeNumberIsReportedByTheReader() {
        Scenario city = DefaultCity.scenario();
        int candidate = 0;
        while (city.sites().get(candidate).status() != SiteStatus.CANDIDATE) {
            candidate++;
        }
        String id = city.sites().get(candidate).id();
        String text = ScenarioIo.write(city).replaceFirst("(?s)(\"id\": \"" + id + "\",.*?\"maxCouriers\": \\d+)",
                "$1, \"current\": \"two\"");
        dev.outpost.model.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.outpost.model.ScenarioException.class, () -> ScenarioIo.read(text, "bad.json"));
        assertTrue(e.getMessage().contains("$.sites[" + candidate + "].current"), e.getMessage());
    }
}
