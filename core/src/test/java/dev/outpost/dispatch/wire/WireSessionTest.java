package dev.outpost.dispatch.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.city.DefaultCity;
import dev.outpost.dispatch.Fleet;
import dev.outpost.io.OutpostJson;
import dev.outpost.model.Client;
import dev.outpost.model.Scenario;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.ScenarioDay;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link WireSession} on the default city's fleet at the hub (time-of-day tables, road model):
 * answers by line, requests by client and by address, refusals that name the problem and let the
 * session go on, days in order, re-optimisation and journal plans, and the same answers for the
 * same events.
 */
class WireSessionTest {

    static Scenario city;
    static Fleet fleet;

    @BeforeAll
    static void fleet() {
        city = DefaultCity.scenario();
        ScenarioPoints points = ScenarioPoints.of(city);
        TravelTables tables = TravelModels.tables(city, null, points.ids(), points.locations());
        RoutingProblem day = ScenarioDay.build(city, tables, null);
        fleet = Fleet.timeDependent(tables, points.hubIndex(), city.hub().cutoffSeconds(), new ArrayList<>(day.couriers()))
                .withModel(TravelModels.forScenario(city, city.courierTypes().get(0)), points.locations(), city.courierTypes(),
                        TravelModels.congestion(city));
    }

    private static WireTime at(String clock) {
        return WireTime.of(WireTime.parseClock(clock, false));
    }

    private static List<JsonNode> run(WireSession session, List<WireEvent> events) throws IOException {
        List<JsonNode> answers = new ArrayList<>();
        int line = 0;
        for (WireEvent e : events) {
            answers.add(OutpostJson.mapper().readTree(session.apply(++line, e).json()));
        }
        return answers;
    }

    private static List<WireEvent> day() {
        Client a = city.clients().get(0);
        Client b = city.clients().get(5);
        return List.of(
                new WireEvent.Request(at("08:00:00"), "p1", a.id(), null, null, null, null, List.of(), null),
                new WireEvent.Request(at("08:01:00"), "p2", null, WireLocation.latLon(b.location().latitude(),
                        b.location().longitude()), 3.0, 45.0, 1, List.of(), 16 * 3600),
                new WireEvent.Request(at("08:02:00"), "p3", "no-such-client", null, null, null, null, List.of(), null),
                new WireEvent.Request(at("08:03:00"), "p1", a.id(), null, null, null, null, List.of(), null),
                new WireEvent.Done(at("08:04:00"), "nobody", "p1"),
                new WireEvent.Reoptimise(at("08:05:00"), 50, 7),
                new WireEvent.Clock(at("08:06:00")),
                new WireEvent.Request(new WireTime(2, 9 * 3600), "q1", a.id(), null, null, null, null, List.of(), null),
                new WireEvent.Clock(at("10:00:00")));
    }

    @Test
    void everyEventIsAnsweredAndRefusalsNameTheProblemAndDoNotStopTheSession() throws IOException {
        WireSession session = new WireSession(city, fleet);
        List<JsonNode> answers = run(session, day());
        assertEquals(9, answers.size());
        for (int i = 0; i < answers.size(); i++) {
            assertEquals(i + 1, answers.get(i).get("line").asInt());
        }
        JsonNode p1 = answers.get(0);
        assertEquals("assigned", p1.get("status").asText(), p1.toString());
        assertTrue(p1.get("arrival").asText().compareTo("08:00:00") >= 0, "no promise before the request: " + p1);
        assertTrue(p1.get("alternatives").size() >= 1, p1.toString());
        assertEquals("assigned", answers.get(1).get("status").asText(), "by address: " + answers.get(1));
        JsonNode unknown = answers.get(2);
        assertEquals("refused", unknown.get("status").asText());
        assertEquals("p3", unknown.get("pickup").asText());
        assertTrue(unknown.get("reason").asText().contains("no-such-client"), unknown.toString());
        assertEquals("refused", answers.get(3).get("status").asText(), "a pickup id used twice: " + answers.get(3));
        assertEquals("refused", answers.get(4).get("status").asText(), "an unknown courier: " + answers.get(4));
        assertEquals("ok", answers.get(5).get("status").asText());
        assertTrue(answers.get(5).has("adopted"));
        assertEquals("assigned", answers.get(7).get("status").asText(), "day 2 on a fresh fleet: " + answers.get(7));
        JsonNode backwards = answers.get(8);
        assertEquals("refused", backwards.get("status").asText());
        assertTrue(backwards.get("reason").asText().startsWith("OUT_OF_ORDER"), backwards.toString());

        List<WireSession.DayPlan> plans = session.finish();
        assertEquals(List.of(1, 2), plans.stream().map(WireSession.DayPlan::day).toList());
        plans.forEach(d -> assertTrue(d.plan().check().valid(), d.plan().check().violations().toString()));
        List<String> states = session.pickups().stream().map(p -> p.pickup() + ":" + p.status()).toList();
        assertEquals(List.of("p1:assigned", "p2:assigned", "p3:refused", "q1:assigned"), states);
    }

    @Test
    void theSameEventsGiveTheSameAnswers() throws IOException {
        assertEquals(run(new WireSession(city, fleet), day()), run(new WireSession(city, fleet), day()));
    }

    @Test
    void aJournalPlanIsAdoptedWhenItIsBetterAndAnUnknownCourierIsRefused() throws IOException {
        WireSession session = new WireSession(city, fleet);
        Client a = city.clients().get(0);
        Client b = city.clients().get(1);
        List<JsonNode> answers = run(session, List.of(
                new WireEvent.Request(at("08:00:00"), "p1", a.id(), null, null, null, null, List.of(), null),
                new WireEvent.Request(at("08:00:10"), "p2", b.id(), null, null, null, null, List.of(), null),
                new WireEvent.Plan(at("08:01:00"), 9, List.of(new WireEvent.Route("ghost", List.of("p1")))),
                new WireEvent.Plan(at("08:02:00"), 10, List.of(new WireEvent.Route(fleet.couriers().get(0).id(),
                        List.of("p1", "p2"))))));
        assertEquals("refused", answers.get(2).get("status").asText(), answers.get(2).toString());
        assertTrue(answers.get(2).get("reason").asText().contains("ghost"), answers.get(2).toString());
        assertEquals("ok", answers.get(3).get("status").asText(), answers.get(3).toString());
        assertFalse(session.finish().isEmpty());
    }
}
