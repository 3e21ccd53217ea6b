package dev.outpost.sim.fleet;

import dev.outpost.travel.TravelTables;
import java.util.Objects;

/**
 * Leg times from {@link TravelTables}: each courier type drives on its own profile's tables, and a
 * leg's time depends on its departure second (the Ichoua-Gendreau-Potvin stepping, FIFO; see
 * {@link TravelTables#legSeconds}). Courier type {@code t} is profile {@code t} of the tables (the
 * scenario's order). Simulated seconds count from 00:00 of the day; later days repeat the first.
 * Metres are those of the free-flow fastest path. Immutable and thread-safe.
 */
public final class TimeOfDayLegTimes implements LegTimes {

    private final TravelTables tables;

    /**
     * @param tables one profile per courier type, in the scenario's order
     */
    public TimeOfDayLegTimes(TravelTables tables) {
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code time} is negative or beyond 2^31 - 1 seconds
     */
    @Override
    public int seconds(int type, int from, int to, long time) {
        if (time < 0 || time > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The departure time (" + time
                    + " s) is outside 0 to 2^31 - 1 simulated seconds.");
        }
        return tables.legSeconds(type, from, to, (int) time);
    }

    @Override
    public int metres(int type, int from, int to) {
        return tables.legMetres(type, from, to);
    }

    /**
     * The tables answered from.
     *
     * @return the travel tables
     */
    @Override
    public TravelTables tables() {
        return tables;
    }
}
