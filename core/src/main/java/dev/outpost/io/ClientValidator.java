package dev.outpost.io;

import static dev.outpost.io.FieldChecks.atMost;
import static dev.outpost.io.FieldChecks.minutesAtMost;
import static dev.outpost.io.FieldChecks.nonNegative;

import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Limits;
import dev.outpost.model.TimeWindow;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clients ({@code $.clients}): each client's location, demand and hourly profile, service
 * time, window inside the service day, response target, priority, pickup size (signs and limits)
 * and required skills that the fleet has; some client given, not too many.
 */
final class ClientValidator {

    private final CoordinateSystem cs;
    private final TimeWindow day;
    private final List<CourierType> types;
    private final Set<String> allSkills;

    /**
     * @param cs        the scenario's coordinate system
     * @param day       the service day, or {@code null} when it is unusable or unknown (CSV import)
     * @param types     the courier types, to find one that has all of a client's skills
     * @param allSkills every skill of the courier types, or {@code null} when the types could not
     *                  all be read or are not known (CSV import): skills are then not checked
     */
    ClientValidator(CoordinateSystem cs, TimeWindow day, List<CourierType> types, Set<String> allSkills) {
        this.cs = cs;
        this.day = day;
        this.types = types;
        this.allSkills = allSkills;
    }

    /**
     * Checks the list and every client in it.
     *
     * @param clients the clients; {@code null} when the list could not be read (already reported),
     *                and an element is {@code null} when it could not be read
     */
    void checkAll(List<Client> clients, Findings findings) {
        if (clients == null) {
            return;
        }
        if (clients.isEmpty()) {
            findings.problem("$.clients", "There are no clients; give at least one client.");
        }
        if (clients.size() > Limits.MAX_CLIENTS) {
            findings.limit("$.clients", "The number of clients (" + clients.size() + ") is above "
                    + Limits.MAX_CLIENTS + "; split the scenario.");
        }
        for (int i = 0; i < clients.size(); i++) {
            check(clients.get(i), "$.clients[" + i + "]", findings);
        }
    }

    /** Checks one client at {@code path} ({@code null}: could not be read, already reported). */
    void check(Client client, String path, Findings findings) {
        if (client == null) {
            return;
        }
        FieldChecks.location(client.location(), path + ".location", cs, findings);
        if (client.level() != null && client.kind() != ClientKind.SERVICE_CENTRE) {
            findings.problem(path + ".level", "Only a service centre has an administrative level (this client is a "
                    + ScenarioJson.spell(client.kind()) + "); remove the level or make the client a service-centre.");
        }
        nonNegative(client.pickupsPerDay(), path + ".pickupsPerDay", "number of pickups per day", findings);
        atMost(client.pickupsPerDay(), Limits.MAX_PICKUPS_PER_DAY, path + ".pickupsPerDay",
                "number of pickups per day", findings);
        hourlyProfile(client, path + ".hourlyProfile", findings);
        nonNegative((long) client.serviceSeconds(), path + ".serviceMinutes", "service time", findings);
        minutesAtMost(client.serviceSeconds(), path + ".serviceMinutes", "service time", findings);
        if (FieldChecks.withinDay(client.window(), path + ".window", findings) && day != null
                && (client.window().endSeconds() < day.startSeconds()
                || client.window().startSeconds() > day.endSeconds())) {
            findings.problem(path + ".window", "The window (" + FieldChecks.range(client.window())
                    + ") lies outside the service day (" + FieldChecks.range(day) + "); the client could never be served.");
        }
        if (client.responseTargetSeconds() <= 0) {
            findings.problem(path + ".responseTargetMinutes", "The response target ("
                    + client.responseTargetSeconds() + " s) must be positive.");
        }
        minutesAtMost(client.responseTargetSeconds(), path + ".responseTargetMinutes", "response target", findings);
        if (client.priority() < 1) {
            findings.problem(path + ".priority", "The priority (" + client.priority() + ") must be at least 1.");
        }
        atMost(client.priority(), Limits.MAX_PRIORITY, path + ".priority", "priority", findings);
        nonNegative((long) client.pickupSize(), path + ".pickupSize", "pickup size", findings);
        atMost(client.pickupSize(), Limits.MAX_CAPACITY, path + ".pickupSize", "pickup size", findings);
        FieldChecks.blankSkills(client.requiredSkills(), path + ".requiredSkills", findings);
        if (allSkills != null) {
            skills(client, path + ".requiredSkills", findings);
        }
    }

    /** 24 weights, each finite, not negative and within limits; not all zero for a client with demand. */
    private static void hourlyProfile(Client client, String path, Findings findings) {
        List<Double> profile = client.hourlyProfile();
        boolean daySized = profile.size() == ScenarioJson.PROFILE_HOURS;
        if (!daySized) {
            findings.problem(path, "The hourly profile has " + profile.size()
                    + " values; give exactly 24, one per hour from 00:00.");
        }
        double sum = 0;
        boolean ok = true;
        for (int h = 0; h < profile.size(); h++) {
            double weight = profile.get(h);
            if (daySized) {
                if (!Double.isFinite(weight) || weight < 0) {
                    findings.problem(path + "[" + h + "]", "The hourly weight ("
                            + OutpostJson.number(weight) + ") must be a non-negative number.");
                    ok = false;
                } else {
                    sum += weight;
                }
            }
            atMost(weight, Limits.MAX_PROFILE_WEIGHT, path + "[" + h + "]", "hourly weight", findings);
        }
        if (daySized && ok && sum == 0 && client.pickupsPerDay() > 0) {
            findings.problem(path, "The hourly profile is all zero while the client has "
                    + OutpostJson.number(client.pickupsPerDay()) + " pickups per day; give some hour a positive weight.");
        }
    }

    /** Each required skill is held by some courier type, and one type holds them all. */
    private void skills(Client client, String path, Findings findings) {
        List<String> required = client.requiredSkills();
        boolean eachHeld = true;
        for (int k = 0; k < required.size(); k++) {
            String skill = required.get(k);
            if (!skill.isBlank() && !allSkills.contains(skill)) {
                String hint = Hints.closest(skill, allSkills.stream().sorted().toList());
                findings.problem(path + "[" + k + "]", "The required skill '" + skill
                        + "' is held by no courier type; add it to a courier type's skills"
                        + (hint == null ? "" : " or correct it (did you mean '" + hint + "'?)") + ".");
                eachHeld = false;
            }
        }
        if (!eachHeld || required.isEmpty()) {
            return;
        }
        for (CourierType type : types) {
            if (type.skills().containsAll(required)) {
                return;
            }
        }
        findings.problem(path, "No single courier type has all the required skills "
                + new LinkedHashSet<>(required) + "; give one courier type all of them.");
    }
}
