package dev.outpost.sim.experiment;

import dev.outpost.model.Scenario;
import dev.outpost.sim.demand.DemandSource;
import dev.outpost.sim.demand.PoissonDemand;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.policy.DispatchPolicies;

/**
 * One simulated set-up: the scenario, a layout, the policies by name, the fleet's behaviour and
 * where requests come from.
 *
 * @param scenario   the scenario
 * @param layout     where couriers are stationed
 * @param dispatch   dispatch policy name ({@link DispatchPolicies#DISPATCH})
 * @param relocation relocation policy name ({@link DispatchPolicies#RELOCATION})
 * @param fleet      courier behaviour and demand growth
 * @param demand     the requests' source; null = Poisson from the clients' profiles at the growth of {@code fleet}
 */
public record SimSetup(Scenario scenario, Layout layout, String dispatch, String relocation, FleetOptions fleet,
        DemandSource demand) {

    /**
     * @throws IllegalArgumentException naming the choices when a policy name is unknown
     *
     * @param scenario   the scenario
     * @param layout     where couriers are stationed
     * @param dispatch   dispatch policy name ({@link DispatchPolicies#DISPATCH})
     * @param relocation relocation policy name ({@link DispatchPolicies#RELOCATION})
     * @param fleet      courier behaviour and demand growth
     * @param demand     the requests' source; null = Poisson from the clients' profiles at the growth of {@code fleet}
     */
    public SimSetup {
        DispatchPolicies.dispatch(dispatch);
        DispatchPolicies.relocation(relocation, scenario, fleet.growth());
    }

    /** {@return the demand source in use} */
    public DemandSource demandSource() {
        return demand != null ? demand : new PoissonDemand(fleet.growth(), fleet.serviceTimes());
    }

    /** {@return a short label: layout, dispatch, relocation} */
    public String label() {
        return layout.name() + " / " + dispatch + " / " + relocation;
    }

    /**
     * This set-up with another layout.
     *
     * @param newLayout the other layout
     * @return this set-up with another layout
     */
    public SimSetup withLayout(Layout newLayout) {
        return new SimSetup(scenario, newLayout, dispatch, relocation, fleet, demand);
    }

    /**
     * This set-up with other policies.
     *
     * @param newDispatch the dispatch policy name
     * @param newRelocation the relocation policy name
     * @return this set-up with other policies
     */
    public SimSetup withPolicies(String newDispatch, String newRelocation) {
        return new SimSetup(scenario, layout, newDispatch, newRelocation, fleet, demand);
    }

    /**
     * This set-up with other fleet options.
     *
     * @param newFleet the other fleet options
     * @return this set-up with other fleet options
     */
    public SimSetup withFleet(FleetOptions newFleet) {
        return new SimSetup(scenario, layout, dispatch, relocation, newFleet, demand);
    }
}
