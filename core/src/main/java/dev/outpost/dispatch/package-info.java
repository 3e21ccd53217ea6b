/**
 * The real-time dispatcher that dispatch systems embed: {@link dev.outpost.dispatch.Dispatcher}
 * takes {@link dev.outpost.dispatch.DispatchEvent}s, answers each request at once by the route
 * kernel's cheapest insertion ({@link dev.outpost.dispatch.Decision}) and publishes better,
 * checked plans ({@link dev.outpost.dispatch.DispatchPlan}) from background re-optimisation.
 * The top layer of {@code core}: it uses routing, check, travel and model, never routing's
 * internal packages.
 */
package dev.outpost.dispatch;
