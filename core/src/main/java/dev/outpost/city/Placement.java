package dev.outpost.city;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses street junctions for clients, sites and the hub: weighted sampling without replacement
 * (Efraimidis and Spirakis, "Weighted random sampling with a reservoir", IPL 97(5), 2006: each
 * candidate draws the key {@code -ln(u) / weight} and the smallest keys win), with a minimum
 * separation between the chosen junctions that is halved whenever too few candidates pass it.
 * A placed point lies 5 to 25 m from its junction (a building set back from the street), well
 * inside the river's water margin, so it is on the junction's bank.
 */
final class Placement {

    static final double MIN_SETBACK_METRES = 5;
    static final double MAX_SETBACK_METRES = 25;

    private final RoadSketch roads;
    private final SplittableRandom random;

    Placement(RoadSketch roads, SplittableRandom random) {
        this.roads = roads;
        this.random = random;
    }

    /**
     * Picks {@code count} distinct junctions.
     *
     * @param count         how many
     * @param candidates    candidate node numbers
     * @param weights       positive weight of each candidate, same length
     * @param minSeparation wanted distance between chosen junctions, metres (0 for none)
     * @param taken         junctions not to use, updated with the chosen ones; indexed by node number
     * @param what          what is being placed, for the error message
     * @return the chosen node numbers, in the order chosen
     */
    int[] pick(int count, int[] candidates, double[] weights, double minSeparation, boolean[] taken, String what) {
        Ranked[] order = new Ranked[candidates.length];
        for (int c = 0; c < candidates.length; c++) {
            order[c] = new Ranked(-StrictMath.log(1 - random.nextDouble()) / weights[c], candidates[c]);
        }
        Arrays.sort(order, Comparator.comparingDouble(Ranked::key).thenComparingInt(Ranked::node));
        List<Integer> chosen = new ArrayList<>();
        double separation = minSeparation;
        while (chosen.size() < count) {
            for (Ranked ranked : order) {
                int node = ranked.node();
                if (chosen.size() < count && !taken[node] && farFromAll(node, chosen, separation)) {
                    chosen.add(node);
                    taken[node] = true;
                }
            }
            if (chosen.size() < count) {
                if (separation == 0) {
                    throw new IllegalArgumentException("The town has too few free street junctions ("
                            + chosen.size() + ") for " + count + " " + what
                            + "; raise radiusKm or lower streetSpacingMetres.");
                }
                separation = separation < 1 ? 0 : separation / 2;
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A candidate junction and its sampling key; smaller keys are picked first. */
    private record Ranked(double key, int node) {
    }

    /** The nearest of {@code candidates} to the point (metres east, north); ties go to the earlier. */
    int nearest(int[] candidates, double x, double y) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int node : candidates) {
            double d = StrictMath.hypot(roads.node(node).x() - x, roads.node(node).y() - y);
            if (d < bestDistance) {
                best = node;
                bestDistance = d;
            }
        }
        return best;
    }

    /** A point 5 to 25 m from the junction in a random direction, metres east and north. */
    double[] setBack(int node) {
        double angle = 2 * Math.PI * random.nextDouble();
        double distance = MIN_SETBACK_METRES + (MAX_SETBACK_METRES - MIN_SETBACK_METRES) * random.nextDouble();
        RoadSketch.Node n = roads.node(node);
        return new double[] {n.x() + distance * StrictMath.cos(angle), n.y() + distance * StrictMath.sin(angle)};
    }

    private boolean farFromAll(int node, List<Integer> chosen, double separation) {
        if (separation <= 0) {
            return true;
        }
        for (int other : chosen) {
            if (roads.distance(node, other) < separation) {
                return false;
            }
        }
        return true;
    }
}
