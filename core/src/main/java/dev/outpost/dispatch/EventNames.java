package dev.outpost.dispatch;

import dev.outpost.dispatch.DispatchEvent.CourierBreak;
import dev.outpost.dispatch.DispatchEvent.CourierOffDuty;
import dev.outpost.dispatch.DispatchEvent.CourierOnDuty;
import dev.outpost.dispatch.DispatchEvent.CourierUnloaded;
import dev.outpost.dispatch.DispatchEvent.PickupAssigned;
import dev.outpost.dispatch.DispatchEvent.ArrivedAtStop;
import dev.outpost.dispatch.DispatchEvent.CourierAdded;
import dev.outpost.dispatch.DispatchEvent.CourierMoved;
import dev.outpost.dispatch.DispatchEvent.CourierUnavailable;
import dev.outpost.dispatch.DispatchEvent.PickupCancelled;
import dev.outpost.dispatch.DispatchEvent.PickupDone;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;

/** The kind and subject of a dispatch event, named in the state's refusal messages. */
final class EventNames {

    private EventNames() {
    }

    /** The event's kind and subject, for messages. */
    static String describe(DispatchEvent event) {
        String kind = event.getClass().getSimpleName();
        if (event instanceof PickupRequested e) {
            return kind + " of pickup (" + e.pickup().id() + ")";
        }
        if (event instanceof PickupCancelled e) {
            return kind + " of pickup (" + e.pickupId() + ")";
        }
        if (event instanceof PickupAssigned e) {
            return kind + " of pickup (" + e.pickupId() + ")";
        }
        if (event instanceof CourierAdded e) {
            return kind + " of courier (" + e.courier().id() + ")";
        }
        String courier = courierOf(event);
        return courier == null ? kind : kind + " of courier (" + courier + ")";
    }

    private static String courierOf(DispatchEvent event) {
        if (event instanceof CourierMoved e) {
            return e.courierId();
        } else if (event instanceof ArrivedAtStop e) {
            return e.courierId();
        } else if (event instanceof PickupDone e) {
            return e.courierId();
        } else if (event instanceof CourierUnloaded e) {
            return e.courierId();
        } else if (event instanceof CourierBreak e) {
            return e.courierId();
        } else if (event instanceof CourierOffDuty e) {
            return e.courierId();
        } else if (event instanceof CourierUnavailable e) {
            return e.courierId();
        } else if (event instanceof CourierOnDuty e) {
            return e.courierId();
        }
        return null;
    }
}
