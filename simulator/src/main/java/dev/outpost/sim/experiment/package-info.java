/**
 * Experiments on top of the simulator: a {@link dev.outpost.sim.experiment.SimSetup} (scenario,
 * outpost {@link dev.outpost.sim.experiment.Layout}, dispatch and relocation policies, fleet
 * options, demand) is prepared once as a thread-safe {@link dev.outpost.sim.experiment.Simulator},
 * run for many seeded replications ({@link dev.outpost.sim.experiment.Replications}) and summarised
 * as means with 95% confidence intervals, alone or as a paired comparison
 * ({@link dev.outpost.sim.experiment.KpiTable}).
 */
package dev.outpost.sim.experiment;
