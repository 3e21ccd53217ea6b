package dev.outpost.city;

import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Candidate sites for outposts: spread over the streets (weighted like offices, so more where
 * demand is, at least about {@code 1.2 * radius / sqrt(count)} apart). The site nearest the
 * centre is the main post office and already open; about one in thirteen (at least one) is
 * {@link SiteStatus#FIXED_OPEN} in all, about one in twenty {@link SiteStatus#CLOSED}.
 *
 * <p>Opening cost, in whole currency units, rounded to 500: Old Town 30,000 to 45,000; inner
 * districts 20,000 to 30,000; suburbs 12,000 to 20,000; villages 6,000 to 10,000; 0 for a site
 * that is already open. Maximum couriers: 3 to 6 in the Old Town and inner districts, 2 to 4
 * elsewhere. Today every post office is a branch filled to its maximum (the rest of the fleet at the
 * hub), see {@link #withCurrentBranches}.
 */
final class Sites {

    private final RoadSketch roads;
    private final Districts districts;
    private final LocalFrame frame;
    private final Placement placement;
    private final SplittableRandom random;
    private final double radius;

    Sites(RoadSketch roads, Districts districts, LocalFrame frame, SplittableRandom random, double radius) {
        this.roads = roads;
        this.districts = districts;
        this.frame = frame;
        this.random = random;
        this.placement = new Placement(roads, random);
        this.radius = radius;
    }

    /** {@code count} sites, ids {@code site-01...}. */
    List<Site> sites(int count) {
        int[] streets = CityGenerator.streetNodes(roads);
        double[] weights = districts.officeWeights(roads, streets);
        int[] nodes = placement.pick(count, streets, weights, 1.2 * radius / StrictMath.sqrt(count),
                new boolean[roads.nodeCount()], "candidate sites");
        SiteStatus[] statuses = statuses(nodes);
        List<Site> sites = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            sites.add(site(CityGenerator.id("site", s, count), nodes[s], statuses[s]));
        }
        return sites;
    }

    /**
     * The operator's current layout: every post office (a {@link SiteStatus#FIXED_OPEN} site) is a
     * branch holding as many couriers as it hosts, in site order, until the fleet is used up; the
     * other couriers wait at the hub. Draws nothing, so the rest of the town does not change.
     *
     * @param sites the sites
     * @param fleet couriers in the fleet
     * @return the sites with their {@code current} counts
     */
    static List<Site> withCurrentBranches(List<Site> sites, int fleet) {
        List<Site> marked = new ArrayList<>(sites.size());
        int left = fleet;
        for (Site site : sites) {
            int here = site.status() == SiteStatus.FIXED_OPEN ? Math.min(left, site.maxCouriers()) : 0;
            left -= here;
            marked.add(here == 0 ? site : site.withCurrent(here));
        }
        return marked;
    }

    private SiteStatus[] statuses(int[] nodes) {
        int count = nodes.length;
        int fixed = Math.max(1, (int) Math.round(count / 13.0));
        int closed = Math.min(count - fixed, (int) Math.round(count / 20.0));
        SiteStatus[] statuses = new SiteStatus[count];
        Arrays.fill(statuses, SiteStatus.CANDIDATE);
        statuses[nearestToCentre(nodes)] = SiteStatus.FIXED_OPEN;
        assignRandomly(statuses, SiteStatus.FIXED_OPEN, fixed - 1);
        assignRandomly(statuses, SiteStatus.CLOSED, closed);
        return statuses;
    }

    private void assignRandomly(SiteStatus[] statuses, SiteStatus status, int howMany) {
        for (int done = 0; done < howMany; ) {
            int s = random.nextInt(statuses.length);
            if (statuses[s] == SiteStatus.CANDIDATE) {
                statuses[s] = status;
                done++;
            }
        }
    }

    private int nearestToCentre(int[] nodes) {
        int best = 0;
        for (int s = 1; s < nodes.length; s++) {
            if (StrictMath.hypot(roads.node(nodes[s]).x(), roads.node(nodes[s]).y())
                    < StrictMath.hypot(roads.node(nodes[best]).x(), roads.node(nodes[best]).y())) {
                best = s;
            }
        }
        return best;
    }

    private Site site(String id, int node, SiteStatus status) {
        int district = roads.node(node).district();
        DistrictKind kind = districts.kind(district);
        long cost = switch (kind) {
            case OLD_TOWN -> costBetween(30_000, 45_000);
            case INNER -> costBetween(20_000, 30_000);
            case SUBURB -> costBetween(12_000, 20_000);
            case VILLAGE -> costBetween(6_000, 10_000);
        };
        boolean central = kind == DistrictKind.OLD_TOWN || kind == DistrictKind.INNER;
        int maxCouriers = central ? 3 + random.nextInt(4) : 2 + random.nextInt(3);
        String label = switch (status) {
            case FIXED_OPEN -> "Post office";
            case CLOSED -> "Former depot";
            case CANDIDATE -> "Rentable premises";
        };
        double[] p = placement.setBack(node);
        return new Site(id, label + ", " + districts.name(district), frame.toLocation(p[0], p[1]), status,
                status == SiteStatus.FIXED_OPEN ? 0 : cost, maxCouriers);
    }

    private long costBetween(int low, int high) {
        return 500L * ((low + random.nextInt(high - low + 1)) / 500);
    }
}
