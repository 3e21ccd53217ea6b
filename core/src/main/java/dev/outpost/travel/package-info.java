/**
 * Travel times and distances between the points of a scenario.
 *
 * <p>A {@link dev.outpost.travel.TravelModel} (straight line, explicit matrix, or the road
 * network of {@link dev.outpost.travel.road}) is built once per scenario by
 * {@link dev.outpost.travel.TravelModels} and produces {@link dev.outpost.travel.TravelTimes}:
 * flat {@code int} tables of whole seconds and metres, with unreachable pairs marked explicitly
 * (never as a large number). {@link dev.outpost.travel.ScenarioPoints} fixes the dense point
 * index every table and solver uses: the hub, then the sites, then the clients.
 */
package dev.outpost.travel;
