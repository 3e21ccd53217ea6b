package dev.outpost.sim.report;

import dev.outpost.sim.engine.EventListener;
import dev.outpost.sim.engine.SimEvent;
import dev.outpost.sim.kpi.CourierStates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.TreeMap;

/**
 * What the HTML report draws from simulated days, gathered by listening to their events only: the
 * response times in whole minutes (request to courier at the door), the fleet's busy and on-duty
 * seconds per hour of the day, and, when asked, each courier's stops of the day in order (its start
 * point, the clients it reached, the hub when it unloaded); and per replication the service centres
 * whose every request was reached within target. Courier time comes from {@link CourierStates},
 * the same reading of the courier events as the KPIs'. Traces of several days add up with
 * {@link #add}; adding in replication order keeps the result the same on any number of threads.
 */
public final class DayTrace implements EventListener {

    /** Response-time bins: one per minute, 0 to {@value} minutes; the last bin holds longer ones. */
    public static final int MAX_MINUTES = 240;

    private final long[] responseMinutes = new long[MAX_MINUTES + 1];
    private final long[] busyByHour = new long[24];
    private final long[] dutyByHour = new long[24];
    private long unserved;
    private int replications;
    private boolean keepStops;
    private final Map<String, List<String>> stops = new TreeMap<>();
    private final Map<Long, long[]> open = new HashMap<>();
    private final Map<Long, String> requestClient = new HashMap<>();
    private final CourierStates states = new CourierStates(new CourierStates.Spells() {
        @Override
        public void onDuty(String courierId, long from, long to) {
            spread(dutyByHour, from, to);
        }

        @Override
        public void busy(String courierId, long from, long to) {
            spread(busyByHour, from, to);
        }
    });
    private final Map<Long, String> requestCentre = new HashMap<>();
    private final Set<String> centresSeen = new HashSet<>();
    private final Set<String> centresMissed = new HashSet<>();
    private final List<Integer> centresWithin = new ArrayList<>();

    /**
     * @param keepStops whether to record each courier's stops (the first day seen; costs memory per request)
     */
    public DayTrace(boolean keepStops) {
        this.keepStops = keepStops;
    }

    @Override
    public void onEvent(SimEvent event) {
        if (keepStops && event instanceof SimEvent.CourierOnDuty e && stops.containsKey(e.courierId())) {
            // A courier's second shift start is the next day of the replication: stops are kept for the first day only.
            keepStops = false;
        }
        states.onEvent(event);
        if (event instanceof SimEvent.RequestArrived e) {
            open.put(e.requestId(), new long[] {e.time(), e.targetSeconds()});
            if (SERVICE_CENTRE.equals(e.clientKind())) {
                requestCentre.put(e.requestId(), e.clientId());
                centresSeen.add(e.clientId());
            }
            if (keepStops) {
                requestClient.put(e.requestId(), e.clientId());
            }
        } else if (event instanceof SimEvent.PickupStarted e) {
            long[] r = open.remove(e.requestId());
            if (r != null) {
                long minutes = (e.time() - r[0]) / 60;
                responseMinutes[(int) Math.min(MAX_MINUTES, Math.max(0, minutes))]++;
                String centre = requestCentre.remove(e.requestId());
                if (centre != null && e.time() - r[0] > r[1]) {
                    centresMissed.add(centre);
                }
            }
            if (keepStops) {
                stops.computeIfAbsent(e.courierId(), k -> new ArrayList<>()).add(requestClient.get(e.requestId()));
            }
        } else if (event instanceof SimEvent.RequestUnserved e) {
            open.remove(e.requestId());
            unserved++;
            String centre = requestCentre.remove(e.requestId());
            if (centre != null) {
                centresMissed.add(centre);
            }
        } else if (event instanceof SimEvent.CourierOnDuty e) {
            if (keepStops) {
                stops.computeIfAbsent(e.courierId(), k -> new ArrayList<>()).add(e.homeId());
            }
        } else if (event instanceof SimEvent.ArrivedAtHub e && keepStops) {
            stops.computeIfAbsent(e.courierId(), k -> new ArrayList<>()).add(HUB);
        }
    }

    private static final String SERVICE_CENTRE = "SERVICE_CENTRE";

    /** The stop name recorded for a visit to the hub. */
    public static final String HUB = "\u0000hub";

    /** Adds the seconds of [from, to) to the hour bins they fall in (times past 24:00 go to the last hour). */
    private static void spread(long[] hours, long from, long to) {
        long t = Math.max(0, from);
        while (t < to) {
            int hour = (int) Math.min(23, t / 3600);
            long end = hour == 23 ? to : Math.min(to, (hour + 1) * 3600L);
            hours[hour] += end - t;
            t = end;
        }
    }

    /** Marks the end of one replication (called once per replication, after it ran). */
    void endReplication() {
        replications++;
        centresWithin.add(centresSeen.size() - centresMissed.size());
        centresSeen.clear();
        centresMissed.clear();
        requestCentre.clear();
        open.clear();
        requestClient.clear();
        states.clear();
    }

    /**
     * Adds the counts of {@code other} (another replication or several) to this trace; stops are not added.
     *
     * @param other the trace to add
     */
    public void add(DayTrace other) {
        for (int i = 0; i < responseMinutes.length; i++) {
            responseMinutes[i] += other.responseMinutes[i];
        }
        for (int h = 0; h < 24; h++) {
            busyByHour[h] += other.busyByHour[h];
            dutyByHour[h] += other.dutyByHour[h];
        }
        unserved += other.unserved;
        replications += other.replications;
        centresWithin.addAll(other.centresWithin);
    }

    /** {@return served requests per whole minute of response; the last bin holds {@value #MAX_MINUTES} minutes and more} */
    public long[] responseMinutes() {
        return responseMinutes.clone();
    }

    /** {@return busy courier-seconds per hour of the day} */
    public long[] busyByHour() {
        return busyByHour.clone();
    }

    /** {@return on-duty courier-seconds per hour of the day} */
    public long[] dutyByHour() {
        return dutyByHour.clone();
    }

    /** {@return requests that ended unserved} */
    public long unserved() {
        return unserved;
    }

    /**
     * {@return per replication (in order), the service centres that asked at least once and had every
     * request reached within its target}
     */
    public List<Integer> centresWithinTarget() {
        return List.copyOf(centresWithin);
    }

    /** {@return the replications traced} */
    public int replications() {
        return replications;
    }

    /**
     * {@return each courier's stops in order, by courier id: point ids of its start, clients
     * reached and {@link #HUB} for unloading; empty unless stops were kept}
     */
    public Map<String, List<String>> stops() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        stops.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }
}
