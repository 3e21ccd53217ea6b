package dev.outpost.sim.kpi;

import dev.outpost.sim.engine.EventListener;
import dev.outpost.sim.engine.SimEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The one reading of the couriers' state events: follows each courier through on duty, busy and on
 * break and hands every finished spell to its {@link Spells}. The KPIs ({@link KpiCollector}: busy,
 * duty and break seconds) and the report's trace ({@code DayTrace}: busy and duty seconds per
 * hour) both take their courier time from it.
 *
 * <p>Rules: {@code CourierOnDuty} starts a duty spell; {@code CourierBusy} starts a busy spell
 * unless one is open; {@code CourierIdle} ends the open busy spell; {@code BreakStarted} and
 * {@code BreakEnded} start and end a break; {@code CourierOffDuty} and {@code CourierLost} end
 * whatever is open (busy, break, duty, in that order). Other events are ignored.
 */
public final class CourierStates implements EventListener {

    /** Where finished spells go; each is [from, to) in seconds since 00:00 of the courier's day. */
    public interface Spells {
        /**
         * A courier was on duty from {@code from} to {@code to}.
         *
         * @param courierId the courier
         * @param from      start of the spell
         * @param to        end of the spell
         */
        void onDuty(String courierId, long from, long to);

        /**
         * A courier was busy (driving to or serving work) from {@code from} to {@code to}.
         *
         * @param courierId the courier
         * @param from      start of the spell
         * @param to        end of the spell
         */
        void busy(String courierId, long from, long to);

        /**
         * A courier was on its configured break from {@code from} to {@code to}.
         *
         * @param courierId the courier
         * @param from      start of the spell
         * @param to        end of the spell
         */
        default void onBreak(String courierId, long from, long to) {
        }
    }

    private static final int DUTY = 0;
    private static final int BUSY = 1;
    private static final int BREAK = 2;

    private final Spells spells;
    private final Map<String, long[]> open = new HashMap<>();

    /**
     * @param spells where finished spells go
     */
    public CourierStates(Spells spells) {
        this.spells = spells;
    }

    @Override
    public void onEvent(SimEvent event) {
        if (event instanceof SimEvent.CourierOnDuty e) {
            courier(e.courierId())[DUTY] = e.time();
        } else if (event instanceof SimEvent.CourierBusy e) {
            long[] k = courier(e.courierId());
            if (k[BUSY] < 0) {
                k[BUSY] = e.time();
            }
        } else if (event instanceof SimEvent.CourierIdle e) {
            endBusy(e.courierId(), courier(e.courierId()), e.time());
        } else if (event instanceof SimEvent.BreakStarted e) {
            courier(e.courierId())[BREAK] = e.time();
        } else if (event instanceof SimEvent.BreakEnded e) {
            endBreak(e.courierId(), courier(e.courierId()), e.time());
        } else if (event instanceof SimEvent.CourierOffDuty e) {
            offDuty(e.courierId(), e.time());
        } else if (event instanceof SimEvent.CourierLost e) {
            offDuty(e.courierId(), e.time());
        }
    }

    /** Forgets the open spells (without reporting them), for the next replication. */
    public void clear() {
        open.clear();
    }

    private long[] courier(String id) {
        return open.computeIfAbsent(id, k -> new long[] {-1, -1, -1});
    }

    private void endBusy(String id, long[] k, long time) {
        if (k[BUSY] >= 0) {
            spells.busy(id, k[BUSY], time);
            k[BUSY] = -1;
        }
    }

    private void endBreak(String id, long[] k, long time) {
        if (k[BREAK] >= 0) {
            spells.onBreak(id, k[BREAK], time);
            k[BREAK] = -1;
        }
    }

    private void offDuty(String id, long time) {
        long[] k = courier(id);
        endBusy(id, k, time);
        endBreak(id, k, time);
        if (k[DUTY] >= 0) {
            spells.onDuty(id, k[DUTY], time);
            k[DUTY] = -1;
        }
    }
}
