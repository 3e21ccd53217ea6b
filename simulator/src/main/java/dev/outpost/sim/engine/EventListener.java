package dev.outpost.sim.engine;

/** Receives the facts of a run as they happen (KPI collectors, the event log, policies). */
@FunctionalInterface
public interface EventListener {
    /**
     * Called once per fact, in simulated-time order.
     *
     * @param event the fact
     */
    void onEvent(SimEvent event);
}
