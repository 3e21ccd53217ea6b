package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.route.RouteSlack;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Selects SISR ruins (Christiaens and Vanden Berghe 2020, section 4.1): with average removal
 * {@link #AVERAGE_REMOVED} and maximum string length {@link #MAX_STRING}, a random seed visit and
 * its nearest neighbours (by metres) pick up to {@code k_s} routes, from each of which a string
 * (or, half the time, a split string that keeps a middle block) of random length through that
 * neighbour is removed. The recreate is {@link RuinRecreateMove}. Random selection only.
 */
public class RuinRecreateMoveIteratorFactory implements MoveIteratorFactory<RoutingSolution, RuinRecreateMove> {

    /** SISR average number of removed customers ({@code c-bar}). */
    static final double AVERAGE_REMOVED = 10;
    /** SISR maximum string length ({@code L_max}). */
    static final double MAX_STRING = 10;

    /** Per-phase scratch arrays shared by the moves (the local search runs on one thread). */
    static final class Scratch {
        final int[] load;
        final boolean[] slackValid;
        final RouteSlack[] slacks;
        int[] sequence = new int[16];
        final boolean[] emptyClassSeen;
        final boolean[] removedFlag;
        final boolean[] ruinedRoute;
        /** A route's cheapest position's cost and the blink state after it (RouteKernel.cheapestPosition). */
        final long[] found = new long[2];

        Scratch(RoutingData d) {
            load = new int[d.courierCount];
            slackValid = new boolean[d.courierCount];
            slacks = new RouteSlack[d.courierCount];
            for (int c = 0; c < d.courierCount; c++) {
                slacks[c] = new RouteSlack();
            }
            emptyClassSeen = new boolean[d.courierClassCount];
            removedFlag = new boolean[d.pickupCount];
            ruinedRoute = new boolean[d.courierCount + 1];
        }
    }

    @Override
    public long getSize(ScoreDirector<RoutingSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVisits().size();
    }

    @Override
    public Iterator<RuinRecreateMove> createOriginalMoveIterator(ScoreDirector<RoutingSolution> scoreDirector) {
        throw new UnsupportedOperationException("The ruin-and-recreate move selector (original order) is not supported;"
                + " configure it with selectionOrder RANDOM.");
    }

    @Override
    public Iterator<RuinRecreateMove> createRandomMoveIterator(ScoreDirector<RoutingSolution> scoreDirector,
            Random workingRandom) {
        Scratch scratch = new Scratch(scoreDirector.getWorkingSolution().getData());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RuinRecreateMove next() {
                return select(scoreDirector.getWorkingSolution(), workingRandom, scratch);
            }
        };
    }

    static RuinRecreateMove select(RoutingSolution solution, Random random, Scratch scratch) {
        RoutingData d = solution.getData();
        List<Visit> visits = solution.getVisits();
        List<CourierRoute> routes = solution.getRoutes();
        int assigned = visits.size() - solution.bucket().getVisits().size();
        if (assigned == 0) {
            return new RuinRecreateMove(new Visit[0], random.nextLong(), scratch);
        }
        int used = 0;
        for (int c = 0; c < d.courierCount; c++) {
            if (!routes.get(c).getVisits().isEmpty()) {
                used++;
            }
        }
        double maxString = Math.min(MAX_STRING, (double) assigned / used);
        double maxStrings = 4 * AVERAGE_REMOVED / (1 + maxString) - 1;
        int strings = (int) (random.nextDouble() * maxStrings) + 1;
        Visit seedVisit = visits.get(random.nextInt(visits.size()));
        for (int attempt = 0; attempt < 16 && seedVisit.getRoute().isBucket(); attempt++) {
            seedVisit = visits.get(random.nextInt(visits.size()));
        }
        List<Visit> removed = new ArrayList<>();
        boolean[] ruined = scratch.ruinedRoute;
        int ruinedCount = 0;
        int[] neighbours = d.neighbours(seedVisit.getIndex());
        for (int k = -1; k < neighbours.length && ruinedCount < strings; k++) {
            Visit visit = k < 0 ? seedVisit : visits.get(neighbours[k]);
            CourierRoute route = visit.getRoute();
            if (route.isBucket() || ruined[route.getIndex()]) {
                continue;
            }
            List<Visit> list = route.getVisits();
            int len = list.size();
            int position = list.indexOf(visit);
            double maxLength = Math.min(len, maxString);
            int length = (int) (random.nextDouble() * maxLength) + 1;
            if (length >= len || random.nextBoolean()) {
                int lowest = Math.max(0, position - length + 1);
                int highest = Math.min(position, len - length);
                int start = lowest + random.nextInt(highest - lowest + 1);
                for (int i = start; i < start + length; i++) {
                    removed.add(list.get(i));
                }
            } else {
                // Split string: a string of length + kept through the visit, with a block of kept visits left in place.
                int kept = 1 + random.nextInt(len - length);
                int span = length + kept;
                int lowest = Math.max(0, position - span + 1);
                int highest = Math.min(position, len - span);
                int start = lowest + random.nextInt(highest - lowest + 1);
                int keptStart = start + random.nextInt(length + 1);
                for (int i = start; i < start + span; i++) {
                    if (i < keptStart || i >= keptStart + kept) {
                        removed.add(list.get(i));
                    }
                }
            }
            ruined[route.getIndex()] = true;
            ruinedCount++;
        }
        for (int c = 0; c < ruined.length; c++) {
            ruined[c] = false;
        }
        return new RuinRecreateMove(removed.toArray(new Visit[0]), random.nextLong(), scratch);
    }
}
