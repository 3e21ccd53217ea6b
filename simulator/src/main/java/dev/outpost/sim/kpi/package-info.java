/**
 * Key performance indicators of a simulated day, computed from its events alone (live or replayed
 * from an event log) by {@link dev.outpost.sim.kpi.KpiCollector}: response times and on-target
 * share per run, client class and outpost, served and unserved counts, and fleet utilisation, idle
 * time and distance. Each figure is a named {@link dev.outpost.sim.kpi.Metric} with its
 * {@link dev.outpost.sim.kpi.Unit}.
 */
package dev.outpost.sim.kpi;
