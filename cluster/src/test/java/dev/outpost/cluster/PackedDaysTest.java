package dev.outpost.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.sim.province.DayResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedDaysTest {

    @Test
    void packedDaysComeBackEqualAndInOrder() {
        List<DayResult> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            days.add(new DayResult(3, d % 2, d,
                    List.of(new DayResult.KpiValue("response", "mean", "MINUTES", 12.5 + d),
                            new DayResult.KpiValue("response", "p90", "MINUTES", Double.NaN),
                            new DayResult.KpiValue(null, "served", "COUNT", -0.0),
                            new DayResult.KpiValue("cost", "distance é", "KILOMETRES", Math.ulp(1.0) * d)),
                    List.of(new DayResult.CentreDay(d, d / 2), new DayResult.CentreDay(0, 0))));
        }
        PackedDays packed = PackedDays.of(days);
        assertEquals(days, packed.days());
        assertEquals(List.of(), PackedDays.of(List.of()).days());
        // each string is written once: 7 days cost far less than 7 times one day
        assertTrue(packed.size() < 7 * PackedDays.of(days.subList(0, 1)).size(), "strings written once per run");
    }

    @Test
    void daysAreCutIntoEvenRunsOfConsecutiveDays() {
        assertEquals(List.of(new SparkProvinceCommand.DayRun(0, 50), new SparkProvinceCommand.DayRun(50, 100),
                new SparkProvinceCommand.DayRun(100, 150), new SparkProvinceCommand.DayRun(150, 200)),
                SparkProvinceCommand.DayRun.cut(200, 4));
        assertEquals(List.of(new SparkProvinceCommand.DayRun(0, 2), new SparkProvinceCommand.DayRun(2, 4),
                new SparkProvinceCommand.DayRun(4, 7)), SparkProvinceCommand.DayRun.cut(7, 3));
        assertEquals(List.of(new SparkProvinceCommand.DayRun(0, 1)), SparkProvinceCommand.DayRun.cut(1, 1));
    }
}
