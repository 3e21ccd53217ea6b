package dev.outpost.travel.road;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a drivable {@link RoadNetwork} from OpenStreetMap XML ({@code .osm}, or {@code .osm.gz}
 * gzip-compressed) with StAX, in one streaming pass.
 *
 * <p>Rules:
 * <ul>
 *   <li>Ways whose {@code highway} class is drivable ({@link OsmSpeeds#isDrivable}) become edges
 *       between consecutive nodes, length by haversine. Footways, paths, steps, pedestrian
 *       areas, cycleways and tracks are left out.</li>
 *   <li>Access: the most specific of {@code motorcar}, {@code motor_vehicle}, {@code vehicle},
 *       {@code access} decides; {@code no}, {@code agricultural}, {@code forestry},
 *       {@code emergency}, {@code psv}, {@code bus} exclude the way. {@code private},
 *       {@code destination}, {@code delivery} are kept: couriers enter government compounds.</li>
 *   <li>One-way: {@code oneway=yes|true|1} along the way, {@code -1|reverse} against it,
 *       {@code no|false|0} both ways; without the tag, {@code highway=motorway} and
 *       {@code junction=roundabout|circular} are one-way. {@code oneway=reversible|alternating}
 *       ways are left out (their direction changes during the day).</li>
 *   <li>Speed: {@code maxspeed} as parsed by {@link OsmSpeeds#parseMaxspeedKmh}, else the class
 *       default {@link OsmSpeeds#classDefaultKmh}.</li>
 *   <li>A way that refers to a node absent from the file (clipped extracts) loses only the
 *       segments touching that node; the count is in {@link Result#missingNodeRefs()}.</li>
 * </ul>
 * Node coordinates are read as {@link CoordinateSystem#GEOGRAPHIC} (x = longitude).
 */
public final class OsmReader {

    /**
     * What was read.
     *
     * @param network         the road network
     * @param drivableWays    ways turned into edges
     * @param missingNodeRefs way node references to nodes absent from the file
     */
    public record Result(RoadNetwork network, int drivableWays, int missingNodeRefs) {
    }

    private OsmReader() {
    }

    /**
     * Reads {@code file}; gzip is detected from the {@code .gz} suffix.
     *
     * @param file   the OSM XML file ({@code .osm} or {@code .osm.gz})
     * @param policy which components of the network to keep
     * @return the network and what was dropped
     * @throws IOException naming the file (and the line for XML errors) when it cannot be read
     */
    public static Result read(Path file, RoadNetwork.ComponentPolicy policy) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return read(in, file.toString(), policy);
        }
    }

    /**
     * Reads OSM XML from {@code in} (not closed); {@code name} is used in messages.
     *
     * @param in     the XML
     * @param name   the source name used in messages
     * @param policy which components of the network to keep
     * @return the network and what was dropped
     * @throws IOException naming {@code name} and the line when the XML is malformed
     */
    public static Result read(InputStream in, String name, RoadNetwork.ComponentPolicy policy) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Parse p = new Parse();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "node" -> p.node(xml, name);
                        case "way" -> p.startWay();
                        case "nd" -> p.nd(xml, name);
                        case "tag" -> p.tag(xml);
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("way")) {
                    p.endWay();
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new IOException("The OSM file (" + name + ") is not valid XML at line " + line + ": "
                    + e.getMessage() + ". Give an OSM XML file (.osm or .osm.gz).", e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a stream we do not own cannot lose data
                }
            }
        }
        return p.finish(policy);
    }

    /** Streaming state: all node coordinates, then the drivable segments. */
    private static final class Parse {
        private final Map<Long, Integer> nodeIndex = new HashMap<>();
        private long[] nodeIds = new long[4096];
        private double[] lats = new double[4096];
        private double[] lons = new double[4096];
        private int nodes;

        private boolean inWay;
        private long[] wayRefs = new long[64];
        private int wayLength;
        private final Map<String, String> tags = new HashMap<>();

        private int[] segFrom = new int[4096];
        private int[] segTo = new int[4096];
        private double[] segMetres = new double[4096];
        private double[] segKmh = new double[4096];
        private boolean[] segOneway = new boolean[4096];
        private String[] segClass = new String[4096];
        private int segments;
        private boolean[] used = new boolean[4096];
        private int drivableWays;
        private int missingRefs;

        void node(XMLStreamReader xml, String name) throws IOException {
            String id = xml.getAttributeValue(null, "id");
            String lat = xml.getAttributeValue(null, "lat");
            String lon = xml.getAttributeValue(null, "lon");
            int line = xml.getLocation().getLineNumber();
            if (id == null || lat == null || lon == null) {
                throw new IOException("The OSM node at line " + line + " of " + name
                        + " lacks id, lat or lon; every node needs all three.");
            }
            long nodeId;
            double la;
            double lo;
            try {
                nodeId = Long.parseLong(id);
                la = Double.parseDouble(lat);
                lo = Double.parseDouble(lon);
            } catch (NumberFormatException e) {
                throw new IOException("The OSM node at line " + line + " of " + name + " has a malformed id or coordinate (id="
                        + id + ", lat=" + lat + ", lon=" + lon + ").", e);
            }
            if (nodes == nodeIds.length) {
                nodeIds = Arrays.copyOf(nodeIds, nodes * 2);
                lats = Arrays.copyOf(lats, nodes * 2);
                lons = Arrays.copyOf(lons, nodes * 2);
                used = Arrays.copyOf(used, nodes * 2);
            }
            nodeIds[nodes] = nodeId;
            lats[nodes] = la;
            lons[nodes] = lo;
            nodeIndex.put(nodeId, nodes);
            nodes++;
        }

        void startWay() {
            inWay = true;
            wayLength = 0;
            tags.clear();
        }

        void nd(XMLStreamReader xml, String name) throws IOException {
            if (!inWay) {
                return;
            }
            String ref = xml.getAttributeValue(null, "ref");
            try {
                long r = Long.parseLong(ref);
                if (wayLength == wayRefs.length) {
                    wayRefs = Arrays.copyOf(wayRefs, wayLength * 2);
                }
                wayRefs[wayLength++] = r;
            } catch (NumberFormatException e) {
                throw new IOException("The OSM way node reference at line " + xml.getLocation().getLineNumber() + " of "
                        + name + " has a malformed ref (" + ref + ").", e);
            }
        }

        void tag(XMLStreamReader xml) {
            if (inWay) {
                String k = xml.getAttributeValue(null, "k");
                String v = xml.getAttributeValue(null, "v");
                if (k != null && v != null) {
                    tags.put(k, v);
                }
            }
        }

        void endWay() {
            inWay = false;
            String highway = tags.get("highway");
            if (!OsmSpeeds.isDrivable(highway) || !accessible()) {
                return;
            }
            String oneway = tags.get("oneway");
            boolean forward;
            boolean backward;
            if (oneway == null) {
                String junction = tags.get("junction");
                boolean implied = highway.equals("motorway")
                        || "roundabout".equals(junction) || "circular".equals(junction);
                forward = true;
                backward = !implied;
            } else {
                switch (oneway) {
                    case "yes", "true", "1" -> {
                        forward = true;
                        backward = false;
                    }
                    case "-1", "reverse" -> {
                        forward = false;
                        backward = true;
                    }
                    case "reversible", "alternating" -> {
                        return;
                    }
                    default -> {
                        forward = true;
                        backward = true;
                    }
                }
            }
            double kmh = OsmSpeeds.parseMaxspeedKmh(tags.get("maxspeed"));
            if (Double.isNaN(kmh)) {
                kmh = OsmSpeeds.classDefaultKmh(highway);
            }
            drivableWays++;
            for (int i = 0; i + 1 < wayLength; i++) {
                Integer a = nodeIndex.get(wayRefs[i]);
                Integer b = nodeIndex.get(wayRefs[i + 1]);
                if (a == null || b == null) {
                    missingRefs++;
                    continue;
                }
                double metres = CoordinateSystem.GEOGRAPHIC.straightLineMetres(
                        Location.ofLatLon(lats[a], lons[a]), Location.ofLatLon(lats[b], lons[b]));
                if (forward) {
                    segment(a, b, metres, kmh, !backward, highway);
                } else {
                    segment(b, a, metres, kmh, true, highway);
                }
            }
        }

        private boolean accessible() {
            for (String key : new String[] {"motorcar", "motor_vehicle", "vehicle", "access"}) {
                String v = tags.get(key);
                if (v != null) {
                    return switch (v) {
                        case "no", "agricultural", "forestry", "emergency", "psv", "bus" -> false;
                        default -> true;
                    };
                }
            }
            return true;
        }

        private void segment(int a, int b, double metres, double kmh, boolean oneway, String roadClass) {
            if (segments == segFrom.length) {
                int c = segments * 2;
                segFrom = Arrays.copyOf(segFrom, c);
                segTo = Arrays.copyOf(segTo, c);
                segMetres = Arrays.copyOf(segMetres, c);
                segKmh = Arrays.copyOf(segKmh, c);
                segOneway = Arrays.copyOf(segOneway, c);
                segClass = Arrays.copyOf(segClass, c);
            }
            segFrom[segments] = a;
            segTo[segments] = b;
            segMetres[segments] = metres;
            segKmh[segments] = kmh;
            segOneway[segments] = oneway;
            segClass[segments] = roadClass;
            used[a] = true;
            used[b] = true;
            segments++;
        }

        Result finish(RoadNetwork.ComponentPolicy policy) {
            RoadNetwork.Builder builder = new RoadNetwork.Builder(CoordinateSystem.GEOGRAPHIC);
            for (int i = 0; i < nodes; i++) {
                if (used[i]) {
                    builder.addNode(nodeIds[i], lons[i], lats[i]);
                }
            }
            for (int s = 0; s < segments; s++) {
                builder.addEdge(nodeIds[segFrom[s]], nodeIds[segTo[s]], segMetres[s], segKmh[s], segOneway[s],
                        segClass[s]);
            }
            return new Result(builder.build(policy), drivableWays, missingRefs);
        }
    }
}
