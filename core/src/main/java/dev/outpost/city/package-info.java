/**
 * The default city: a deterministic, seeded generator of a synthetic provincial town that every
 * {@code outpost} command runs on when no scenario is given.
 *
 * <p>Start with {@link dev.outpost.city.DefaultCity#scenario()} (the built-in town) or
 * {@link dev.outpost.city.CityGenerator#generate(dev.outpost.city.CityParameters)} (any size and
 * seed; see {@link dev.outpost.city.CityParameters#ofSize}). How the town is drawn, one class per
 * concern, in the order the generator calls them:
 * <ol>
 *   <li>{@code River}: a meandering centreline through the town; nothing is built on the water;</li>
 *   <li>{@code Districts}: the Old Town, four inner districts, four suburbs and the villages;</li>
 *   <li>{@code RoadBuilder}: street grid squeezed towards the centre, arterials, one-way Old Town
 *       lanes, the ring road, the bridges, the villages and their country roads;</li>
 *   <li>{@code StrongConnectivity}: keeps the largest strongly connected part (JGraphT's
 *       Kosaraju), failing loudly if that loses more than 5% of the junctions;</li>
 *   <li>{@code Demand}, {@code Sites} with {@code Placement}: service centres, offices and
 *       candidate sites on street junctions, by density and with minimum separations;</li>
 *   <li>{@code CityGenerator}: the hub, the fleet, the horizon and the budget, and the conversion
 *       from the working plane (metres east and north of the centre) to latitude and longitude
 *       ({@code LocalFrame}).</li>
 * </ol>
 * The river and bridges are not part of the {@link dev.outpost.model.Scenario}; they come with
 * {@link dev.outpost.city.GeneratedCity} for maps and tests.
 */
package dev.outpost.city;
