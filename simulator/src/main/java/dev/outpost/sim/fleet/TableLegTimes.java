package dev.outpost.sim.fleet;

import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.List;

/** Leg times from one travel table per courier type (no time-of-day variation). */
public final class TableLegTimes implements LegTimes {

    private final int size;
    private final int[][] seconds;
    private final int[][] metres;
    private final List<TravelTimes> perType;
    /** Built on first use (tests with plain tables rarely ask). */
    private TravelTables tables;

    /**
     * @param perType one table per courier type, in scenario order, all over the same points
     * @throws IllegalArgumentException when the tables differ in size
     */
    public TableLegTimes(List<TravelTimes> perType) {
        size = perType.isEmpty() ? 0 : perType.get(0).size();
        seconds = new int[perType.size()][];
        metres = new int[perType.size()][];
        this.perType = List.copyOf(perType);
        for (int t = 0; t < perType.size(); t++) {
            if (perType.get(t).size() != size) {
                throw new IllegalArgumentException("The travel table of courier type " + t + " has "
                        + perType.get(t).size() + " points; the first has " + size + ".");
            }
            seconds[t] = perType.get(t).secondsTable();
            metres[t] = perType.get(t).metresTable();
        }
    }

    @Override
    public int seconds(int type, int from, int to, long time) {
        return seconds[type][from * size + to];
    }

    @Override
    public int metres(int type, int from, int to) {
        return metres[type][from * size + to];
    }

    /**
     * {@inheritDoc} Static: one table per courier type, profile ids {@code "type0"}, {@code "type1"}, ...
     */
    @Override
    public synchronized TravelTables tables() {
        if (tables == null) {
            if (perType.isEmpty()) {
                throw new IllegalStateException("The leg times have no courier type; a scenario needs one to plan.");
            }
            List<String> ids = new java.util.ArrayList<>();
            for (int t = 0; t < perType.size(); t++) {
                ids.add("type" + t);
            }
            tables = TravelTables.ofStatic(ids, perType, 0);
        }
        return tables;
    }
}
