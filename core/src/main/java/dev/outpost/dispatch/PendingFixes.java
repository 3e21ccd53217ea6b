package dev.outpost.dispatch;

import dev.outpost.dispatch.DispatchEvent.CourierMoved;
import dev.outpost.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The live writer's GPS fixes held back while requests wait (requests first), one per courier:
 * a courier's newer fix replaces its older one, whose future completes at once with no decisions
 * (superseded: the courier is where its latest fix says). The held fixes are applied, in the order
 * their couriers' first held fix came, all of them before any event or query other than a
 * request, and one per turn while the queue is empty (a request arriving meanwhile waits for one
 * fix at most), so every event other than a request sees every fix submitted before it.
 * Writer thread only.
 */
final class PendingFixes {

    /** A held fix and the future its answer completes. */
    record Held(CourierMoved fix, CompletableFuture<List<Decision>> reply) {
    }

    private final Map<String, Held> byCourier = new LinkedHashMap<>();
    private long superseded;

    /** Holds {@code fix}; completes the courier's older held fix, if any, with no decisions. */
    void hold(CourierMoved fix, CompletableFuture<List<Decision>> reply) {
        Held older = byCourier.put(fix.courierId(), new Held(fix, reply));
        if (older != null) {
            superseded++;
            older.reply().complete(List.of());
        }
    }

    /** Whether no fix is held. */
    boolean isEmpty() {
        return byCourier.isEmpty();
    }

    /** The locations of the held fixes that have one (for one batched table change). */
    List<Location> locations() {
        List<Location> out = new ArrayList<>();
        for (Held h : byCourier.values()) {
            if (h.fix().location() != null) {
                out.add(h.fix().location());
            }
        }
        return out;
    }

    /** Takes the first held fix (this must hold one). */
    Held pollFirst() {
        var first = byCourier.entrySet().iterator();
        Held h = first.next().getValue();
        first.remove();
        return h;
    }

    /** Takes the held fixes, in order, and holds none. */
    List<Held> drain() {
        List<Held> out = new ArrayList<>(byCourier.values());
        byCourier.clear();
        return out;
    }

    /** Fixes answered as superseded by a newer fix of the same courier, since the start. */
    long superseded() {
        return superseded;
    }
}
