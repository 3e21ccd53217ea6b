package dev.outpost.stationing.internal.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueueModelTest {

    @Test
    void singleCourierIsMm1() {
        // 6 requests/h, 300 s busy each: lambda = 1/600 per s, S = 300 s, rho = 0.5,
        // M/M/1 Wq = rho * S / (1 - rho) = 300 s.
        long rate = 6_000;
        long busy = rate * 300;
        assertEquals(300.0, QueueModel.expectedWaitSeconds(rate, busy, 1), 1e-9);
        assertEquals(1_800_000L, QueueModel.waitTerm(rate, busy, 1));
    }

    @Test
    void twoCouriersMatchTheErlangCTable() {
        // a = 1 Erlang, c = 2: C = 1/3, Wq = C * S / (c - a) = S / 3.
        long rate = 12_000;
        long busy = rate * 300;
        assertEquals(100.0, QueueModel.expectedWaitSeconds(rate, busy, 2), 1e-9);
    }

    @Test
    void overloadIsUnstable() {
        long rate = 12_000;
        long busy = rate * 300;
        assertFalse(QueueModel.stable(busy, 1));
        assertTrue(Double.isInfinite(QueueModel.expectedWaitSeconds(rate, busy, 1)));
        assertTrue(QueueModel.stable(busy, 2));
    }
}
