package dev.outpost.sim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.io.OutpostJson;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import java.util.Locale;

/** Small pieces shared by the plan writers: locations, GeoJSON features, times of day. */
final class ReportJson {

    private ReportJson() {
    }

    static ObjectNode object() {
        return OutpostJson.mapper().createObjectNode();
    }

    /** A location as the scenario writes it: {@code {"lat", "lon"}} or {@code {"x", "y"}}. */
    static ObjectNode location(Location location, CoordinateSystem coordinates) {
        ObjectNode node = object();
        if (coordinates == CoordinateSystem.GEOGRAPHIC) {
            node.put("lat", location.latitude());
            node.put("lon", location.longitude());
        } else {
            node.put("x", location.x());
            node.put("y", location.y());
        }
        return node;
    }

    /** A GeoJSON position {@code [lon, lat]} (planar scenarios: {@code [x, y]}). */
    static ArrayNode position(Location location) {
        ArrayNode node = OutpostJson.mapper().createArrayNode();
        node.add(location.x());
        node.add(location.y());
        return node;
    }

    /** A GeoJSON Feature with the given geometry; the caller fills {@code properties}. */
    static ObjectNode feature(ObjectNode geometry) {
        ObjectNode feature = object();
        feature.put("type", "Feature");
        feature.set("geometry", geometry);
        feature.putObject("properties");
        return feature;
    }

    static ObjectNode point(Location location) {
        ObjectNode geometry = object();
        geometry.put("type", "Point");
        geometry.set("coordinates", position(location));
        return geometry;
    }

    /** An empty FeatureCollection; the caller adds to {@code features}. */
    static ObjectNode featureCollection() {
        ObjectNode collection = object();
        collection.put("type", "FeatureCollection");
        collection.putArray("features");
        return collection;
    }

    /** Seconds since 00:00 as {@code HH:MM:SS} (hours may pass 23); {@code null} below 0. */
    static String time(int seconds) {
        if (seconds < 0) {
            return null;
        }
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** A double rounded to {@code decimals} places, for stable report figures. */
    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
