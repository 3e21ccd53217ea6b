package dev.outpost.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Scenario;
import dev.outpost.sim.demand.ServiceTimes;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.testing.TinyScenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Validation against queueing theory: one outpost, every drive 0 s, Poisson arrivals, exponential
 * service, c couriers, first come first served is an M/M/c queue, whose mean wait (request to
 * courier at the door) is Erlang C's {@code Wq = C(c, a) / (c mu - lambda)}. The simulated days
 * (24 h each, starting empty) must hold the theoretical value inside their 95% interval.
 */
class ErlangCTest {

    @ParameterizedTest(name = "lambda {0}/h, service {1} s, c = {2}")
    @CsvSource({"3, 600, 1", "12, 600, 3", "24, 600, 5"})
    void meanWaitMatchesErlangC(double perHour, int serviceSeconds, int couriers) {
        Scenario scenario = TinyScenarios.queue(perHour, serviceSeconds, couriers);
        FleetOptions fleet = new FleetOptions(0, 0, ServiceTimes.EXPONENTIAL, 1.0);
        SimSetup setup = new SimSetup(scenario, new Layout("post", List.of(new Layout.Post("s1", couriers))),
                "nearest-idle", "stay", fleet, null);
        Simulator simulator = new Simulator(setup, TinyScenarios.zeroLegs(scenario));
        List<Double> waits = new ArrayList<>();
        for (RunKpis day : Replications.run(simulator, 20_261_129L, 40, 1, null)) {
            waits.add(day.value("all", "responseMean"));
        }
        Estimate estimate = Estimate.of(waits);
        double theory = erlangCWait(perHour / 3600.0, 1.0 / serviceSeconds, couriers);
        assertTrue(estimate.contains(theory), "Erlang C mean wait " + theory + " s outside the simulated interval ["
                + estimate.low() + ", " + estimate.high() + "] (mean " + estimate.mean() + " s)");
    }

    /** Mean wait in queue of M/M/c, seconds. */
    static double erlangCWait(double lambda, double mu, int c) {
        double a = lambda / mu;
        double rho = a / c;
        double term = 1;
        double sum = 1;
        for (int k = 1; k < c; k++) {
            term *= a / k;
            sum += term;
        }
        double last = term * a / c / (1 - rho);
        double probabilityWait = last / (sum + last);
        return probabilityWait / (c * mu - lambda);
    }
}
