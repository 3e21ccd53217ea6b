package dev.outpost.sim.province;

import dev.outpost.sim.experiment.Layout;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1's result for one unit: today's layout and the optimised set-up (the stationing plan, the
 * relocation chosen on the pilot days), or why the unit failed (its file unreadable or invalid, no
 * couriers, nothing to station); a failed unit has no days and is reported by name and path.
 *
 * @param unitIndex        the unit's index in the province file
 * @param unitName         the unit's name
 * @param failure          why the unit failed (naming the unit and its file), or null
 * @param today            today's layout (the scenario's current sites, else the hub); null when failed
 * @param todayDescription what "today" is, as {@code demo} prints it; null when failed
 * @param todayNotes       notes on today's layout
 * @param optimised        the optimised layout (the stationing plan, refined); null when failed
 * @param relocation       the optimised set-up's relocation policy; null when failed
 * @param couriers         the unit's couriers
 * @param feasible         whether the checker found the plan within every limit
 * @param objective        the plan's objective value as the stationing problem formats it; null when failed
 * @param violations       the limits the plan breaks
 * @param pilot            the pilot figures per relocation policy, policy order
 * @param refineKept       the refine candidate kept, or null when the plan was not refined
 * @param refineCandidates the refine candidates simulated, 0 when not refined
 */
public record UnitSetup(int unitIndex, String unitName, String failure, LayoutValue today, String todayDescription,
        List<String> todayNotes, LayoutValue optimised, String relocation, int couriers, boolean feasible, String objective,
        List<String> violations, List<PilotRow> pilot, String refineKept, int refineCandidates) implements TaskResult {

    private static final long serialVersionUID = 1L;

    /**
     * Copies the lists.
     *
     * @param unitIndex        the unit's index in the province file
     * @param unitName         the unit's name
     * @param failure          why the unit failed, or null
     * @param today            today's layout; null when failed
     * @param todayDescription what "today" is; null when failed
     * @param todayNotes       notes on today's layout
     * @param optimised        the optimised layout; null when failed
     * @param relocation       the optimised set-up's relocation policy; null when failed
     * @param couriers         the unit's couriers
     * @param feasible         whether the plan is within every limit
     * @param objective        the plan's objective value, formatted; null when failed
     * @param violations       the limits the plan breaks
     * @param pilot            the pilot figures per relocation policy
     * @param refineKept       the refine candidate kept, or null
     * @param refineCandidates the refine candidates simulated
     */
    public UnitSetup {
        todayNotes = List.copyOf(todayNotes);
        violations = List.copyOf(violations);
        pilot = List.copyOf(pilot);
    }

    /**
     * A unit that failed.
     *
     * @param unit   the unit
     * @param reason why (the message names the unit and its file)
     * @return the failed unit's result
     */
    public static UnitSetup failed(ProvinceUnit unit, String reason) {
        return new UnitSetup(unit.index(), unit.name(), reason, null, null, List.of(), null, null, 0, false, null,
                List.of(), List.of(), null, 0);
    }

    /** {@return whether the unit failed at stage 1} */
    public boolean failed() {
        return failure != null;
    }

    /**
     * A {@link Layout} as a serialisable value.
     *
     * @param name     the layout's label
     * @param outposts its outposts, in order
     * @param assigned whether the outposts' clients are the assignment
     */
    public record LayoutValue(String name, List<PostValue> outposts, boolean assigned) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Copies the list.
         *
         * @param name     the layout's label
         * @param outposts its outposts
         * @param assigned whether the outposts' clients are the assignment
         */
        public LayoutValue {
            outposts = List.copyOf(outposts);
        }

        /**
         * The value of {@code layout}.
         *
         * @param layout a layout
         * @return its value
         */
        public static LayoutValue of(Layout layout) {
            List<PostValue> posts = new ArrayList<>();
            for (Layout.Post p : layout.outposts()) {
                posts.add(new PostValue(p.siteId(), p.couriers(), p.clients()));
            }
            return new LayoutValue(layout.name(), posts, layout.assigned());
        }

        /** {@return the layout again} */
        public Layout toLayout() {
            List<Layout.Post> posts = new ArrayList<>();
            for (PostValue p : outposts) {
                posts.add(new Layout.Post(p.siteId(), p.couriers(), p.clients()));
            }
            return new Layout(name, posts, assigned);
        }
    }

    /**
     * One outpost of a {@link LayoutValue}.
     *
     * @param siteId   a site id of the scenario
     * @param couriers couriers stationed there
     * @param clients  the clients it serves
     */
    public record PostValue(String siteId, int couriers, List<String> clients) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Copies the list.
         *
         * @param siteId   a site id of the scenario
         * @param couriers couriers stationed there
         * @param clients  the clients it serves
         */
        public PostValue {
            clients = List.copyOf(clients);
        }
    }

    /**
     * One relocation policy's figures on the pilot days.
     *
     * @param relocation        the policy
     * @param responseMean      mean response, seconds
     * @param responseHalfWidth its 95% half-width, seconds
     * @param withinMean        share within target, percent
     * @param withinHalfWidth   its 95% half-width
     */
    public record PilotRow(String relocation, double responseMean, double responseHalfWidth, double withinMean,
            double withinHalfWidth) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
