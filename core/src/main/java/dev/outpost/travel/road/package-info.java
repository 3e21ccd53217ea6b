/**
 * Travel times on real road networks.
 *
 * <p>Pipeline: a {@link dev.outpost.travel.road.RoadNetwork} is read from OpenStreetMap XML
 * ({@link dev.outpost.travel.road.OsmReader}), from an edge-list CSV
 * ({@link dev.outpost.travel.road.EdgeListCsvReader}) or from a scenario's inline nodes and edges
 * ({@link dev.outpost.travel.road.RoadNetworks}); it is contracted once into a
 * {@link dev.outpost.travel.road.ContractionHierarchy}; points are snapped to their nearest road
 * node by a {@link dev.outpost.travel.road.NodeSnapper}; and
 * {@link dev.outpost.travel.road.RoadTravelModel} fills dense seconds and metres tables with
 * bucket-based many-to-many searches ({@link dev.outpost.travel.road.ManyToManyRouter}).
 *
 * <p>Choices, in one place:
 * <ul>
 *   <li>Units inside: milliseconds and decimetres per edge, summed exactly as a packed
 *       {@code long} ({@code ms << 32 | dm}), so "fastest, then shortest" is one comparison and
 *       every implementation finds the same value. Tables round up once, to whole seconds and
 *       metres, which keeps the seconds table obeying the triangle inequality.</li>
 *   <li>Components: OpenStreetMap extracts keep only the largest strongly connected component
 *       (points then never snap onto a cut-off parking loop); CSV and inline networks keep
 *       everything, and pairs across pieces are reported as unreachable by point id.</li>
 *   <li>Snapping legs: the straight line from a point to its road node is added at both ends at
 *       an off-road speed (walking, 5 km/h, by default).</li>
 *   <li>Contraction: Outpost's own sequential node contraction is the default; JGraphT's parallel
 *       precomputation is kept as an alternative builder and benchmark baseline because it was an
 *       order of magnitude slower on grid-like networks here.</li>
 *   <li>Courier profiles and time of day: every edge has a road class; a courier type's
 *       {@link dev.outpost.model.RoadProfile} and each congestion slice's factors give re-weighted
 *       edge weights ({@link dev.outpost.travel.road.RoadNetwork#reweightedPackedWeights}), one set
 *       per distinct (profile, slice factors), assembled into {@link dev.outpost.travel.TravelTables}
 *       by {@code RoadTravelModel.tables}. Each set customises one
 *       {@link dev.outpost.travel.road.CustomizableHierarchy} of the network (nested-dissection
 *       order and chordal arcs built once; a customisation takes milliseconds on a city, seconds
 *       on a 100,000-node grid), instead of a full contraction per table, which degenerated on
 *       grids whose streets a speed cap makes equally fast.</li>
 * </ul>
 */
package dev.outpost.travel.road;
