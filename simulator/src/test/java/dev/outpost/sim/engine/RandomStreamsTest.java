package dev.outpost.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    @Test
    void aStreamDependsOnlyOnSeedReplicationPurposeAndSubStream() {
        RandomStreams a = new RandomStreams(7, 3);
        long first = a.stream(Stream.ARRIVALS, 2).nextLong();
        // Drawing from other streams in between changes nothing.
        a.stream(Stream.TRAVEL_NOISE, 2).nextLong();
        assertEquals(first, new RandomStreams(7, 3).stream(Stream.ARRIVALS, 2).nextLong());
        assertNotEquals(first, a.stream(Stream.ARRIVALS, 3).nextLong());
        assertNotEquals(first, a.stream(Stream.SERVICE_TIMES, 2).nextLong());
        assertNotEquals(first, new RandomStreams(7, 4).stream(Stream.ARRIVALS, 2).nextLong());
        assertNotEquals(first, new RandomStreams(8, 3).stream(Stream.ARRIVALS, 2).nextLong());
    }
}
