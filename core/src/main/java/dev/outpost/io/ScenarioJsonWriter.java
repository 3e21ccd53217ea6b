package dev.outpost.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierBreak;
import dev.outpost.model.CourierType;
import dev.outpost.model.RoadProfile;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.TimeWindow;
import dev.outpost.model.TravelSpec;
import java.util.List;

/** Builds the canonical JSON tree of a scenario: every field written, in {@link ScenarioJson}'s order. */
final class ScenarioJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CoordinateSystem coordinates;

    private ScenarioJsonWriter(CoordinateSystem coordinates) {
        this.coordinates = coordinates;
    }

    static ObjectNode tree(Scenario s) {
        return new ScenarioJsonWriter(s.coordinates()).scenario(s);
    }

    static ObjectNode clientNode(Client client, CoordinateSystem coordinates) {
        return new ScenarioJsonWriter(coordinates).client(client);
    }

    static ObjectNode siteNode(Site site, CoordinateSystem coordinates) {
        return new ScenarioJsonWriter(coordinates).site(site);
    }

    private ObjectNode scenario(Scenario s) {
        ObjectNode root = NODES.objectNode();
        root.put("name", s.name());
        root.put("coordinates", ScenarioJson.spell(s.coordinates()));
        ObjectNode horizon = root.putObject("horizon");
        horizon.put("days", s.horizon().days());
        horizon.set("serviceDay", window(s.horizon().serviceDay()));
        ObjectNode hub = root.putObject("hub");
        hub.put("id", s.hub().id());
        hub.set("location", location(s.hub().location()));
        hub.put("cutoff", Times.format(s.hub().cutoffSeconds()));
        ObjectNode budget = root.putObject("budget");
        Budget b = s.budget() == null ? Budget.unlimited() : s.budget();
        if (b.maxOutposts() != null) {
            budget.put("maxOutposts", b.maxOutposts());
        }
        if (b.maxCouriers() != null) {
            budget.put("maxCouriers", b.maxCouriers());
        }
        if (b.maxOpeningCost() != null) {
            budget.put("maxOpeningCost", b.maxOpeningCost());
        }
        ArrayNode types = root.putArray("courierTypes");
        s.courierTypes().forEach(t -> types.add(courierType(t)));
        ArrayNode sites = root.putArray("sites");
        s.sites().forEach(site -> sites.add(site(site)));
        ArrayNode clients = root.putArray("clients");
        s.clients().forEach(c -> clients.add(client(c)));
        root.set("travel", travel(s.travel()));
        return root;
    }

    private ObjectNode courierType(CourierType t) {
        ObjectNode node = NODES.objectNode();
        node.put("id", t.id());
        node.put("count", t.count());
        node.put("speedKmh", t.speedKmh());
        node.put("capacity", t.capacity());
        node.set("shift", window(t.shift()));
        node.set("skills", strings(t.skills()));
        node.put("costPerHour", t.costPerHour());
        node.put("costPerKm", t.costPerKm());
        if (t.roadProfile() != null) {
            RoadProfile p = t.roadProfile();
            ObjectNode profile = node.putObject("roadProfile");
            if (p.maxSpeedKmh() != null) {
                profile.put("maxSpeedKmh", p.maxSpeedKmh());
            }
            if (!p.speedFactors().isEmpty()) {
                ObjectNode factors = profile.putObject("speedFactors");
                p.speedFactors().forEach(factors::put);
            }
            if (!p.barredClasses().isEmpty()) {
                profile.set("barredClasses", strings(p.barredClasses()));
            }
        }
        if (!t.breaks().isEmpty()) {
            ArrayNode breaks = node.putArray("breaks");
            for (CourierBreak b : t.breaks()) {
                ObjectNode item = breaks.addObject();
                item.put("earliest", Times.format(b.earliestSeconds()));
                item.put("latest", Times.format(b.latestSeconds()));
                minutes(item, "minutes", b.durationSeconds());
            }
        }
        return node;
    }

    private ObjectNode site(Site site) {
        ObjectNode node = NODES.objectNode();
        node.put("id", site.id());
        node.put("name", site.name());
        node.set("location", location(site.location()));
        node.put("status", ScenarioJson.spell(site.status()));
        node.put("openingCost", site.openingCost());
        node.put("maxCouriers", site.maxCouriers());
        if (site.current() != 0) {
            node.put("current", site.current());
        }
        return node;
    }

    private ObjectNode client(Client c) {
        ObjectNode node = NODES.objectNode();
        node.put("id", c.id());
        node.put("name", c.name());
        node.put("kind", ScenarioJson.spell(c.kind()));
        if (c.level() != null) {
            node.put("level", ScenarioJson.spell(c.level()));
        }
        node.set("location", location(c.location()));
        node.put("pickupsPerDay", c.pickupsPerDay());
        ArrayNode profile = node.putArray("hourlyProfile");
        c.hourlyProfile().forEach(profile::add);
        minutes(node, "serviceMinutes", c.serviceSeconds());
        node.set("window", window(c.window()));
        minutes(node, "responseTargetMinutes", c.responseTargetSeconds());
        node.put("priority", c.priority());
        node.set("requiredSkills", strings(c.requiredSkills()));
        node.put("pickupSize", c.pickupSize());
        return node;
    }

    private ObjectNode travel(TravelSpec travel) {
        ObjectNode node = NODES.objectNode();
        if (travel instanceof TravelSpec.StraightLine line) {
            node.put("model", "straight-line");
            node.put("detourFactor", line.detourFactor());
        } else if (travel instanceof TravelSpec.Matrix matrix) {
            node.put("model", "matrix");
            node.set("points", strings(matrix.pointIds()));
            node.set("seconds", table(matrix.seconds()));
            node.set("metres", table(matrix.metres()));
        } else if (travel instanceof TravelSpec.Road road) {
            node.put("model", "road");
            if (road.file() != null) {
                node.put("file", road.file());
            } else {
                List<String> fields = ScenarioJson.roadNodeFields(coordinates);
                ArrayNode nodes = node.putArray("nodes");
                for (TravelSpec.RoadNode n : road.nodes()) {
                    ObjectNode o = nodes.addObject();
                    o.put(fields.get(0), n.id());
                    Location l = n.location();
                    if (coordinates == CoordinateSystem.PLANAR) {
                        o.put(fields.get(1), l.x());
                        o.put(fields.get(2), l.y());
                    } else {
                        o.put(fields.get(1), l.latitude());
                        o.put(fields.get(2), l.longitude());
                    }
                }
                ArrayNode edges = node.putArray("edges");
                for (TravelSpec.RoadEdge e : road.edges()) {
                    ObjectNode o = edges.addObject();
                    o.put("from", e.from());
                    o.put("to", e.to());
                    o.put("metres", e.metres());
                    o.put("speedKmh", e.speedKmh());
                    o.put("oneway", e.oneway());
                    if (e.roadClass() != null) {
                        o.put("roadClass", e.roadClass());
                    }
                }
            }
            if (road.maxWalkMetres() != null) {
                node.put("maxWalkMetres", road.maxWalkMetres());
            }
            if (road.congestion() != null) {
                ObjectNode congestion = node.putObject("congestion");
                congestion.put("sliceMinutes", road.congestion().sliceMinutes());
                ObjectNode factors = congestion.putObject("factors");
                road.congestion().factors().forEach((c, values) -> {
                    ArrayNode array = factors.putArray(c);
                    values.forEach(array::add);
                });
            }
        } else {
            throw new IllegalArgumentException("The travel spec (" + travel + ") cannot be written.");
        }
        return node;
    }

    private ObjectNode location(Location l) {
        ObjectNode node = NODES.objectNode();
        if (coordinates == CoordinateSystem.PLANAR) {
            node.put("x", l.x());
            node.put("y", l.y());
        } else {
            node.put("lat", l.latitude());
            node.put("lon", l.longitude());
        }
        return node;
    }

    private static ObjectNode window(TimeWindow w) {
        ObjectNode node = NODES.objectNode();
        node.put("start", Times.format(w.startSeconds()));
        node.put("end", Times.format(w.endSeconds()));
        return node;
    }

    /** Whole minutes as an integer; otherwise a decimal that {@link Times#minutesToSeconds} maps back exactly. */
    private static void minutes(ObjectNode node, String field, int seconds) {
        if (seconds % 60 == 0) {
            node.put(field, seconds / 60);
        } else {
            node.put(field, seconds / 60.0);
        }
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ArrayNode table(List<List<Integer>> rows) {
        ArrayNode array = NODES.arrayNode();
        for (List<Integer> row : rows) {
            ArrayNode r = array.addArray();
            for (Integer value : row) {
                if (value == null) {
                    r.addNull();
                } else {
                    r.add(value.intValue());
                }
            }
        }
        return array;
    }
}
