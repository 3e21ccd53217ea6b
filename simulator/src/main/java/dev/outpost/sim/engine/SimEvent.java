package dev.outpost.sim.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An immutable fact of a simulated run. The fleet and the policies publish these; KPI collectors
 * only read them, and a run's log of them (JSON lines, {@link EventLog}) replays into the
 * collectors with the same results. Times are simulated seconds since 00:00 of the day.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SimEvent.RequestArrived.class, name = "requestArrived"),
    @JsonSubTypes.Type(value = SimEvent.RequestAssigned.class, name = "requestAssigned"),
    @JsonSubTypes.Type(value = SimEvent.PickupStarted.class, name = "pickupStarted"),
    @JsonSubTypes.Type(value = SimEvent.PickupDone.class, name = "pickupDone"),
    @JsonSubTypes.Type(value = SimEvent.RequestUnserved.class, name = "requestUnserved"),
    @JsonSubTypes.Type(value = SimEvent.CourierOnDuty.class, name = "courierOnDuty"),
    @JsonSubTypes.Type(value = SimEvent.CourierBusy.class, name = "courierBusy"),
    @JsonSubTypes.Type(value = SimEvent.CourierIdle.class, name = "courierIdle"),
    @JsonSubTypes.Type(value = SimEvent.CourierMoved.class, name = "courierMoved"),
    @JsonSubTypes.Type(value = SimEvent.ArrivedAtHub.class, name = "arrivedAtHub"),
    @JsonSubTypes.Type(value = SimEvent.CourierOffDuty.class, name = "courierOffDuty"),
    @JsonSubTypes.Type(value = SimEvent.CourierLost.class, name = "courierLost"),
    @JsonSubTypes.Type(value = SimEvent.BreakStarted.class, name = "breakStarted"),
    @JsonSubTypes.Type(value = SimEvent.BreakEnded.class, name = "breakEnded"),
})
public sealed interface SimEvent {

    /** {@return when it happened, simulated seconds} */
    long time();

    /**
     * A request came in.
     *
     * @param requestId     unique within the run
     * @param clientId      who asked
     * @param clientKind    the client's class (government office, service centre)
     * @param outpostId     the client's outpost in the layout (nearest open one), or "-" when none
     * @param targetSeconds the promised response time, seconds
     */
    record RequestArrived(long time, long requestId, String clientId, String clientKind, String outpostId,
            int targetSeconds) implements SimEvent {
    }

    /** A request was given to a courier (again, after a breakdown). */
    record RequestAssigned(long time, long requestId, String courierId) implements SimEvent {
    }

    /** The courier is at the client's door: the response time ends here. */
    record PickupStarted(long time, long requestId, String courierId) implements SimEvent {
    }

    /** The pickup is on board. */
    record PickupDone(long time, long requestId, String courierId, int size) implements SimEvent {
    }

    /** The request ends without service, for {@code reason}. */
    record RequestUnserved(long time, long requestId, UnservedReason reason) implements SimEvent {
    }

    /** A courier's shift began at its start point. */
    record CourierOnDuty(long time, String courierId, String homeId) implements SimEvent {
    }

    /** A courier started working (driving to a pickup or the hub, serving). */
    record CourierBusy(long time, String courierId) implements SimEvent {
    }

    /** A courier has nothing to do (it may still drive to a relocation post). */
    record CourierIdle(long time, String courierId) implements SimEvent {
    }

    /**
     * A courier finished (or broke off) a drive.
     *
     * @param metres     metres driven on it
     * @param relocation whether it was an idle relocation drive
     */
    record CourierMoved(long time, String courierId, int metres, boolean relocation) implements SimEvent {
    }

    /** A courier unloaded {@code items} pickups at the hub. */
    record ArrivedAtHub(long time, String courierId, int items) implements SimEvent {
    }

    /** A courier's shift ended. */
    record CourierOffDuty(long time, String courierId) implements SimEvent {
    }

    /** A courier broke down; {@code itemsOnBoard} pickups never reach the hub. */
    record CourierLost(long time, String courierId, int itemsOnBoard) implements SimEvent {
    }

    /** A courier began a configured break (it is neither busy nor idle until the break ends). */
    record BreakStarted(long time, String courierId) implements SimEvent {
    }

    /** A courier's break ended (or was cut short by a breakdown). */
    record BreakEnded(long time, String courierId) implements SimEvent {
    }
}
