package dev.outpost.dispatch;

import dev.outpost.routing.Courier;
import dev.outpost.routing.route.RouteSlack;
import java.util.ArrayList;
import java.util.List;

/**
 * One courier's live state in the {@link DispatchState}: its fixed past (free point, free second,
 * load on board, and the pickup it drives to or stands at), its duty, its break, the time of its
 * last report, its planned stops (pickup ids) and the slack of its route. Mutable; owned by one
 * dispatch state.
 */
final class LiveCourier {
    final Courier base;
    int freePoint;
    int freeSecond;
    int load;
    /** The pickup it drives to or stands at: fixed. */
    String fixed;
    final List<String> route = new ArrayList<>();
    final RouteSlack slack = new RouteSlack();
    boolean active = true;
    CourierStatus.Duty duty = CourierStatus.Duty.ON_DUTY;
    /** The time of its latest accepted event (its own reports must not go back). */
    int lastSecond;
    /** It can start nothing before this second (a break under way). */
    int breakEnd;
    /** A break to take once its fixed stop is done, seconds. */
    int pendingBreak;

    LiveCourier(Courier base) {
        this.base = base;
        this.freePoint = base.startPoint();
        this.freeSecond = base.availableSecond();
        this.load = base.loadOnBoard();
    }
}
