package dev.outpost.dispatch;

import dev.outpost.model.Location;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * The {@link DispatchState}'s travel table and the locations in it: a request's address or a
 * courier's position becomes a point of the table ({@link LiveTable}: only the new rows and
 * columns are computed, points nothing references are reused), a location too far from the roads
 * is refused by name, and a change of the table is passed on to the route kernel.
 * Single-threaded, as the state.
 */
final class StateLocations {

    private final DispatchState state;

    final LiveTable table;
    /** Locations farther than this from the road network are refused (see {@link DispatcherOptions#maxSnapMetres()}). */
    final double maxSnapMetres;
    /** The static table, or of a time-of-day fleet null until {@link #travel()} makes it (not on the request path). */
    TravelTimes travel;
    /** The points the last snapshot references (re-optimisation may still read them): not reused until the next. */
    BitSet pinned = new BitSet();
    /** The time-of-day tables over the points of {@code travel}, or null (static). */
    TravelTables tables;

    StateLocations(DispatchState state, Fleet fleet, double maxSnapMetres) {
        this.state = state;
        this.maxSnapMetres = maxSnapMetres;
        this.table = new LiveTable(fleet);
        this.travel = table.table();
        this.tables = table.tables();
    }

    /** Events name points of the fleet's own table; the points added for locations are the dispatcher's. */
    void requirePoint(String what, int point) {
        if (point < 0 || point >= table.basePoints()) {
            throw new IllegalArgumentException("The " + what + " (" + point + ") is outside the travel table (0.."
                    + (table.basePoints() - 1) + ").");
        }
    }

    /**
     * The point of the travel table at {@code location}, added when new (see {@link LiveTable});
     * {@code moving}'s current position does not count as in use (its point may be reused).
     */
    int pointAt(String what, Location location, LiveCourier moving) {
        addLocations(List.of(location), moving, what);
        return table.find(location);
    }

    /**
     * Whether batching the locations of queued events saves work: when each change of the table
     * copies it (a static table, or a model without live tables); live road tables grow in place,
     * so each event pays only for its own location.
     */
    boolean batchesLocations() {
        return !table.growsInPlace();
    }

    /** Whether the travel table has a point at {@code location} (an event there needs no model call). */
    boolean hasLocation(Location location) {
        return table.find(location) >= 0;
    }

    /**
     * Gives these locations points of the travel table now, with one model call for all the new
     * ones: the live dispatcher calls it with the locations of the events in its queue, which then
     * find their points without a model call of their own (batching).
     *
     * @throws IllegalArgumentException naming the first location and the model's reason
     */
    void prepareLocations(Collection<Location> locations) {
        addLocations(locations, null, "location");
    }

    /**
     * Gives these locations points of the travel table with one model call; a change of the table
     * rebuilds the kernel.
     *
     * @throws IllegalArgumentException naming {@code what}, the location and the model's reason
     */
    private void addLocations(Collection<Location> locations, LiveCourier moving, String what) {
        for (Location l : locations) {
            if (table.find(l) < 0) {
                requireNearRoads(what, l);
            }
        }
        boolean changed;
        try {
            changed = table.add(locations, pointsInUse(moving));
        } catch (IllegalArgumentException e) {
            Location first = locations.iterator().next();
            throw new IllegalArgumentException("The " + what + " (" + first.x() + ", " + first.y()
                    + ") cannot be added to the dispatcher's travel table: " + e.getMessage(), e);
        }
        if (changed) {
            tables = table.tables();
            if (table.growsInPlace()) {
                // Live road tables grew in place: the kernel reads them without a copy or an O(points²) check,
                // and no route's legs changed (only free or new points were written), so the slacks stay valid.
                travel = null;
                state.kernel = state.kernel.withTables(tables);
            } else {
                travel = table.table();
                state.kernel = RouteKernel.of(new RoutingProblem(state.kernelCouriers, state.kernelPickups, state.hub, state.cutoff, travel, tables),
                        state.options);
                for (LiveCourier s : state.active) {
                    state.refresh(s);
                }
            }
        }
    }

    /**
     * Refuses a location farther than the snapping distance from the road network, naming its
     * coordinates and the nearest road node's distance, and hinting at swapped latitude and
     * longitude when the swapped location would be near enough.
     */
    private void requireNearRoads(String what, Location l) {
        double metres = table.nearestRoadMetres(l);
        if (Double.isNaN(metres) || metres <= maxSnapMetres) {
            return;
        }
        Location swapped = Location.ofLatLon(l.longitude(), l.latitude());
        double swappedMetres = table.nearestRoadMetres(swapped);
        String hint = swappedMetres <= maxSnapMetres
                ? "; " + table.axes() + " look swapped: " + table.describe(swapped) + " is " + metres(swappedMetres)
                        + " from a road node" : "";
        throw new IllegalArgumentException("The " + what + " " + table.describe(l) + " is " + metres(metres)
                + " from the nearest road node, farther than the snapping distance of " + metres(maxSnapMetres)
                + " (DispatcherOptions.withMaxSnapMetres)" + hint + ".");
    }

    private static String metres(double m) {
        return m >= 10_000 ? String.format(java.util.Locale.ROOT, "%,.0f km", m / 1000)
                : String.format(java.util.Locale.ROOT, "%,.0f m", m);
    }

    /** The static table, or the first profile's free-flow table (made once per change of the tables: O(points²)). */
    TravelTimes travel() {
        if (travel == null) {
            travel = table.table();
        }
        return travel;
    }

    /**
     * The points referenced now (open requests and the active couriers' positions, except
     * {@code moving}'s) and those the last snapshot referenced (the tables grow in place, so a
     * point that a re-optimisation round may still read is not rewritten).
     */
    BitSet pointsInUse(LiveCourier moving) {
        BitSet used = referenced(moving);
        used.or(pinned);
        return used;
    }

    /**
     * The points the state references now (open requests and the active couriers' positions,
     * except {@code moving}'s), without the last snapshot's: what a new snapshot pins. A snapshot
     * is taken only when the previous one's round has ended (one round at a time, and the
     * deterministic rounds run on the caller's thread), so its pins are released then; keeping
     * them (as before) made every point a snapshot ever referenced unusable, and a live
     * dispatcher fed GPS fixes at new places grew its table past its room until the writer died of
     * an {@code OutOfMemoryError} copying it.
     */
    BitSet referenced(LiveCourier moving) {
        BitSet used = new BitSet();
        for (Pickup p : state.kernelPickups) {
            LiveRequest r = state.requests.get(p.id());
            if (r.status == LiveRequest.State.ASSIGNED || state.pool.contains(p.id())) {
                used.set(p.point());
            }
        }
        for (LiveCourier s : state.active) {
            if (s != moving) {
                used.set(s.freePoint);
            }
        }
        return used;
    }
}
