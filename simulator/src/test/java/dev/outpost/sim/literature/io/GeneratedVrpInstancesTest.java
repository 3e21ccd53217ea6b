package dev.outpost.sim.literature.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.sim.literature.check.VrpCheck;
import dev.outpost.sim.literature.check.VrpSolutionChecker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedVrpInstancesTest {

    @Test
    void sameSeedSameInstanceOtherSeedOtherInstance() {
        VrpInstance a = GeneratedVrpInstances.randomSolomonLike(1000, 42);
        assertEquals(a, GeneratedVrpInstances.randomSolomonLike(1000, 42));
        assertNotEquals(a.nodes(), GeneratedVrpInstances.randomSolomonLike(1000, 43).nodes());
        assertEquals("gen-n1000-s42", a.name());
        assertEquals(1000, a.customerCount());
        assertEquals(250, a.vehicleLimit());
        assertEquals(200, a.capacity());
    }

    @Test
    void everyCustomerIsFeasibleOnItsOwnUnderEveryConvention() {
        VrpInstance a = GeneratedVrpInstances.randomSolomonLike(1000, 7);
        int side = 316;
        assertEquals(new VrpNode(0, 158, 158, 0, 0, 948, 0), a.depot());
        for (ArcConvention convention : ArcConvention.values()) {
            List<List<Integer>> singles = new ArrayList<>();
            for (int c = 1; c <= a.customerCount(); c++) {
                VrpNode node = a.nodes().get(c);
                assertTrue(node.x() >= 0 && node.x() <= side && node.y() >= 0 && node.y() <= side, node.toString());
                assertTrue(node.demand() >= 1 && node.demand() <= 30, node.toString());
                assertTrue(node.readyTime() <= node.dueTime(), node.toString());
                singles.add(List.of(c));
            }
            // One vehicle per customer breaks only the vehicle limit: windows and horizon all hold.
            VrpCheck check = VrpSolutionChecker.check(a, convention, new VrpSolution(singles, List.of()));
            assertEquals(List.of("The solution uses 1000 vehicles; the limit is 250."), check.violations(), convention.name());
        }
    }

    @Test
    void halfTheCustomersAreClustered() {
        VrpInstance a = GeneratedVrpInstances.randomSolomonLike(1000, 3);
        // Mean nearest-neighbour distance of the clustered half is far below the uniform half's.
        double clustered = meanNearest(a, 1, 500);
        double uniform = meanNearest(a, 501, 1000);
        assertTrue(clustered < 0.6 * uniform, clustered + " vs " + uniform);
    }

    @Test
    void rejectsEmptyInstances() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeneratedVrpInstances.randomSolomonLike(0, 1));
        assertTrue(e.getMessage().contains("(0)"));
    }

    private static double meanNearest(VrpInstance a, int from, int to) {
        double sum = 0;
        for (int i = from; i <= to; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = from; j <= to; j++) {
                if (i != j) {
                    VrpNode p = a.nodes().get(i);
                    VrpNode q = a.nodes().get(j);
                    best = Math.min(best, Math.hypot(p.x() - q.x(), p.y() - q.y()));
                }
            }
            sum += best;
        }
        return sum / (to - from + 1);
    }
}
