package dev.outpost.dispatch;

import dev.outpost.model.Location;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelPoint;
import dev.outpost.travel.TravelTimes;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A travel model whose first {@link #extend} waits until {@link #release()}: holds the dispatcher's writer thread. */
final class GatedModel implements TravelModel {

    private final TravelModel delegate;
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger extendCalls = new AtomicInteger();

    GatedModel(TravelModel delegate) {
        this.delegate = delegate;
    }

    @Override
    public TravelTimes table(List<String> pointIds, List<Location> points) {
        return delegate.table(pointIds, points);
    }

    @Override
    public TravelTimes extend(TravelTimes base, List<Location> basePoints, List<TravelPoint> extra) {
        if (extendCalls.getAndIncrement() == 0) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return delegate.extend(base, basePoints, extra);
    }

    /** Waits until the first extend call is held; whether it is. */
    boolean awaitHeld() throws InterruptedException {
        return entered.await(10, TimeUnit.SECONDS);
    }

    /** Lets the held call (and all later ones) go on. */
    void release() {
        release.countDown();
    }

    /** Calls of extend so far. */
    int extendCalls() {
        return extendCalls.get();
    }
}
