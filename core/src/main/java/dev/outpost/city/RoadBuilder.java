package dev.outpost.city;

import dev.outpost.city.RoadSketch.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the road network of the synthetic town, in this order:
 * <ol>
 *   <li>a street grid over the town disc, each junction jittered by up to a fifth of the spacing,
 *       none on the water, the suburbs thinned (up to a third of junctions and an eighth of
 *       streets missing towards the edge);</li>
 *   <li>every sixth or so grid line (about 1 km in the spacing before the squeeze) is an arterial (50 km/h, 60 in the suburbs), never thinned; other
 *       streets are local (30 km/h in the Old Town, 40 elsewhere; the Old Town's north-south
 *       streets in odd grid columns are pedestrian lanes, see {@link CityTraffic}); the Old Town's east-west local
 *       streets are one-way, alternating direction row by row;</li>
 *   <li>a ring road (70 km/h) at 0.75 radii, passing over the grid with an interchange to the
 *       nearest junction every fourth ring node; it crosses the river twice, on two bridges;</li>
 *   <li>the other bridges (50 km/h), spread over the town;</li>
 *   <li>the villages: a 5 x 5 grid of 30 km/h lanes, 120 m apart, and an 80 km/h country road to
 *       the nearest ring node.</li>
 * </ol>
 * Every edge except a bridge that would cross the river is left out, so the river can only be
 * crossed on a bridge.
 */
final class RoadBuilder {

    static final double RING = 0.75;
    /** Street spacing at the very centre, in spacings; it grows linearly to {@code 2 - CENTRE_SQUEEZE} at the edge. */
    static final double CENTRE_SQUEEZE = 0.6;
    static final double VILLAGE_SPACING_METRES = 120;
    static final double COUNTRY_ROAD_STEP_METRES = 400;
    static final double LOCAL_OLD_TOWN_KMH = 30;
    static final double LOCAL_KMH = 40;
    static final double ARTERIAL_KMH = 50;
    static final double ARTERIAL_SUBURB_KMH = 60;
    static final double RING_KMH = 70;
    static final double COUNTRY_ROAD_KMH = 80;
    static final double BRIDGE_KMH = 50;
    static final double VILLAGE_KMH = 30;

    /**
     * Directions of the villages, degrees counter-clockwise from east; all at least 30 degrees
     * away from east and west, so that no country road meets the river (see {@link River#meander}).
     */
    private static final double[] VILLAGE_ANGLES_DEGREES = {40, 140, 220, 320, 90, 270, 65, 115, 245, 295};

    private final River river;
    private final Districts districts;
    private final SplittableRandom random;
    private final double radius;
    private final double spacing;
    private final int half;
    private final int arterialEvery;
    private final int[] gridNodes;
    private final List<Integer> ringNodes = new ArrayList<>();
    private final RoadSketch sketch = new RoadSketch();
    private int ringBridges;

    RoadBuilder(CityParameters parameters, River river, Districts districts, SplittableRandom random) {
        this.river = river;
        this.districts = districts;
        this.random = random;
        this.radius = parameters.radiusMetres();
        this.spacing = parameters.streetSpacingMetres();
        this.half = (int) Math.floor(radius / spacing);
        this.arterialEvery = Math.max(2, (int) Math.round(1000 / spacing));
        this.gridNodes = new int[(2 * half + 1) * (2 * half + 1)];
    }

    /**
     * Village centres, metres east and north: 1.5 to 2.1 radii out, in the directions of
     * {@link #VILLAGE_ANGLES_DEGREES}, give or take 8 degrees.
     */
    static List<double[]> placeVillages(int count, double radius, SplittableRandom random) {
        List<double[]> centres = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            double angle = Math.toRadians(VILLAGE_ANGLES_DEGREES[v] + 8 * (2 * random.nextDouble() - 1));
            double distance = radius * (1.5 + 0.6 * random.nextDouble());
            centres.add(new double[] {distance * StrictMath.cos(angle), distance * StrictMath.sin(angle)});
        }
        return centres;
    }

    /**
     * Draws the whole network.
     *
     * @param townBridges    bridges besides the ring road's two
     * @param villageCentres from {@link #placeVillages}
     * @return the sketch, not yet checked for strong connectivity
     */
    RoadSketch build(int townBridges, List<double[]> villageCentres) {
        addGridJunctions();
        addGridStreets();
        addRing();
        addTownBridges(townBridges);
        for (int v = 0; v < villageCentres.size(); v++) {
            addVillage(v, villageCentres.get(v));
        }
        return sketch;
    }

    /** How many ring-road edges cross the river (2 by construction; checked by the generator). */
    int ringBridges() {
        return ringBridges;
    }

    private void addGridJunctions() {
        for (int j = -half; j <= half; j++) {
            for (int i = -half; i <= half; i++) {
                gridNodes[cell(i, j)] = -1;
                double rho = StrictMath.hypot(i * spacing, j * spacing);
                if (rho > radius) {
                    continue;
                }
                double scale = squeeze(rho);
                double wobble = 0.2 * spacing * localSpacing(rho);
                double x = i * spacing * scale + jitter(wobble);
                double y = j * spacing * scale + jitter(wobble);
                if (river.isWater(x, y) || !(isArterial(i) || isArterial(j) || survivesThinning(x, y))) {
                    continue;
                }
                gridNodes[cell(i, j)] = sketch.addNode(x, y, Role.STREET, districts.classifyTown(x, y));
            }
        }
    }

    /**
     * The grid point at distance {@code rho} from the centre is drawn at {@code rho * squeeze(rho)},
     * where {@code squeeze(rho) = s + (1 - s) rho / R} and {@code s} = {@link #CENTRE_SQUEEZE}: the
     * streets crowd together in the centre and spread out towards the edge, while the town's
     * radius stays {@code R}.
     */
    private double squeeze(double rho) {
        return CENTRE_SQUEEZE + (1 - CENTRE_SQUEEZE) * rho / radius;
    }

    /** Distance between neighbouring junctions at {@code rho}, in street spacings (derivative of the squeeze). */
    private double localSpacing(double rho) {
        return CENTRE_SQUEEZE + 2 * (1 - CENTRE_SQUEEZE) * rho / radius;
    }

    /** The inverse of the squeeze: the grid distance {@code rho} of a point {@code r} from the centre. */
    private double unsqueeze(double r) {
        double a = (1 - CENTRE_SQUEEZE) / radius;
        return (-CENTRE_SQUEEZE + StrictMath.sqrt(CENTRE_SQUEEZE * CENTRE_SQUEEZE + 4 * a * r)) / (2 * a);
    }

    /** Suburban junctions vanish with a chance rising from 0 at 0.55 radii to 35% at the edge. */
    private boolean survivesThinning(double x, double y) {
        double r = StrictMath.hypot(x, y) / radius;
        if (r <= Districts.INNER_EDGE) {
            return true;
        }
        double dropChance = 0.35 * Math.min(1, (r - Districts.INNER_EDGE) / (1 - Districts.INNER_EDGE));
        return random.nextDouble() >= dropChance;
    }

    private void addGridStreets() {
        for (int j = -half; j <= half; j++) {
            for (int i = -half; i <= half; i++) {
                int a = gridNode(i, j);
                if (a < 0) {
                    continue;
                }
                int east = gridNode(i + 1, j);
                if (east >= 0) {
                    addStreet(a, east, isArterial(j), Math.floorMod(j, 2) == 0 ? 1 : -1, false);
                }
                int north = gridNode(i, j + 1);
                if (north >= 0) {
                    addStreet(a, north, isArterial(i), 0, Math.floorMod(i, 2) == 1);
                }
            }
        }
    }

    /**
     * One grid street from {@code a} to its east or north neighbour {@code b}.
     *
     * @param oneWayDirection for an east-west street, +1 if it runs east when one-way, -1 if
     *                        west; 0 for a north-south street (never one-way)
     * @param laneColumn      whether a north-south Old Town street here is a pedestrian lane
     *                        (every other column): same speed, but vans may not use it
     */
    private void addStreet(int a, int b, boolean arterial, int oneWayDirection, boolean laneColumn) {
        DistrictKind kindA = districts.kind(sketch.node(a).district());
        DistrictKind kindB = districts.kind(sketch.node(b).district());
        boolean suburb = kindA == DistrictKind.SUBURB && kindB == DistrictKind.SUBURB;
        boolean oldTown = kindA == DistrictKind.OLD_TOWN && kindB == DistrictKind.OLD_TOWN;
        if (arterial) {
            connect(a, b, suburb ? ARTERIAL_SUBURB_KMH : ARTERIAL_KMH, false, CityTraffic.ARTERIAL);
        } else if (suburb && random.nextDouble() < 0.12) {
            // No street here: a field, a railway, a private estate.
        } else if (oldTown && oneWayDirection != 0) {
            connect(oneWayDirection > 0 ? a : b, oneWayDirection > 0 ? b : a, LOCAL_OLD_TOWN_KMH, true,
                    CityTraffic.OLD_TOWN);
        } else if (oldTown) {
            connect(a, b, LOCAL_OLD_TOWN_KMH, false, laneColumn ? CityTraffic.PEDESTRIAN : CityTraffic.OLD_TOWN);
        } else {
            connect(a, b, LOCAL_KMH, false, CityTraffic.LOCAL);
        }
    }

    private void addRing() {
        double ringRadius = RING * radius;
        int count = Math.max(24, (int) Math.round(2 * Math.PI * ringRadius / (1.25 * spacing)));
        for (int k = 0; k < count; k++) {
            double angle = 2 * Math.PI * k / count;
            double x = ringRadius * StrictMath.cos(angle);
            double y = ringRadius * StrictMath.sin(angle);
            if (river.isWater(x, y)) {
                continue;
            }
            int node = sketch.addNode(x, y, Role.RING, districts.classifyTown(x, y));
            ringNodes.add(node);
            if (k % 4 == 0) {
                int junction = nearestGridNode(x, y, 2, null);
                if (junction >= 0) {
                    connect(node, junction, ARTERIAL_KMH, false, CityTraffic.ARTERIAL);
                }
            }
        }
        for (int k = 0; k < ringNodes.size(); k++) {
            int a = ringNodes.get(k);
            int b = ringNodes.get((k + 1) % ringNodes.size());
            if (crossesRiver(a, b)) {
                sketch.addEdge(a, b, RING_KMH, false, true, CityTraffic.BRIDGE);
                ringBridges++;
            } else {
                sketch.addEdge(a, b, RING_KMH, false, false, CityTraffic.RING);
            }
        }
    }

    /** Bridges spread evenly over the middle 0.9 diameters of the town, give or take 0.03 radii. */
    private void addTownBridges(int count) {
        for (int k = 0; k < count; k++) {
            double x = radius * (-0.45 + 0.9 * (k + 1) / (count + 1) + 0.03 * (2 * random.nextDouble() - 1));
            double y = river.yAt(x);
            int north = nearestGridNode(x, y, 4, true);
            int south = nearestGridNode(x, y, 4, false);
            if (north < 0 || south < 0) {
                throw new IllegalStateException("The bridge at " + Math.round(x) + " m east of the centre has no"
                        + " street within 4 blocks on the " + (north < 0 ? "north" : "south")
                        + " bank; use a smaller street spacing.");
            }
            sketch.addEdge(north, south, BRIDGE_KMH, false, true, CityTraffic.BRIDGE);
        }
    }

    private void addVillage(int v, double[] centre) {
        int district = districts.village(v);
        int[][] lanes = new int[5][5];
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                double x = centre[0] + (i - 2) * VILLAGE_SPACING_METRES + jitter(20);
                double y = centre[1] + (j - 2) * VILLAGE_SPACING_METRES + jitter(20);
                lanes[j][i] = river.isWater(x, y) ? -1 : sketch.addNode(x, y, Role.STREET, district);
            }
        }
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                if (lanes[j][i] >= 0 && i + 1 < 5 && lanes[j][i + 1] >= 0) {
                    connect(lanes[j][i], lanes[j][i + 1], VILLAGE_KMH, false, CityTraffic.VILLAGE);
                }
                if (lanes[j][i] >= 0 && j + 1 < 5 && lanes[j + 1][i] >= 0) {
                    connect(lanes[j][i], lanes[j + 1][i], VILLAGE_KMH, false, CityTraffic.VILLAGE);
                }
            }
        }
        addCountryRoad(nearest(ringNodes, centre[0], centre[1]), lanes, district);
    }

    /** A country road from a ring node to the nearest village junction, a node every ~400 m. */
    private void addCountryRoad(int ringNode, int[][] lanes, int district) {
        RoadSketch.Node start = sketch.node(ringNode);
        List<Integer> villageNodes = new ArrayList<>();
        for (int[] row : lanes) {
            for (int node : row) {
                if (node >= 0) {
                    villageNodes.add(node);
                }
            }
        }
        int end = nearest(villageNodes, start.x(), start.y());
        RoadSketch.Node stop = sketch.node(end);
        double length = sketch.distance(ringNode, end);
        int segments = Math.max(1, (int) Math.round(length / COUNTRY_ROAD_STEP_METRES));
        double nx = -(stop.y() - start.y()) / length;
        double ny = (stop.x() - start.x()) / length;
        int previous = ringNode;
        for (int s = 1; s < segments; s++) {
            double t = s / (double) segments;
            double wiggle = jitter(25);
            double x = start.x() + t * (stop.x() - start.x()) + wiggle * nx;
            double y = start.y() + t * (stop.y() - start.y()) + wiggle * ny;
            int node = sketch.addNode(x, y, Role.COUNTRY_ROAD, district);
            connect(previous, node, COUNTRY_ROAD_KMH, false, CityTraffic.COUNTRY);
            previous = node;
        }
        connect(previous, end, COUNTRY_ROAD_KMH, false, CityTraffic.COUNTRY);
    }

    /** Adds the edge unless it would cross the river (only bridges may). */
    private void connect(int from, int to, double speedKmh, boolean oneway, String roadClass) {
        if (!crossesRiver(from, to)) {
            sketch.addEdge(from, to, speedKmh, oneway, false, roadClass);
        }
    }

    private boolean crossesRiver(int a, int b) {
        RoadSketch.Node p = sketch.node(a);
        RoadSketch.Node q = sketch.node(b);
        return river.crosses(p.x(), p.y(), q.x(), q.y());
    }

    /**
     * The grid junction nearest to the point within {@code cells} grid cells, or -1.
     *
     * @param north {@code true} for the north bank only, {@code false} for the south bank only,
     *              {@code null} for either; ties go to the lower node number
     */
    private int nearestGridNode(double x, double y, int cells, Boolean north) {
        double r = StrictMath.hypot(x, y);
        double toGrid = r == 0 ? 0 : unsqueeze(r) / r;
        int ci = (int) Math.round(x * toGrid / spacing);
        int cj = (int) Math.round(y * toGrid / spacing);
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int j = cj - cells; j <= cj + cells; j++) {
            for (int i = ci - cells; i <= ci + cells; i++) {
                int node = gridNode(i, j);
                if (node < 0) {
                    continue;
                }
                RoadSketch.Node n = sketch.node(node);
                if (north != null && river.isNorth(n.x(), n.y()) != north) {
                    continue;
                }
                double d = StrictMath.hypot(n.x() - x, n.y() - y);
                if (d < bestDistance || (d == bestDistance && node < best)) {
                    best = node;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** The node of {@code candidates} nearest to the point; ties go to the earlier candidate. */
    private int nearest(List<Integer> candidates, double x, double y) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int node : candidates) {
            double d = StrictMath.hypot(sketch.node(node).x() - x, sketch.node(node).y() - y);
            if (d < bestDistance) {
                best = node;
                bestDistance = d;
            }
        }
        return best;
    }

    private int gridNode(int i, int j) {
        if (i < -half || i > half || j < -half || j > half) {
            return -1;
        }
        return gridNodes[cell(i, j)];
    }

    private int cell(int i, int j) {
        return (j + half) * (2 * half + 1) + (i + half);
    }

    private boolean isArterial(int line) {
        return Math.floorMod(line, arterialEvery) == 0;
    }

    private double jitter(double amplitude) {
        return amplitude * (2 * random.nextDouble() - 1);
    }
}
