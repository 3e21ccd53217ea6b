package dev.outpost.dispatch;

import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** A grid city for dispatcher tests: point i at (i % side, i / side), 60 s and 500 m per block, hub at point 0. */
final class DispatchFixtures {

    private DispatchFixtures() {
    }

    /** Names of the dispatcher's threads still alive (none once every dispatcher is shut down). */
    static Set<String> dispatchThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("outpost-dispatch")).collect(Collectors.toSet());
    }

    static TravelTimes grid(int side) {
        int n = side * side;
        int[] seconds = new int[n * n];
        int[] metres = new int[n * n];
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            ids.add("g" + a);
            for (int b = 0; b < n; b++) {
                int blocks = Math.abs(a % side - b % side) + Math.abs(a / side - b / side);
                seconds[a * n + b] = 60 * blocks;
                metres[a * n + b] = 500 * blocks;
            }
        }
        return new TravelTimes(ids, seconds, metres);
    }

    static Courier courier(String id, int point) {
        return Courier.builder(id).startPoint(point).available(8 * 3600).shiftEnd(18 * 3600).capacity(100).build();
    }

    static Fleet fleet(int side, int couriers) {
        TravelTimes travel = grid(side);
        List<Courier> list = new ArrayList<>();
        for (int c = 0; c < couriers; c++) {
            list.add(courier(String.format("k%03d", c), (c * 7) % (side * side)));
        }
        return new Fleet(travel, 0, 18 * 3600, list);
    }

    static Pickup pickup(String id, int point, int release) {
        return Pickup.builder(id).point(point).window(release, release + 3 * 3600).serviceSeconds(120).releaseSecond(release)
                .build();
    }

    /** A seeded stream of requests over the day, released in order from 8:00. */
    static List<Pickup> requests(int count, int points, long seed) {
        return requests(count, points, seed, false);
    }

    /**
     * As {@link #requests(int, int, long)}, but all booked in advance: released at 8:00 (the
     * dispatcher's clock stays at 8:00 while they come in, so couriers may then report from 8:00).
     */
    static List<Pickup> booked(int count, int points, long seed) {
        return requests(count, points, seed, true);
    }

    private static List<Pickup> requests(int count, int points, long seed, boolean booked) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Pickup> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int release = 8 * 3600 + i * (6 * 3600) / Math.max(1, count);
            out.add(Pickup.builder(String.format("r%05d", i)).point(1 + random.nextInt(points - 1))
                    .window(release, release + 2 * 3600 + random.nextInt(3600)).serviceSeconds(60 + random.nextInt(240))
                    .size(1 + random.nextInt(3)).priority(1 + random.nextInt(3)).releaseSecond(booked ? 8 * 3600 : release)
                    .build());
        }
        return out;
    }

    /** The decision as an assignment, failing the test when it is another outcome. */
    static Decision.Assigned assigned(Decision d) {
        return org.junit.jupiter.api.Assertions.assertInstanceOf(Decision.Assigned.class, d, String.valueOf(d));
    }

    /** The decision as an unserved answer, failing the test when it is another outcome. */
    static Decision.Unserved unserved(Decision d) {
        return org.junit.jupiter.api.Assertions.assertInstanceOf(Decision.Unserved.class, d, String.valueOf(d));
    }

    /** The decision as a refusal, failing the test when it is another outcome. */
    static Decision.Refused refused(Decision d) {
        return org.junit.jupiter.api.Assertions.assertInstanceOf(Decision.Refused.class, d, String.valueOf(d));
    }

    /** The pickup a decision is about (a refusal: the pickup its event names, else null). */
    static String pickupId(Decision d) {
        if (d instanceof Decision.Assigned a) {
            return a.pickupId();
        } else if (d instanceof Decision.Unserved u) {
            return u.pickupId();
        } else if (d instanceof Decision.Expired x) {
            return x.pickupId();
        } else if (d instanceof Decision.Served s) {
            return s.pickupId();
        } else if (d instanceof Decision.Cancelled c) {
            return c.pickupId();
        }
        DispatchEvent e = ((Decision.Refused) d).event();
        if (e instanceof DispatchEvent.PickupCancelled c) {
            return c.pickupId();
        } else if (e instanceof DispatchEvent.PickupAssigned a) {
            return a.pickupId();
        } else if (e instanceof DispatchEvent.PickupRequested r) {
            return r.pickup().id();
        }
        return null;
    }
}
