package dev.outpost.stationing;

import dev.outpost.stationing.internal.solver.ObjectiveRule;
import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.CourierType;
import dev.outpost.model.Limits;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outpost location problem, index-based: clients {@code 0..clientCount-1}, sites
 * {@code 0..siteCount-1}, and the travel seconds from every site to every client in one flat
 * site-major table ({@code site * clientCount + client}), {@link TravelTimes#UNREACHABLE} where no
 * path exists. Immutable; arrays are never exposed, accessors read single entries.
 *
 * <p>Per client: a demand weight (the weight in {@link StationingObjective#P_MEDIAN},
 * {@link StationingObjective#MAX_COVERING}), a request rate in milli-requests per hour (the
 * arrival rate of {@link StationingObjective#EXPECTED_RESPONSE}), a response target and a service
 * time in seconds. Per site: status, opening cost, most couriers. Budget: most open outposts
 * ({@code p}), most couriers in all, most total opening cost; {@link Integer#MAX_VALUE} and
 * {@link Long#MAX_VALUE} mean "no limit".
 *
 * <p>Build with {@link #builder(StationingObjective)}.
 */
public final class StationingProblem {

    /** The "no limit" value of {@link #maxOutposts()} and {@link #maxCouriers()}. */
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    /**
     * The largest total any objective or score sum may reach: {@code Long.MAX_VALUE / 4}. The
     * builder rejects a problem whose worst case (every client at its farthest reachable site, every
     * opening cost paid) exceeds it, so no sum in the solver or the checker can overflow.
     */
    public static final long MAX_TOTAL = Long.MAX_VALUE / 4;


    private final StationingObjective objective;
    private final SetCoveringCost setCoveringCost;
    private final String[] clientIds;
    private final int[] demandWeight;
    private final int[] milliRequestsPerHour;
    private final int[] responseTargetSeconds;
    private final int[] serviceSeconds;
    private final String[] siteIds;
    private final SiteStatus[] siteStatus;
    private final long[] openingCost;
    private final int[] siteMaxCouriers;
    private final int[] travelSeconds;
    private final int maxOutposts;
    private final int maxCouriers;
    private final long maxOpeningCost;

    private StationingProblem(Builder b, int[] travel) {
        this.objective = b.objective;
        this.setCoveringCost = b.setCoveringCost;
        this.clientIds = b.clientIds.toArray(new String[0]);
        this.demandWeight = toArray(b.demandWeight);
        this.milliRequestsPerHour = toArray(b.milliRequestsPerHour);
        this.responseTargetSeconds = toArray(b.responseTargetSeconds);
        this.serviceSeconds = toArray(b.serviceSeconds);
        this.siteIds = b.siteIds.toArray(new String[0]);
        this.siteStatus = b.siteStatus.toArray(new SiteStatus[0]);
        this.openingCost = b.openingCost.stream().mapToLong(Long::longValue).toArray();
        this.siteMaxCouriers = toArray(b.siteMaxCouriers);
        this.travelSeconds = travel;
        this.maxOutposts = b.maxOutposts;
        this.maxCouriers = b.maxCouriers;
        this.maxOpeningCost = b.maxOpeningCost;
    }

    private StationingProblem(StationingProblem o, StationingObjective objective, SetCoveringCost cost) {
        this.objective = objective;
        this.setCoveringCost = cost;
        this.clientIds = o.clientIds;
        this.demandWeight = o.demandWeight;
        this.milliRequestsPerHour = o.milliRequestsPerHour;
        this.responseTargetSeconds = o.responseTargetSeconds;
        this.serviceSeconds = o.serviceSeconds;
        this.siteIds = o.siteIds;
        this.siteStatus = o.siteStatus;
        this.openingCost = o.openingCost;
        this.siteMaxCouriers = o.siteMaxCouriers;
        this.travelSeconds = o.travelSeconds;
        this.maxOutposts = o.maxOutposts;
        this.maxCouriers = o.maxCouriers;
        this.maxOpeningCost = o.maxOpeningCost;
    }

    /**
     * Maps a scenario onto the problem. Points are looked up in {@code times} by id: each client and
     * each site must appear in {@link TravelTimes#pointIds()} under its own id. Per client: demand
     * weight = milli-pickups per day ({@code round(pickupsPerDay * 1000)}); request rate = the
     * peak-hour rate in milli-requests per hour ({@code pickupsPerDay * max(profile) / sum(profile)},
     * or {@code pickupsPerDay / 24} for an all-zero profile), so that the queue model plans for the
     * busiest hour. Budget components that are null (or a null budget) mean no limit; the most
     * couriers is the smaller of the budget's and the fleet's (the sum of the courier types' counts).
     *
     * @param scenario the scenario
     * @param times the travel table between the scenario's points
     * @param objective the objective
     * @throws IllegalArgumentException naming the first client or site missing from {@code times}
     * @return the stationing problem of the scenario
     */
    public static StationingProblem fromScenario(Scenario scenario, TravelTimes times, StationingObjective objective) {
        Map<String, Integer> point = new HashMap<>();
        for (int i = 0; i < times.size(); i++) {
            point.putIfAbsent(times.pointIds().get(i), i);
        }
        Builder b = builder(objective);
        int[] clientPoints = new int[scenario.clients().size()];
        for (int c = 0; c < clientPoints.length; c++) {
            Client client = scenario.clients().get(c);
            clientPoints[c] = pointOf(point, client.id(), "clients[" + c + "]");
            double sum = 0;
            double max = 0;
            for (double w : client.hourlyProfile()) {
                sum += w;
                max = Math.max(max, w);
            }
            double perDay = client.pickupsPerDay();
            if (!Double.isFinite(perDay) || perDay < 0 || perDay > Limits.MAX_PICKUPS_PER_DAY) {
                throw new IllegalArgumentException("The client " + client.id() + " has pickupsPerDay (" + perDay
                        + ") outside 0.." + (long) Limits.MAX_PICKUPS_PER_DAY + "; validate the scenario first.");
            }
            if (!Double.isFinite(sum)) {
                throw new IllegalArgumentException("The client " + client.id() + " has an hourly profile that sums to "
                        + sum + "; use finite, non-negative weights.");
            }
            double peakPerHour = sum > 0 ? perDay * max / sum : perDay / 24.0;
            b.addClient(client.id(), (int) Math.round(perDay * 1000),
                    (int) Math.round(peakPerHour * 1000), client.responseTargetSeconds(), client.serviceSeconds());
        }
        int[] sitePoints = new int[scenario.sites().size()];
        for (int s = 0; s < sitePoints.length; s++) {
            Site site = scenario.sites().get(s);
            sitePoints[s] = pointOf(point, site.id(), "sites[" + s + "]");
            b.addSite(site.id(), site.status(), site.openingCost(), site.maxCouriers());
        }
        b.travelSeconds(times, sitePoints, clientPoints);
        Budget budget = scenario.budget() == null ? Budget.unlimited() : scenario.budget();
        long fleet = 0;
        for (CourierType type : scenario.courierTypes()) {
            fleet += Math.max(0, type.count());
        }
        Integer maxCouriers = budget.maxCouriers();
        if (!scenario.courierTypes().isEmpty() && (maxCouriers == null || fleet < maxCouriers)) {
            // The fleet is a wall too: no plan stations couriers the scenario does not have.
            maxCouriers = (int) Math.min(fleet, NO_LIMIT);
        }
        b.budget(budget.maxOutposts(), maxCouriers, budget.maxOpeningCost());
        return b.build();
    }

    private static int pointOf(Map<String, Integer> point, String id, String path) {
        Integer index = point.get(id);
        if (index == null) {
            throw new IllegalArgumentException("The " + path + " id (" + id + ") is not a point of the travel times; "
                    + "build the travel times over the scenario's clients and sites.");
        }
        return index;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A builder for a problem with this objective (non-null).
     *
     * @param objective the objective
     * @return a builder for a problem with this objective (non-null)
     */
    public static Builder builder(StationingObjective objective) {
        return new Builder(objective);
    }

    /**
     * The same problem (sharing its tables) with another objective; {@code cost} matters for set covering only.
     *
     * @param newObjective the other objective
     * @param cost the set-covering cost
     * @return the same problem (sharing its tables) with another objective; {@code cost} matters for set covering only
     */
    public StationingProblem withObjective(StationingObjective newObjective, SetCoveringCost cost) {
        return new StationingProblem(this, Objects.requireNonNull(newObjective, "objective"),
                Objects.requireNonNull(cost, "setCoveringCost"));
    }

    /**
     * The objective.
     *
     * @return the objective
     */
    public StationingObjective objective() {
        return objective;
    }

    /**
     * What set covering minimises (ignored by the other objectives).
     *
     * @return what set covering minimises (ignored by the other objectives)
     */
    public SetCoveringCost setCoveringCost() {
        return setCoveringCost;
    }

    /**
     * Number of clients.
     *
     * @return the number of clients
     */
    public int clientCount() {
        return clientIds.length;
    }

    /**
     * Number of sites.
     *
     * @return the number of sites
     */
    public int siteCount() {
        return siteIds.length;
    }

    /**
     * Id of client {@code c}.
     *
     * @param c the client index
     * @return id of client {@code c}
     */
    public String clientId(int c) {
        return clientIds[c];
    }

    /**
     * Demand weight of client {@code c}, at least 0.
     *
     * @param c the client index
     * @return demand weight of client {@code c}, at least 0
     */
    public int demandWeight(int c) {
        return demandWeight[c];
    }

    /**
     * Request rate of client {@code c} in milli-requests per hour (1000 = one request an hour), at least 0.
     *
     * @param c the client index
     * @return request rate of client {@code c} in milli-requests per hour (1000 = one request an hour), at least 0
     */
    public int milliRequestsPerHour(int c) {
        return milliRequestsPerHour[c];
    }

    /**
     * Response target of client {@code c}, seconds.
     *
     * @param c the client index
     * @return response target of client {@code c}, seconds
     */
    public int responseTargetSeconds(int c) {
        return responseTargetSeconds[c];
    }

    /**
     * Time at the door per pickup of client {@code c}, seconds.
     *
     * @param c the client index
     * @return time at the door per pickup of client {@code c}, seconds
     */
    public int serviceSeconds(int c) {
        return serviceSeconds[c];
    }

    /**
     * Id of site {@code s}.
     *
     * @param s the site index
     * @return id of site {@code s}
     */
    public String siteId(int s) {
        return siteIds[s];
    }

    /**
     * Status of site {@code s}.
     *
     * @param s the site index
     * @return status of site {@code s}
     */
    public SiteStatus siteStatus(int s) {
        return siteStatus[s];
    }

    /**
     * Opening cost of site {@code s}, at least 0.
     *
     * @param s the site index
     * @return opening cost of site {@code s}, at least 0
     */
    public long openingCost(int s) {
        return openingCost[s];
    }

    /**
     * Most couriers site {@code s} can host (0 for a closed site).
     *
     * @param s the site index
     * @return most couriers site {@code s} can host (0 for a closed site)
     */
    public int siteMaxCouriers(int s) {
        return siteStatus[s] == SiteStatus.CLOSED ? 0 : siteMaxCouriers[s];
    }

    /**
     * Travel seconds from site {@code s} to client {@code c}, or {@link TravelTimes#UNREACHABLE}.
     *
     * @param s the site index
     * @param c the client index
     * @return travel seconds from site {@code s} to client {@code c}, or {@link TravelTimes#UNREACHABLE}
     */
    public int travelSeconds(int s, int c) {
        return travelSeconds[s * clientIds.length + c];
    }

    /**
     * A copy of the site-major travel table (for solvers that keep their own flat copy).
     *
     * @return a copy of the site-major travel table (for solvers that keep their own flat copy)
     */
    public int[] travelTable() {
        return travelSeconds.clone();
    }

    /**
     * Most open outposts, or {@link #NO_LIMIT}.
     *
     * @return most open outposts, or {@link #NO_LIMIT}
     */
    public int maxOutposts() {
        return maxOutposts;
    }

    /**
     * Most couriers in all, or {@link #NO_LIMIT}.
     *
     * @return most couriers in all, or {@link #NO_LIMIT}
     */
    public int maxCouriers() {
        return maxCouriers;
    }

    /**
     * Most total opening cost, or {@link Long#MAX_VALUE} for no limit.
     *
     * @return most total opening cost, or {@link Long#MAX_VALUE} for no limit
     */
    public long maxOpeningCost() {
        return maxOpeningCost;
    }

    /**
     * The most an outpost's wait term {@code round(rate * Wq)} counts in the expected-response
     * objective: {@code MAX_TOTAL / max(1, siteCount)}, so that the sum over outposts stays below
     * {@link #MAX_TOTAL} even for an outpost whose queue is on the edge of instability.
     *
     * @return the cap on one outpost's wait term, {@code MAX_TOTAL / max(1, siteCount)}
     */
    public long maxWaitTerm() {
        return MAX_TOTAL / Math.max(1, siteIds.length);
    }

    /**
     * The unit of {@link StationingPlan#objectiveValue()} for this problem, e.g. {@code "outposts"}.
     *
     * @return the unit of {@link StationingPlan#objectiveValue()} for this problem
     */
    public String objectiveUnit() {
        return ObjectiveRule.of(objective).unit(this);
    }

    /**
     * An objective value with its unit and, where it helps, a reading in minutes, e.g.
     * {@code "5819 weight x s (demand-weighted mean travel 18.4 min)"} or {@code "3 outposts"}.
     *
     * @param value an objective value, in the objective's unit
     * @return an objective value with its unit and, where it helps, a reading in minutes
     */
    public String formatObjective(long value) {
        return ObjectiveRule.of(objective).format(this, value);
    }

    /**
     * Whether couriers beyond the first at an outpost change the objective (expected response only).
     *
     * @return whether couriers beyond the first at an outpost change the objective (expected response only)
     */
    public boolean couriersMatter() {
        return ObjectiveRule.of(objective).couriersMatter();
    }

    /**
     * Whether some site that is not closed reaches client {@code c}; a client no such site reaches
     * cannot be served by any plan and is reported, not penalised.
     *
     * @param c the client index
     * @return whether some site that is not closed reaches client {@code c}; a client no such site reaches cannot be served by any plan and is reported, not penalised
     */
    public boolean servable(int c) {
        for (int s = 0; s < siteIds.length; s++) {
            if (siteStatus[s] != SiteStatus.CLOSED && travelSeconds(s, c) != TravelTimes.UNREACHABLE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some site that is not closed reaches client {@code c} within its response target.
     *
     * @param c the client index
     * @return whether some site that is not closed reaches client {@code c} within its response target
     */
    public boolean coverable(int c) {
        for (int s = 0; s < siteIds.length; s++) {
            int t = travelSeconds(s, c);
            if (siteStatus[s] != SiteStatus.CLOSED && t != TravelTimes.UNREACHABLE && t <= responseTargetSeconds[c]) {
                return true;
            }
        }
        return false;
    }

    /** Collects clients, sites, travel and budget; {@link #build()} validates everything once. */
    public static final class Builder {
        private final StationingObjective objective;
        private SetCoveringCost setCoveringCost = SetCoveringCost.OUTPOST_COUNT;
        private final List<String> clientIds = new ArrayList<>();
        private final List<Integer> demandWeight = new ArrayList<>();
        private final List<Integer> milliRequestsPerHour = new ArrayList<>();
        private final List<Integer> responseTargetSeconds = new ArrayList<>();
        private final List<Integer> serviceSeconds = new ArrayList<>();
        private final List<String> siteIds = new ArrayList<>();
        private final List<SiteStatus> siteStatus = new ArrayList<>();
        private final List<Long> openingCost = new ArrayList<>();
        private final List<Integer> siteMaxCouriers = new ArrayList<>();
        private int[] travel;
        private int maxOutposts = NO_LIMIT;
        private int maxCouriers = NO_LIMIT;
        private long maxOpeningCost = Long.MAX_VALUE;

        private Builder(StationingObjective objective) {
            this.objective = Objects.requireNonNull(objective, "objective");
        }

        /**
         * What set covering minimises (default {@link SetCoveringCost#OUTPOST_COUNT}).
         *
         * @param cost the set-covering cost
         * @return what set covering minimises (default {@link SetCoveringCost#OUTPOST_COUNT})
         */
        public Builder setCoveringCost(SetCoveringCost cost) {
            this.setCoveringCost = Objects.requireNonNull(cost, "setCoveringCost");
            return this;
        }

        /**
         * Adds the next client (its index is the number of clients added before).
         *
         * @param id                    unique id (messages, plans)
         * @param demandWeight          weight, at least 0
         * @param milliRequestsPerHour  request rate, milli-requests per hour, at least 0
         * @param responseTargetSeconds response target, seconds, at least 0
         * @param serviceSeconds        time at the door, seconds, at least 0
         * @return this builder
         */
        public Builder addClient(String id, int demandWeight, int milliRequestsPerHour, int responseTargetSeconds,
                int serviceSeconds) {
            clientIds.add(Objects.requireNonNull(id, "client id"));
            this.demandWeight.add(demandWeight);
            this.milliRequestsPerHour.add(milliRequestsPerHour);
            this.responseTargetSeconds.add(responseTargetSeconds);
            this.serviceSeconds.add(serviceSeconds);
            return this;
        }

        /**
         * Adds the next site.
         *
         * @param id          unique id
         * @param status      candidate, fixed open or closed
         * @param openingCost at least 0
         * @param maxCouriers at least 1 unless closed
         * @return this builder
         */
        public Builder addSite(String id, SiteStatus status, long openingCost, int maxCouriers) {
            siteIds.add(Objects.requireNonNull(id, "site id"));
            siteStatus.add(Objects.requireNonNull(status, "site status"));
            this.openingCost.add(openingCost);
            siteMaxCouriers.add(maxCouriers);
            return this;
        }

        /**
         * The site-major travel table ({@code siteCount * clientCount} seconds, copied), UNREACHABLE where no path.
         *
         * @param siteToClientSeconds site-major travel seconds, {@code sites x clients}
         * @return the site-major travel table ({@code siteCount * clientCount} seconds, copied), UNREACHABLE where no path
         */
        public Builder travelSeconds(int[] siteToClientSeconds) {
            this.travel = siteToClientSeconds.clone();
            return this;
        }

        /**
         * Reads the travel table from {@code times}: site {@code s} is point {@code sitePoints[s]},
         * client {@code c} is point {@code clientPoints[c]}. Call after adding sites and clients.
         *
         * @param times the travel table between the scenario's points
         * @param sitePoints the point of each site
         * @param clientPoints the point of each client
         * @return this builder
         */
        public Builder travelSeconds(TravelTimes times, int[] sitePoints, int[] clientPoints) {
            if (sitePoints.length != siteIds.size() || clientPoints.length != clientIds.size()) {
                throw new IllegalArgumentException("The point maps (" + sitePoints.length + " sites, "
                        + clientPoints.length + " clients) do not match the " + siteIds.size() + " sites and "
                        + clientIds.size() + " clients added; add them first.");
            }
            int[] t = new int[sitePoints.length * clientPoints.length];
            for (int s = 0; s < sitePoints.length; s++) {
                for (int c = 0; c < clientPoints.length; c++) {
                    t[s * clientPoints.length + c] = times.seconds(sitePoints[s], clientPoints[c]);
                }
            }
            this.travel = t;
            return this;
        }

        /**
         * The budget; {@code null} components mean no limit.
         *
         * @param maxOutposts most open outposts, or null for no limit
         * @param maxCouriers most couriers in all, or null for no limit
         * @param maxOpeningCost most total opening cost, or null for no limit
         * @return the budget; {@code null} components mean no limit
         */
        public Builder budget(Integer maxOutposts, Integer maxCouriers, Long maxOpeningCost) {
            this.maxOutposts = maxOutposts == null ? NO_LIMIT : maxOutposts;
            this.maxCouriers = maxCouriers == null ? NO_LIMIT : maxCouriers;
            this.maxOpeningCost = maxOpeningCost == null ? Long.MAX_VALUE : maxOpeningCost;
            return this;
        }

        /**
         * Validates and builds; every error names the offending client, site or field with its
         * value. Rejects negative values, duplicate client or site ids, and problems whose worst-case
         * sums exceed {@link StationingProblem#MAX_TOTAL} (so no score or checker sum can overflow).
         *
         * @throws IllegalArgumentException naming the id, the field and the value
         * @return the validated problem
         */
        public StationingProblem build() {
            int nc = clientIds.size();
            int ns = siteIds.size();
            if (travel == null) {
                throw new IllegalArgumentException("The travel table is missing; call travelSeconds(...).");
            }
            if (travel.length != ns * nc) {
                throw new IllegalArgumentException("The travel table (" + travel.length + " entries) does not match "
                        + ns + " sites x " + nc + " clients; pass a site-major table of " + (ns * nc) + ".");
            }
            for (int c = 0; c < nc; c++) {
                if (demandWeight.get(c) < 0 || milliRequestsPerHour.get(c) < 0 || responseTargetSeconds.get(c) < 0
                        || serviceSeconds.get(c) < 0) {
                    throw new IllegalArgumentException("The client (" + clientIds.get(c) + ") has a negative weight ("
                            + demandWeight.get(c) + "), rate (" + milliRequestsPerHour.get(c) + "), target ("
                            + responseTargetSeconds.get(c) + ") or service time (" + serviceSeconds.get(c)
                            + "); use values of at least 0.");
                }
            }
            for (int s = 0; s < ns; s++) {
                if (openingCost.get(s) < 0) {
                    throw new IllegalArgumentException("The site (" + siteIds.get(s) + ") has a negative opening cost ("
                            + openingCost.get(s) + "); use at least 0.");
                }
                if (siteStatus.get(s) != SiteStatus.CLOSED && siteMaxCouriers.get(s) < 1) {
                    throw new IllegalArgumentException("The site (" + siteIds.get(s) + ") hosts at most "
                            + siteMaxCouriers.get(s) + " couriers; a usable site needs at least 1, or mark it CLOSED.");
                }
                for (int c = 0; c < nc; c++) {
                    int t = travel[s * nc + c];
                    if (t < 0 && t != TravelTimes.UNREACHABLE) {
                        throw new IllegalArgumentException("The travel time from site " + siteIds.get(s) + " to client "
                                + clientIds.get(c) + " (" + t + ") is negative; use seconds or UNREACHABLE.");
                    }
                }
            }
            duplicates(clientIds, "client");
            duplicates(siteIds, "site");
            checkTotals(nc, ns);
            if (maxOutposts < 0 || maxCouriers < 0 || maxOpeningCost < 0) {
                throw new IllegalArgumentException("The budget (maxOutposts " + maxOutposts + ", maxCouriers "
                        + maxCouriers + ", maxOpeningCost " + maxOpeningCost + ") has a negative limit; use null for none.");
            }
            return new StationingProblem(this, travel);
        }

        private static void duplicates(List<String> ids, String what) {
            Set<String> seen = new HashSet<>();
            for (String id : ids) {
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("The " + what + " id (" + id + ") is used twice; give every "
                            + what + " a unique id.");
                }
            }
        }

        /**
         * Rejects a problem whose worst-case sums exceed {@link #MAX_TOTAL}: demand weight and
         * request rate times the farthest reachable travel (rate also times the round trip plus
         * service), summed over clients, and the opening costs summed over sites.
         */
        private void checkTotals(int nc, int ns) {
            long weightTravel = 0;
            long rateBusy = 0;
            for (int c = 0; c < nc; c++) {
                long far = 0;
                for (int s = 0; s < ns; s++) {
                    int t = travel[s * nc + c];
                    if (t != TravelTimes.UNREACHABLE && siteStatus.get(s) != SiteStatus.CLOSED) {
                        far = Math.max(far, t);
                    }
                }
                // Checked in double first (a product of two ints and a small factor cannot overflow a
                // double), then summed in long only while below MAX_TOTAL.
                double w = (double) demandWeight.get(c) * Math.max(far, 1);
                double r = (double) milliRequestsPerHour.get(c) * (2.0 * far + serviceSeconds.get(c) + 1);
                boolean over = w + weightTravel > MAX_TOTAL || r + rateBusy > MAX_TOTAL;
                if (!over) {
                    weightTravel += (long) w;
                    rateBusy += (long) r;
                }
                if (over) {
                    throw new IllegalArgumentException("The demand weights or request rates times travel seconds can "
                            + "sum beyond " + MAX_TOTAL + " (reached at client " + clientIds.get(c) + ": weight "
                            + demandWeight.get(c) + ", rate " + milliRequestsPerHour.get(c) + ", farthest travel " + far
                            + " s); scale the weights, rates or travel times down.");
                }
            }
            long cost = 0;
            for (int s = 0; s < ns; s++) {
                if (openingCost.get(s) > MAX_TOTAL - cost) {
                    throw new IllegalArgumentException("The opening costs sum beyond " + MAX_TOTAL + " at site "
                            + siteIds.get(s) + " (" + openingCost.get(s) + "); scale the costs down.");
                }
                cost += openingCost.get(s);
            }
        }
    }
}
