package dev.outpost.routing.route;

/**
 * The result of a cheapest-insertion scan: where a pickup goes and what it costs.
 *
 * @param courier  courier index
 * @param position insertion position in that courier's sequence (0 = first, length = last)
 * @param cost     the insertion cost in soft units (see {@link RouteKernel#insertionCost})
 */
public record Insertion(int courier, int position, long cost) {
}
