package dev.outpost.io;

import dev.outpost.model.Client;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.Site;
import dev.outpost.model.TimeWindow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The semantic checks of a scenario: value ranges, unique and known ids, windows and shifts inside
 * the service day, skills that some courier type has, a consistent travel matrix or road graph.
 * Every problem names its JSON path (as {@link ScenarioIo} would write the scenario) and is
 * collected; nothing stops at the first.
 *
 * <p>One validator per record walks it once, checking its values, shape and references and its
 * {@link dev.outpost.model.Limits} together: {@code IdValidator} (ids across records),
 * {@code HorizonValidator}, {@code HubValidator}, {@code BudgetValidator},
 * {@code CourierTypeValidator} (with breaks and road profiles), {@code SiteValidator},
 * {@code ClientValidator} (with required skills), {@code TravelValidator} and
 * {@code RoadNetworkValidator} (with congestion). This class composes them.
 *
 * <p>{@link ScenarioIo#read} runs these checks on everything it could read, so a scenario read
 * from JSON is already valid. Call {@link #validate(Scenario)} or {@link #requireValid(Scenario)}
 * on scenarios built in code (generators, tests). Reachability on the travel model is checked
 * separately by {@code dev.outpost.travel.Reachability}, once the tables are built ({@code io}
 * depends on {@code model} only).
 */
public final class ScenarioValidator {

    private ScenarioValidator() {
    }

    /**
     * Every semantic problem of {@code scenario}, in a stable order: first the missing parts and
     * the value, shape and reference problems (ids, horizon, hub, budget, courier types, sites,
     * clients, travel), then the values beyond their limits in the same order, then the road
     * profiles, the congestion and the inline road classes.
     *
     * @param scenario the scenario, possibly built in code with missing parts
     * @return the problems; empty when the scenario is valid
     */
    public static List<Problem> validate(Scenario scenario) {
        List<Problem> problems = new ArrayList<>();
        missing(scenario.name(), "$.name", problems);
        missing(scenario.coordinates(), "$.coordinates", problems);
        missing(scenario.hub(), "$.hub", problems);
        missing(scenario.horizon(), "$.horizon", problems);
        missing(scenario.budget(), "$.budget", problems);
        missing(scenario.travel(), "$.travel", problems);
        check(ScenarioDraft.of(scenario), problems);
        return problems;
    }

    private static void missing(Object part, String path, List<Problem> problems) {
        if (part == null) {
            problems.add(new Problem(path, "The value is missing (null); every part of a scenario is required."));
        }
    }

    /**
     * Throws when {@link #validate(Scenario)} finds any problem.
     *
     * @param scenario the scenario
     * @throws ScenarioException listing every problem
     */
    public static void requireValid(Scenario scenario) {
        List<Problem> problems = validate(scenario);
        if (!problems.isEmpty()) {
            throw new ScenarioException("The scenario '" + scenario.name() + "'", problems);
        }
    }

    /** Adds the problems of a draft (parts that could not be read are {@code null}, their problems already listed). */
    static void check(ScenarioDraft d, List<Problem> problems) {
        CoordinateSystem cs = d.coordinates() == null ? CoordinateSystem.GEOGRAPHIC : d.coordinates();
        Findings findings = new Findings();
        IdValidator.check(d.ids(), d.courierTypeIds(), findings);
        TimeWindow day = HorizonValidator.check(d.horizon(), findings);
        HubValidator.check(d.hub(), day, cs, findings);
        BudgetValidator.check(d.budget(), findings);
        new CourierTypeValidator(day, RoadNetworkValidator.roadClasses(d.travel())).checkAll(d.courierTypes(), findings);
        new SiteValidator(cs).checkAll(d.sites(), findings);
        List<CourierType> types = d.courierTypes() == null ? List.of() : d.courierTypes();
        SiteValidator.checkCurrentLayout(d.sites(), types, findings);
        new ClientValidator(cs, day, types, allSkills(types)).checkAll(d.clients(), findings);
        new TravelValidator(d, cs).check(d.travel(), findings);
        problems.addAll(findings.inOrder());
    }

    /** Every skill of the courier types; {@code null} when there are none or some type could not be read. */
    private static Set<String> allSkills(List<CourierType> types) {
        if (types.isEmpty() || !types.stream().allMatch(Objects::nonNull)) {
            return null;
        }
        Set<String> skills = new HashSet<>();
        for (CourierType type : types) {
            skills.addAll(type.skills());
        }
        return skills;
    }

    /** The checks of one client that need no other part of the scenario (used by the CSV import). */
    static void checkClient(Client client, String path, CoordinateSystem cs, List<Problem> problems) {
        Findings findings = new Findings();
        new ClientValidator(cs, null, List.of(), null).check(client, path, findings);
        problems.addAll(findings.inOrder());
    }

    /** The checks of one site (used by the CSV import). */
    static void checkSite(Site site, String path, CoordinateSystem cs, List<Problem> problems) {
        Findings findings = new Findings();
        new SiteValidator(cs).check(site, path, findings);
        problems.addAll(findings.inOrder());
    }
}
