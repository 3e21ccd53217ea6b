package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.model.Client;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.ScenarioTravel;
import dev.outpost.travel.TravelModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From a scenario and a stationing plan to a ready fleet in one call, and a client's request as a pickup. */
class FleetForScenarioTest {

    @Test
    void aStationingPlanBecomesAReadyFleetAndAClientsRequestAPickup() throws Exception {
        Scenario city = DefaultCity.scenario();
        ScenarioTravel travel = TravelModels.travel(city, null);
        ScenarioPoints points = travel.points();
        assertEquals(points.ids(), travel.tables().pointIds());
        assertEquals(city.courierTypes().stream().map(CourierType::id).toList(), travel.tables().profileIds());
        String first = city.sites().get(2).id();
        String second = city.sites().get(5).id();
        StationingPlan plan = new StationingPlan(StationingObjective.P_MEDIAN, 0, List.of(),
                List.of(new StationingPlan.Outpost(2, first, 3, List.of(), 0, 0),
                        new StationingPlan.Outpost(5, second, 2, List.of(), 0, 0)),
                List.of(), List.of(), List.of());
        Fleet fleet = Fleet.forScenario(city, travel, plan);
        int total = city.courierTypes().stream().mapToInt(CourierType::count).sum();
        assertEquals(total, fleet.couriers().size());
        List<Integer> starts = fleet.couriers().stream().map(Courier::startPoint).toList();
        assertEquals(List.of(points.indexOf(first), points.indexOf(first), points.indexOf(first), points.indexOf(second),
                points.indexOf(second)), starts.subList(0, 5));
        assertTrue(starts.subList(5, total).stream().allMatch(s -> s == points.hubIndex()));
        assertEquals(points.hubIndex(), fleet.hubPoint());
        assertEquals(city.hub().cutoffSeconds(), fleet.cutoffSecond());
        assertNotNull(fleet.model());
        assertEquals(points.locations(), fleet.points());
        // Without a plan every courier starts at the hub.
        assertTrue(Fleet.forScenario(city, travel, null).couriers().stream().allMatch(c -> c.startPoint() == points.hubIndex()));

        Client client = city.clients().get(10);
        int request = client.window().startSeconds() + 600;
        Pickup p = Pickup.forClient(client, "call-1", points.indexOf(client.id()), request);
        assertEquals(client.window().endSeconds(), p.windowEndSecond());
        assertEquals(request, p.windowStartSecond());
        assertEquals(request, p.releaseSecond());
        assertEquals(client.serviceSeconds(), p.serviceSeconds());
        assertEquals(client.pickupSize(), p.size());
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> Pickup.forClient(client, "call-2", 0, client.window().endSeconds() + 1));
        assertTrue(late.getMessage().contains("client (" + client.id() + ")"), late.getMessage());

        Dispatcher d = Dispatcher.create(fleet, DispatcherOptions.deterministic(20, 1).withStartSecond(request));
        assertInstanceOf(Decision.Assigned.class, d.submit(new PickupRequested(p)).get().get(0));
        // The same client's next call by its address (a location: the fleet carries the model).
        Pickup byAddress = Pickup.forClient(client, "call-3", 0, request + 60);
        assertInstanceOf(Decision.Assigned.class, d.submit(new PickupRequested(byAddress, client.location(), 0)).get().get(0));
        assertTrue(d.currentPlan().check().valid());
        d.shutdown();
    }
}
