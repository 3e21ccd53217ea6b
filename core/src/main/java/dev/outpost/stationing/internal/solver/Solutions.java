package dev.outpost.stationing.internal.solver;

import dev.outpost.model.SiteStatus;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.internal.domain.SiteSlot;
import dev.outpost.stationing.internal.domain.StationingSolution;
import java.util.ArrayList;
import java.util.List;

/** Builds planning solutions (internal; benchmarks use it to run phases of their own). */
public final class Solutions {

    private Solutions() {
    }

    /**
     * The starting solution: fixed sites open with one courier, everything else closed; each
     * site's courier range is {@code min..max} with max its capacity when couriers matter, else 1.
     */
    public static StationingSolution initial(StationingProblem problem, SolveContext context) {
        List<SiteSlot> slots = new ArrayList<>(problem.siteCount());
        for (int s = 0; s < problem.siteCount(); s++) {
            SiteStatus status = problem.siteStatus(s);
            int min = status == SiteStatus.FIXED_OPEN ? 1 : 0;
            int max = status == SiteStatus.CLOSED ? 0
                    : problem.couriersMatter() ? problem.siteMaxCouriers(s) : 1;
            slots.add(new SiteSlot(s, min, max, min));
        }
        return new StationingSolution(problem, slots, context);
    }
}
