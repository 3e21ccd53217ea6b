package dev.outpost.sim.demand;

import dev.outpost.model.Client;
import dev.outpost.model.Scenario;
import dev.outpost.model.TimeWindow;
import dev.outpost.sim.engine.RandomStreams;
import dev.outpost.sim.engine.Stream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Requests as a non-homogeneous Poisson process per client: the rate in hour {@code h} is
 * {@code growth * pickupsPerDay * w[h] / sum(w)} per hour, with {@code w} the client's hourly
 * profile, restricted to the scenario's service day. Sampled exactly for a piecewise-constant rate:
 * each gap is an Exp(1) draw spent over the integrated rate, hour by hour. Each client has its own
 * arrival sub-stream, so adding a client or changing a policy does not shift another's requests.
 *
 * @param growth       demand multiplier, at least 0 (1 = the scenario's demand)
 * @param serviceTimes how the time at the door is drawn
 */
public record PoissonDemand(double growth, ServiceTimes serviceTimes) implements DemandSource {

    /**
     * @throws IllegalArgumentException when growth is negative or not finite
     *
     * @param growth       demand multiplier, at least 0 (1 = the scenario's demand)
     * @param serviceTimes how the time at the door is drawn
     */
    public PoissonDemand {
        if (!(growth >= 0) || Double.isInfinite(growth)) {
            throw new IllegalArgumentException("The demand growth (" + growth + ") must be a finite number at least 0.");
        }
    }

    @Override
    public List<Request> requests(Scenario scenario, RandomStreams random) {
        TimeWindow day = scenario.horizon().serviceDay();
        List<long[]> raw = new ArrayList<>();
        for (int c = 0; c < scenario.clients().size(); c++) {
            Client client = scenario.clients().get(c);
            double[] perSecond = ratePerSecond(client, growth);
            SplittableRandom arrivals = random.stream(Stream.ARRIVALS, c);
            double t = day.startSeconds();
            while (true) {
                t = next(t, -Math.log(1.0 - arrivals.nextDouble()), perSecond, day.endSeconds());
                if (t >= day.endSeconds()) {
                    break;
                }
                raw.add(new long[] {(long) Math.floor(t), c});
            }
        }
        raw.sort(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]));
        return Requests.number(raw, scenario, serviceTimes, random);
    }

    /** The client's rate in each hour of day, requests per second. */
    static double[] ratePerSecond(Client client, double growth) {
        double sum = 0;
        for (double w : client.hourlyProfile()) {
            sum += w;
        }
        double[] rate = new double[24];
        if (sum <= 0) {
            return rate;
        }
        for (int h = 0; h < 24; h++) {
            rate[h] = growth * client.pickupsPerDay() * client.hourlyProfile().get(h) / sum / 3600.0;
        }
        return rate;
    }

    /** The time after {@code t} at which {@code mass} units of integrated rate are spent; {@code end} if never. */
    private static double next(double t, double mass, double[] perSecond, int end) {
        while (t < end) {
            int hour = (int) Math.floor(t / 3600.0) % 24;
            double hourEnd = Math.min(end, (Math.floor(t / 3600.0) + 1) * 3600.0);
            double available = perSecond[hour] * (hourEnd - t);
            if (available >= mass && perSecond[hour] > 0) {
                return t + mass / perSecond[hour];
            }
            mass -= available;
            t = hourEnd;
        }
        return end;
    }
}
