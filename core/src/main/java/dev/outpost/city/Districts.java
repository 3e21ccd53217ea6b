package dev.outpost.city;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the town's plane into districts: the Old Town (within 0.25 radii of the centre), four
 * inner districts (0.25 to 0.55 radii), four suburbs (0.55 radii and beyond) by compass quarter,
 * then one district per village. Districts are numbered in that order, densely from 0.
 */
final class Districts {

    static final double OLD_TOWN_EDGE = 0.25;
    static final double INNER_EDGE = 0.55;

    private static final String[] QUARTERS = {"East", "North", "West", "South"};
    private static final String[] VILLAGE_NAMES = {
        "Ashford", "Millbrook", "Thornwick", "Elmstead", "Redmarsh", "Kettleby", "Westcombe", "Hollin",
        "Brackenby", "Stillwater"};

    private final double radius;
    private final List<String> names = new ArrayList<>();
    private final List<DistrictKind> kinds = new ArrayList<>();
    private final List<double[]> anchors = new ArrayList<>();

    /**
     * @param radius         town radius, metres
     * @param villageCentres village centres, metres east and north
     */
    Districts(double radius, List<double[]> villageCentres) {
        this.radius = radius;
        add("Old Town", DistrictKind.OLD_TOWN, 0, 0);
        for (int q = 0; q < 4; q++) {
            double angle = q * Math.PI / 2;
            add("Inner " + QUARTERS[q], DistrictKind.INNER, 0.4 * radius * StrictMath.cos(angle), 0.4 * radius * StrictMath.sin(angle));
        }
        for (int q = 0; q < 4; q++) {
            double angle = q * Math.PI / 2;
            add("Outer " + QUARTERS[q], DistrictKind.SUBURB, 0.8 * radius * StrictMath.cos(angle), 0.8 * radius * StrictMath.sin(angle));
        }
        for (int v = 0; v < villageCentres.size(); v++) {
            add(VILLAGE_NAMES[v], DistrictKind.VILLAGE, villageCentres.get(v)[0], villageCentres.get(v)[1]);
        }
    }

    private void add(String name, DistrictKind kind, double x, double y) {
        names.add(name);
        kinds.add(kind);
        anchors.add(new double[] {x, y});
    }

    /** The town district (not a village) of the point. */
    int classifyTown(double x, double y) {
        double r = StrictMath.hypot(x, y) / radius;
        if (r < OLD_TOWN_EDGE) {
            return 0;
        }
        // Quarters centred on the compass directions: east is -45..45 degrees.
        int quarter = Math.floorMod((int) Math.floor((StrictMath.atan2(y, x) + Math.PI / 4) / (Math.PI / 2)), 4);
        return (r < INNER_EDGE ? 1 : 5) + quarter;
    }

    /** The district of village {@code v}. */
    int village(int v) {
        return 9 + v;
    }

    /** A representative point of the district, metres east and north. */
    double[] anchor(int district) {
        return anchors.get(district).clone();
    }

    DistrictKind kind(int district) {
        return kinds.get(district);
    }

    String name(int district) {
        return names.get(district);
    }

    /** {@link DistrictKind#officeWeight()} of each node's district, in the order of {@code nodes}. */
    double[] officeWeights(RoadSketch roads, int[] nodes) {
        double[] weights = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            weights[i] = kind(roads.node(nodes[i]).district()).officeWeight();
        }
        return weights;
    }

    /** The public records, in district-number order. */
    List<District> toRecords(LocalFrame frame) {
        List<District> out = new ArrayList<>();
        for (int d = 0; d < names.size(); d++) {
            out.add(new District(names.get(d), kinds.get(d), frame.toLocation(anchors.get(d)[0], anchors.get(d)[1])));
        }
        return out;
    }
}
