package dev.outpost.sim.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.sim.engine.RandomStreams;
import dev.outpost.sim.testing.TinyScenarios;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandTest {

    @Test
    void poissonCountsFollowTheProfileAndTheGrowth() {
        Scenario town = TinyScenarios.town(1.0);
        double expected = town.clients().stream().mapToDouble(c -> c.pickupsPerDay()).sum();
        for (double growth : new double[] {1.0, 2.5}) {
            long total = 0;
            int days = 200;
            for (int r = 0; r < days; r++) {
                List<Request> requests = new PoissonDemand(growth, ServiceTimes.FIXED).requests(town, new RandomStreams(3, r));
                total += requests.size();
                for (int i = 0; i < requests.size(); i++) {
                    Request q = requests.get(i);
                    assertEquals(i, q.id());
                    assertTrue(i == 0 || requests.get(i - 1).time() <= q.time());
                    int hour = (int) (q.time() / 3600);
                    double weight = town.clients().get(q.client()).hourlyProfile().get(hour);
                    assertTrue(weight > 0, "a request in hour " + hour + " whose weight is 0");
                }
            }
            double mean = total / (double) days;
            // The service day 08:00-18:00 covers every positive weight of the profiles except the flat client's.
            double flatShare = 3.0 * growth * 14 / 24;
            double target = growth * expected - flatShare;
            assertEquals(target, mean, 4 * Math.sqrt(target / days) + 0.01, "growth " + growth);
        }
    }

    @Test
    void csvLogReportsEveryBadRowByLineAndColumn() {
        Scenario town = TinyScenarios.town(1.0);
        String csv = "time,client,size,priority\n09:00,c1,,\n9:61,c1,1,1\n10:00,nobody,0,x\n36000,c2,2,\n";
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> CsvRequestLog.read(new StringReader(csv), "log.csv", town, ServiceTimes.FIXED));
        String text = e.getMessage();
        assertTrue(text.contains("line 3, column time"), text);
        assertTrue(text.contains("line 4, column client"), text);
        assertTrue(text.contains("line 4, column size"), text);
        assertTrue(text.contains("line 4, column priority"), text);
        assertEquals(4, e.problems().size(), text);
    }

    @Test
    void csvLogReplaysItsRowsInTimeOrder() throws Exception {
        Scenario town = TinyScenarios.town(1.0);
        ScheduledDemand log = CsvRequestLog.read(new StringReader("client,time\nc2,10:00\nc1,09:00:30\n"), "log.csv", town,
                ServiceTimes.FIXED);
        List<Request> requests = log.requests(town, new RandomStreams(1, 0));
        assertEquals(2, requests.size());
        assertEquals(9 * 3600 + 30, requests.get(0).time());
        assertEquals(1, requests.get(0).client());
        assertEquals(36_000, requests.get(1).time());
    }
}
