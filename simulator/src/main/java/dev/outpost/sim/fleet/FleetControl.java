package dev.outpost.sim.fleet;

import dev.outpost.sim.demand.Request;
import dev.outpost.sim.engine.RandomStreams;
import dev.outpost.sim.engine.SimClock;
import java.util.Collection;
import java.util.List;

/** What a dispatch or relocation policy may see and do during a day. */
public interface FleetControl {

    /** {@return the day's scenario (its clients, courier types and hub)} */
    dev.outpost.model.Scenario scenario();

    /** {@return the read-only simulated clock} */
    SimClock clock();

    /**
     * The day's random streams, for a policy's own randomness: a policy draws from a
     * {@link dev.outpost.sim.engine.Stream} of its own purpose, so replications differ while two
     * set-ups on the same seed and replication see the same draws (common random numbers), and the
     * other purposes' draws (requests, travel noise) stay unchanged.
     *
     * @return the day's random streams
     */
    RandomStreams random();

    /** {@return the couriers, index order} */
    List<Courier> couriers();

    /**
     * A request of the day by id.
     *
     * @param id the request's id (0, 1, ... in time order)
     * @return the request with that id
     */
    Request request(long id);

    /**
     * The point (ScenarioPoints index) of a request's client.
     *
     * @param request a request of the day
     * @return the point of its client
     */
    int point(Request request);

    /**
     * The requests waiting for a courier, oldest first: a live read-only view; stop iterating after
     * an {@link #assign} (it changes the view).
     *
     * @return the ids of the waiting requests
     */
    Collection<Long> waiting();

    /** {@return the open outposts' points (the hub alone when the layout has none), ascending} */
    int[] posts();

    /** {@return the points of the scenario's clients, client index order} */
    int[] clientPoints();

    /**
     * Expected seconds of the leg for courier c leaving at {@code time}; -1 when unreachable.
     *
     * @param courier the courier's index (its vehicle type decides the leg)
     * @param from    the start point
     * @param to      the end point
     * @param time    the departure, simulated seconds
     * @return the expected leg duration in seconds, or -1 when unreachable
     */
    int legSeconds(int courier, int from, int to, long time);

    /**
     * The hub's point.
     *
     * @return the hub's point
     */
    int hub();

    /**
     * Where courier c will be when its current job is done (the point it drives to or serves at,
     * or where it stands), for planning.
     *
     * @param courier the courier's index
     * @return the point it will be at
     */
    int anchorPoint(int courier);

    /**
     * When courier c is expected to be done with its current job (now when free).
     *
     * @param courier the courier's index
     * @return the expected time, simulated seconds
     */
    long anchorTime(int courier);

    /**
     * Whether courier c has the skills for the request and can reach it (and the hub from it).
     *
     * @param courier the courier's index
     * @param request the request
     * @return true when the courier is able to take it
     */
    boolean able(int courier, Request request);

    /**
     * Parks a request in the waiting list (FIFO) until a policy assigns it.
     *
     * @param request the request to hold
     */
    void hold(Request request);

    /**
     * Gives a request to courier c at {@code position} of its queue (0 = next); removes it from the
     * waiting list if there. A free courier starts at once.
     *
     * @param request  the request to give
     * @param courier  the courier's index
     * @param position the index in the courier's queue, 0 = next
     * @throws IllegalArgumentException when the courier does not accept work or the position is out of range
     */
    void assign(Request request, int courier, int position);

    /**
     * Metres of the leg for courier c; -1 when unreachable.
     *
     * @param courier the courier's index (its vehicle type decides the leg)
     * @param from    the start point
     * @param to      the end point
     * @return the leg length in metres, or -1 when unreachable
     */
    int legMetres(int courier, int from, int to);

    /**
     * The expected legs as travel tables over the scenario's points: profile {@code t} is courier
     * type {@code t}, and {@code legTables().legSeconds(type, from, to, time)} equals
     * {@link #legSeconds} for a courier of that type (before noise). For planners that must plan
     * with the legs the couriers drive.
     *
     * @return the travel tables, one profile per courier type
     */
    dev.outpost.travel.TravelTables legTables();

    /**
     * Takes a request that is queued with a courier but not yet started back out of that queue
     * (for a policy that re-plans). The caller must {@link #assign} or {@link #hold} it again before
     * it returns control to the day.
     *
     * @param requestId the id of the request to take back
     * @return the index of the courier it was queued with, or -1 when it is in no queue (waiting,
     *         under way, or closed); then nothing changes
     */
    int unassign(long requestId);
}
