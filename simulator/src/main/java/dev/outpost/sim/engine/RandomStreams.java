package dev.outpost.sim.engine;

import java.util.SplittableRandom;

/**
 * The seeded randomness of one replication: an independent {@link SplittableRandom} per
 * (stream, sub-stream), derived deterministically from (seed, replication, stream, sub-stream) by
 * SplitMix64 mixing. Replication {@code r} of seed {@code s} gives the same draws whatever ran
 * before it and on whatever thread, which gives common random numbers across set-ups: two
 * layouts or policies simulated with the same seed and replication see the same requests.
 *
 * @param seed        the experiment's seed
 * @param replication the replication (day) number, from 0
 */
public record RandomStreams(long seed, int replication) {

    /**
     * A fresh generator for {@code stream} and sub-stream {@code sub} (a client or courier index).
     * Each call returns a new generator starting at the same point.
     *
     * @param stream the purpose
     * @param sub the sub-stream (a client or courier index)
     * @return a fresh generator for {@code stream} and sub-stream {@code sub} (a client or courier index)
     */
    public SplittableRandom stream(Stream stream, int sub) {
        long h = mix(seed);
        h = mix(h ^ (0x9E3779B97F4A7C15L * (replication + 1L)));
        h = mix(h ^ (0xC2B2AE3D27D4EB4FL * (stream.ordinal() + 1L)));
        h = mix(h ^ (0x165667B19E3779F9L * (sub + 1L)));
        return new SplittableRandom(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
