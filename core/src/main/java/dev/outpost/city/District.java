package dev.outpost.city;

import dev.outpost.model.Location;

/**
 * A named part of the synthetic town, used in client and site names and in reports.
 *
 * @param name   display name, such as "Old Town", "Inner North" or a village name
 * @param kind   density class
 * @param anchor a representative point (the village centre, or a point in the middle of the district)
 */
public record District(String name, DistrictKind kind, Location anchor) {
}
