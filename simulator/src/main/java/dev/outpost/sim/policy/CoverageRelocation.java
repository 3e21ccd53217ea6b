package dev.outpost.sim.policy;

import dev.outpost.model.Scenario;
import dev.outpost.sim.fleet.Courier;
import dev.outpost.sim.fleet.CourierStatus;
import dev.outpost.sim.fleet.FleetControl;
import dev.outpost.sim.fleet.RelocationPolicy;

/**
 * Maximum-expected-coverage move (MEXCLP, Daskin 1983, used dynamically as in ambulance
 * redeployment): an idle courier goes to the open outpost where it adds the most expected covered
 * demand given where the other free couriers stand (or are heading). A client is covered by a post
 * when the expected drive from the post is within its response target; with {@code n} free couriers
 * covering it and busy probability {@code q}, its expected coverage is {@code d (1 - q^n)}, so one
 * more courier adds {@code d (1 - q) q^n}. Ties by the lower post point. {@code q} is the
 * scenario's offered load over its fleet, capped to [0.05, 0.95].
 */
public final class CoverageRelocation implements RelocationPolicy {

    private final double[] demand;
    private final double busy;
    private final int[] targets;
    private int[][] covers;
    private int[] posts;

    /**
     * @param scenario the scenario (client demand, service and targets)
     * @param growth   the demand multiplier in use
     */
    public CoverageRelocation(Scenario scenario, double growth) {
        demand = new double[scenario.clients().size()];
        double workSeconds = 0;
        for (int c = 0; c < demand.length; c++) {
            demand[c] = scenario.clients().get(c).pickupsPerDay() * growth;
            workSeconds += demand[c] * (scenario.clients().get(c).serviceSeconds() + 900);
        }
        double fleetSeconds = 0;
        for (var t : scenario.courierTypes()) {
            fleetSeconds += (double) t.count() * Math.max(0, t.shift().endSeconds() - t.shift().startSeconds());
        }
        double q = fleetSeconds <= 0 ? 0.95 : workSeconds / fleetSeconds;
        busy = Math.min(0.95, Math.max(0.05, q));
        this.targets = new int[demand.length];
        for (int c = 0; c < demand.length; c++) {
            targets[c] = scenario.clients().get(c).responseTargetSeconds();
        }
    }

    private void prepare(FleetControl fleet, int courier) {
        if (covers != null) {
            return;
        }
        posts = fleet.posts();
        int[] clients = fleet.clientPoints();
        covers = new int[posts.length][];
        for (int s = 0; s < posts.length; s++) {
            int count = 0;
            int[] list = new int[clients.length];
            for (int c = 0; c < clients.length; c++) {
                int leg = fleet.legSeconds(courier, posts[s], clients[c], fleet.clock().now());
                if (leg >= 0 && leg <= targets[c]) {
                    list[count++] = c;
                }
            }
            covers[s] = java.util.Arrays.copyOf(list, count);
        }
    }

    @Override
    public int target(int courier, FleetControl fleet) {
        prepare(fleet, courier);
        int[] atPost = new int[posts.length];
        for (Courier c : fleet.couriers()) {
            if (c.index() == courier || !c.free()) {
                continue;
            }
            int s = indexOf(c.status() == CourierStatus.RELOCATING ? c.destination() : fleet.anchorPoint(c.index()));
            if (s >= 0) {
                atPost[s]++;
            }
        }
        int[] coveredBy = new int[demand.length];
        for (int s = 0; s < posts.length; s++) {
            if (atPost[s] > 0) {
                for (int c : covers[s]) {
                    coveredBy[c] += atPost[s];
                }
            }
        }
        double bestGain = -1;
        int best = -1;
        for (int s = 0; s < posts.length; s++) {
            double gain = 0;
            for (int c : covers[s]) {
                gain += demand[c] * (1 - busy) * Math.pow(busy, coveredBy[c]);
            }
            if (gain > bestGain + 1e-12) {
                bestGain = gain;
                best = s;
            }
        }
        return best < 0 ? -1 : posts[best];
    }

    private int indexOf(int point) {
        for (int s = 0; s < posts.length; s++) {
            if (posts[s] == point) {
                return s;
            }
        }
        return -1;
    }
}
