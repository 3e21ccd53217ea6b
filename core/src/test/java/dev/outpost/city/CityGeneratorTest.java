package dev.outpost.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.model.TravelSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated town's content: determinism, counts, placement and the clients' figures. */
class CityGeneratorTest {

    private static final int HOUR = 3600;

    @Test
    void sameSeedGivesAnEqualScenarioAndAnotherSeedADifferentOne() {
        Scenario first = CityGenerator.generate(CityParameters.defaults());
        Scenario second = CityGenerator.generate(CityParameters.defaults());
        Scenario other = CityGenerator.generate(CityParameters.defaults().withSeed(CityParameters.DEFAULT_SEED + 1));
        assertEquals(first, second);
        assertEquals(first, DefaultCity.scenario());
        assertNotEquals(first, other);
        assertNotEquals(first.clients().get(0).location(), other.clients().get(0).location());
        assertNotEquals(((TravelSpec.Road) first.travel()).nodes(), ((TravelSpec.Road) other.travel()).nodes());
    }

    /**
     * A tripwire, not a truth: these figures of the default city are quoted in notes and
     * benchmarks. If a deliberate change to the generator moves them, update them here and there;
     * if they move on another machine or JDK, determinism is broken.
     */
    @Test
    void theDefaultCityIsPinned() {
        GeneratedCity city = DefaultCity.city();
        assertEquals(3046, city.road().nodes().size());
        assertEquals(5165, city.road().edges().size());
        assertEquals(273, city.road().edges().stream().filter(TravelSpec.RoadEdge::oneway).count());
        assertEquals(827_684.5, city.road().edges().stream().mapToDouble(TravelSpec.RoadEdge::metres).sum(), 0.05);
        assertEquals(Location.ofLatLon(50.7204651, 18.0359325), city.scenario().clients().get(0).location());
        assertEquals(Location.ofLatLon(50.6506414, 17.9794347), city.scenario().hub().location());
        assertEquals(970.0, city.scenario().clients().stream().mapToDouble(Client::pickupsPerDay).sum(), 1e-6);
    }

    @Test
    void theDefaultCityIsBuiltOnce() {
        assertSame(DefaultCity.scenario(), DefaultCity.scenario());
        assertSame(DefaultCity.city().scenario(), DefaultCity.scenario());
    }

    @Test
    void ofSizeScalesFromTheDefaults() {
        assertEquals(CityParameters.defaults(), CityParameters.ofSize(312, 40, CityParameters.DEFAULT_SEED));
        CityParameters small = CityParameters.ofSize(100, 15, 5);
        assertEquals(100, small.clients());
        assertEquals(4, small.serviceCentres());
        assertEquals(15, small.candidateSites());
        assertEquals(5, small.seed());
        assertTrue(small.radiusKm() < 5 && small.radiusKm() >= 2, "radius " + small.radiusKm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "small", "large", "five-day"})
    void countsMatchTheParameters(String which) {
        CityParameters parameters = switch (which) {
            case "default" -> CityParameters.defaults();
            case "small" -> CityParameters.ofSize(100, 15, 5);
            case "large" -> CityParameters.ofSize(1000, 120, 6);
            default -> CityParameters.defaults().withHorizonDays(5);
        };
        Scenario scenario = CityGenerator.generate(parameters);
        assertEquals(parameters.serviceCentres(), count(scenario, ClientKind.SERVICE_CENTRE));
        assertEquals(parameters.governmentOffices(), count(scenario, ClientKind.GOVERNMENT_OFFICE));
        assertEquals(parameters.candidateSites(), scenario.sites().size());
        assertEquals(List.of(parameters.scooters(), parameters.vans()),
                scenario.courierTypes().stream().map(CourierType::count).toList());
        assertEquals(parameters.horizonDays(), scenario.horizon().days());
        assertEquals(7 * HOUR, scenario.horizon().serviceDay().startSeconds());
        assertEquals(19 * HOUR, scenario.horizon().serviceDay().endSeconds());
        assertEquals(18 * HOUR, scenario.hub().cutoffSeconds());
        assertEquals(parameters.scooters() + parameters.vans(), scenario.budget().maxCouriers());
    }

    @Test
    void idsAreUniqueAcrossClientsSitesAndHub() {
        Scenario scenario = DefaultCity.scenario();
        List<String> ids = new ArrayList<>();
        scenario.clients().forEach(c -> ids.add(c.id()));
        scenario.sites().forEach(s -> ids.add(s.id()));
        ids.add(scenario.hub().id());
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertEquals("centre-01", scenario.clients().get(0).id());
        assertEquals("office-001", scenario.clients().get(12).id());
        assertEquals("site-01", scenario.sites().get(0).id());
    }

    @ParameterizedTest
    @ValueSource(longs = {CityParameters.DEFAULT_SEED, 1, 2})
    void everyPointIsInTownNearARoadAndOnItsBank(long seed) {
        GeneratedCity city = seed == CityParameters.DEFAULT_SEED ? DefaultCity.city()
                : CityGenerator.build(CityParameters.defaults().withSeed(seed));
        TreeMap<Long, Location> nodes = CityRoadNetworkTest.nodes(city.road());
        double minLon = nodes.values().stream().mapToDouble(Location::x).min().orElseThrow();
        double maxLon = nodes.values().stream().mapToDouble(Location::x).max().orElseThrow();
        double minLat = nodes.values().stream().mapToDouble(Location::y).min().orElseThrow();
        double maxLat = nodes.values().stream().mapToDouble(Location::y).max().orElseThrow();
        // The city's bounds: the road network's bounding box and a 50 m margin.
        double marginLat = Math.toDegrees(50 / CoordinateSystem.EARTH_RADIUS_METRES);
        double marginLon = marginLat / Math.cos(Math.toRadians(minLat));
        Location centre = Location.ofLatLon(50.67, 17.93);
        for (Location point : CityRoadNetworkTest.allPoints(city)) {
            assertTrue(point.x() >= minLon - marginLon && point.x() <= maxLon + marginLon
                    && point.y() >= minLat - marginLat && point.y() <= maxLat + marginLat,
                    point + " lies outside the city's bounds");
            assertTrue(CityRoadNetworkTest.metres(point, centre) < 2.2 * 5000, point + " lies too far out");
            Location nearest = null;
            double nearestMetres = Double.POSITIVE_INFINITY;
            for (Location node : nodes.values()) {
                double d = CityRoadNetworkTest.metres(point, node);
                if (d < nearestMetres) {
                    nearest = node;
                    nearestMetres = d;
                }
            }
            assertTrue(nearestMetres <= 50, point + " is " + nearestMetres + " m from the nearest road node");
            assertEquals(CityRoadNetworkTest.isNorthOf(city.river(), nearest), CityRoadNetworkTest.isNorthOf(city.river(), point),
                    point + " lies across the river from its nearest road node");
        }
    }

    @Test
    void clientsHaveTheFiguresOfTheirKind() {
        Scenario scenario = DefaultCity.scenario();
        TravelSpec.Road road = (TravelSpec.Road) scenario.travel();
        assertTrue(road.file() == null && !road.nodes().isEmpty());
        for (Client c : scenario.clients()) {
            boolean centre = c.kind() == ClientKind.SERVICE_CENTRE;
            assertTrue(centre ? c.pickupsPerDay() >= 15 && c.pickupsPerDay() <= 40
                    : c.pickupsPerDay() >= 0.5 && c.pickupsPerDay() <= 4, c.id() + " demand " + c.pickupsPerDay());
            assertEquals(centre ? 30 * 60 : 60 * 60, c.responseTargetSeconds(), c.id());
            assertTrue(c.serviceSeconds() >= 120 && c.serviceSeconds() <= 600, c.id());
            assertTrue(c.window().startSeconds() >= scenario.horizon().serviceDay().startSeconds()
                    && c.window().endSeconds() <= scenario.hub().cutoffSeconds(), c.id() + " window " + c.window());
            assertTrue(c.priority() >= 1 && c.priority() <= 3, c.id());
            assertTrue(c.pickupSize() >= 1, c.id());
        }
    }

    @Test
    void hourlyProfilesFollowOfficeHours() {
        for (Client c : DefaultCity.scenario().clients()) {
            List<Double> profile = c.hourlyProfile();
            assertEquals(24, profile.size(), c.id());
            double total = 0;
            for (int h = 0; h < 24; h++) {
                double w = profile.get(h);
                assertTrue(w >= 0, c.id() + " hour " + h + ": " + w);
                boolean open = (h + 1) * HOUR > c.window().startSeconds() && h * HOUR < c.window().endSeconds();
                if (!open) {
                    assertEquals(0.0, w, c.id() + " requests at hour " + h + " outside its window " + c.window());
                }
                total += w;
            }
            assertTrue(total > 0, c.id() + " never requests");
            // The late-morning peak beats the lunch dip.
            assertTrue(profile.get(10) > profile.get(12) && profile.get(11) > profile.get(12), c.id() + " " + profile);
        }
    }

    @Test
    void secureClientsCanBeServedAndOnlyVansCan() {
        Scenario scenario = DefaultCity.scenario();
        Set<String> skills = new HashSet<>();
        scenario.courierTypes().forEach(t -> skills.addAll(t.skills()));
        long secure = scenario.clients().stream().filter(c -> c.requiredSkills().contains("secure")).count();
        assertTrue(secure >= 10 && secure <= 80, secure + " secure clients");
        scenario.clients().forEach(c -> assertTrue(skills.containsAll(c.requiredSkills()), c.id()));
        assertEquals(List.of("van"), scenario.courierTypes().stream()
                .filter(t -> t.skills().contains("secure")).map(CourierType::id).toList());
        for (CourierType type : scenario.courierTypes()) {
            assertTrue(scenario.horizon().serviceDay().contains(type.shift().startSeconds())
                    && scenario.horizon().serviceDay().contains(type.shift().endSeconds()), type.id());
        }
    }

    @Test
    void sitesHaveAFewFixedAndClosedAndCostsByDistrict() {
        List<Site> sites = DefaultCity.scenario().sites();
        List<Site> fixed = sites.stream().filter(s -> s.status() == SiteStatus.FIXED_OPEN).toList();
        assertEquals(3, fixed.size());
        assertEquals(2, sites.stream().filter(s -> s.status() == SiteStatus.CLOSED).count());
        fixed.forEach(s -> assertEquals(0, s.openingCost(), s.id()));
        assertTrue(fixed.stream().anyMatch(s -> s.name().endsWith("Old Town")), "no post office in the Old Town");
        for (Site s : sites) {
            assertTrue(s.maxCouriers() >= 2 && s.maxCouriers() <= 6, s.id());
            if (s.status() != SiteStatus.FIXED_OPEN) {
                assertTrue(s.openingCost() >= 6_000 && s.openingCost() <= 45_000 && s.openingCost() % 500 == 0, s.id());
            }
        }
    }

    /** Offices per junction: dense Old Town, sparse suburbs (the weights are 5 and 1, and the Old Town has more junctions per km²). */
    @Test
    void theOldTownIsDenserThanTheSuburbs() {
        GeneratedCity city = DefaultCity.city();
        Location centre = Location.ofLatLon(50.67, 17.93);
        double oldTownEdge = 0.25 * 5000;
        double suburbStart = 0.55 * 5000;
        long oldTownNodes = city.road().nodes().stream()
                .filter(n -> CityRoadNetworkTest.metres(n.location(), centre) < oldTownEdge).count();
        long suburbNodes = city.road().nodes().stream().filter(n -> {
            double d = CityRoadNetworkTest.metres(n.location(), centre);
            return d > suburbStart && d < 5000;
        }).count();
        List<Client> offices = city.scenario().clients().stream().filter(c -> c.kind() == ClientKind.GOVERNMENT_OFFICE).toList();
        long oldTownOffices = offices.stream().filter(c -> CityRoadNetworkTest.metres(c.location(), centre) < oldTownEdge).count();
        long suburbOffices = offices.stream().filter(c -> {
            double d = CityRoadNetworkTest.metres(c.location(), centre);
            return d > suburbStart && d < 5000;
        }).count();
        double oldTownDensity = oldTownOffices / (double) oldTownNodes;
        double suburbDensity = suburbOffices / (double) suburbNodes;
        assertTrue(oldTownDensity > 3 * suburbDensity, oldTownDensity + " vs " + suburbDensity);
        assertEquals(13, city.districts().size());
        assertEquals(DistrictKind.OLD_TOWN, city.districts().get(0).kind());
    }

    @Test
    void badParametersAreRejectedWithTheFieldAndValue() {
        IllegalArgumentException bridges = assertThrows(IllegalArgumentException.class,
                () -> CityParameters.defaults().withBridges(1));
        assertEquals("The bridges (1) is out of range; give 2 to 8.", bridges.getMessage());
        IllegalArgumentException radius = assertThrows(IllegalArgumentException.class,
                () -> CityParameters.defaults().withRadiusKm(Double.NaN));
        assertTrue(radius.getMessage().contains("(NaN km)"), radius.getMessage());
        IllegalArgumentException crowded = assertThrows(IllegalArgumentException.class,
                () -> CityGenerator.generate(new CityParameters(1, 5000, 12, 40, 1, 1, 50, 17, 2, 200, 0, 3, 1)));
        assertTrue(crowded.getMessage().contains("for 5000 government offices"), crowded.getMessage());
    }

    private static long count(Scenario scenario, ClientKind kind) {
        return scenario.clients().stream().filter(c -> c.kind() == kind).count();
    }
}
