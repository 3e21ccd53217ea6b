package dev.outpost.sim.fleet;

import dev.outpost.travel.TravelTimes;
import java.util.List;

/** Leg times from one travel table per courier type (no time-of-day variation). */
public final class TableLegTimes implements LegTimes {

    private final int size;
    private final int[][] seconds;
    private final int[][] metres;

    /**
     * @param perType one table per courier type, in scenario order, all over the same points
     * @throws IllegalArgumentException when the tables differ in size
     */
    public TableLegTimes(List<TravelTimes> perType) {
        size = perType.isEmpty() ? 0 : perType.get(0).size();
        seconds = new int[perType.size()][];
        metres = new int[perType.size()][];
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
}
