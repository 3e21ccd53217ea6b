package dev.outpost.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.CourierBreak;
import dev.outpost.model.CourierType;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Courier breaks in the scenario JSON: round trip, old files without breaks, every bad value reported. */
class CourierBreakJsonTest {

    private static Scenario withBreaks(Scenario city, int type, List<CourierBreak> breaks) {
        List<CourierType> types = new ArrayList<>(city.courierTypes());
        CourierType t = types.get(type);
        types.set(type, new CourierType(t.id(), t.count(), t.speedKmh(), t.capacity(), t.shift(), t.skills(),
                t.costPerHour(), t.costPerKm(), t.roadProfile(), breaks));
        return new Scenario(city.name(), city.coordinates(), city.clients(), city.sites(), types, city.hub(),
                city.horizon(), city.budget(), city.travel());
    }

    @Test
    void breaksRoundTripByteForByteAndAFileWithoutBreaksHasNone() {
        Scenario city = DefaultCity.scenario();
        assertTrue(city.courierTypes().stream().allMatch(t -> t.breaks().isEmpty()));
        assertTrue(!ScenarioIo.write(city).contains("\"breaks\""), "breaks written for a fleet without breaks");
        Scenario s = withBreaks(city, 0, List.of(new CourierBreak(12 * 3600, 13 * 3600 + 1800, 30 * 60),
                new CourierBreak(14 * 3600, 15 * 3600, 15 * 60 + 30)));
        assertEquals(List.of(), ScenarioValidator.validate(s));
        String text = ScenarioIo.write(s);
        assertTrue(text.contains("\"earliest\": \"12:00\""), "no break written");
        Scenario back = ScenarioIo.read(text, "breaks.json");
        assertEquals(s, back);
        assertEquals(text, ScenarioIo.write(back));
    }

    @Test
    void everyBadBreakIsReportedWithItsPath() {
        Scenario city = DefaultCity.scenario();
        int shiftEnd = city.courierTypes().get(1).shift().endSeconds();
        Scenario s = withBreaks(city, 1, List.of(
                new CourierBreak(12 * 3600, 12 * 3600 + 600, 30 * 60),
                new CourierBreak(11 * 3600, 11 * 3600 + 3600, 0),
                new CourierBreak(shiftEnd - 600, shiftEnd + 600, 10 * 60)));
        List<String> paths = ScenarioValidator.validate(s).stream().map(Problem::path).toList();
        assertEquals(List.of("$.courierTypes[1].breaks[0].latest", "$.courierTypes[1].breaks[1].minutes",
                "$.courierTypes[1].breaks[1].earliest", "$.courierTypes[1].breaks[2]"), paths);
        Problem short0 = ScenarioValidator.validate(s).get(0);
        assertTrue(short0.reason().startsWith("The break window (12:00..12:10) is shorter than the break (30 minutes)"),
                short0.reason());
    }

    @Test
    void anUnreadableBreakIsReportedByTheReader() {
        String text = ScenarioIo.write(DefaultCity.scenario()).replaceFirst("\"costPerKm\": ([0-9.]+)",
                "\"costPerKm\": $1, \"breaks\": [{\"earliest\": \"noon\", \"latest\": \"13:00\", \"minutes\": 30, \"x\": 1}]");
        dev.outpost.model.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(dev.outpost.model.ScenarioException.class,
                () -> ScenarioIo.read(text, "bad.json"));
        String message = e.getMessage();
        assertTrue(message.contains("$.courierTypes[0].breaks[0].earliest"), message);
        assertTrue(message.contains("$.courierTypes[0].breaks[0].x"), message);
    }
}
