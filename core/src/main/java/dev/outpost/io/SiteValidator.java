package dev.outpost.io;

import static dev.outpost.io.FieldChecks.atMost;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Limits;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import java.util.List;

/** The sites ({@code $.sites}): each site's location, opening cost and courier room; some site given. */
final class SiteValidator {

    private final CoordinateSystem cs;

    /** @param cs the scenario's coordinate system */
    SiteValidator(CoordinateSystem cs) {
        this.cs = cs;
    }

    /**
     * Checks the list and every site in it.
     *
     * @param sites the sites; {@code null} when the list could not be read (already reported), and
     *              an element is {@code null} when it could not be read
     */
    void checkAll(List<Site> sites, Findings findings) {
        if (sites == null) {
            return;
        }
        if (sites.isEmpty()) {
            findings.problem("$.sites", "There are no sites; give at least one candidate or fixed-open site.");
        }
        for (int i = 0; i < sites.size(); i++) {
            check(sites.get(i), "$.sites[" + i + "]", findings);
        }
    }

    /** Checks one site at {@code path} ({@code null}: could not be read, already reported). */
    void check(Site site, String path, Findings findings) {
        if (site == null) {
            return;
        }
        FieldChecks.location(site.location(), path + ".location", cs, findings);
        FieldChecks.nonNegative(site.openingCost(), path + ".openingCost", "opening cost", findings);
        atMost(site.openingCost(), Limits.MAX_MONEY, path + ".openingCost", "opening cost", findings);
        int least = site.status() == SiteStatus.CLOSED ? 0 : 1;
        if (site.maxCouriers() < least) {
            findings.problem(path + ".maxCouriers", "The maximum number of couriers (" + site.maxCouriers()
                    + ") must be at least " + least + (least == 1 ? " for a site that is not closed." : "."));
        }
        if (site.current() < 0) {
            findings.problem(path + ".current", "The couriers stationed here today (" + site.current()
                    + ") must be at least 0.");
        } else if (site.current() > 0 && site.status() == SiteStatus.CLOSED) {
            findings.problem(path + ".current", "The couriers stationed here today (" + site.current()
                    + ") must be 0 for a closed site; mark the site candidate or fixed-open, or drop the count.");
        } else if (site.current() > site.maxCouriers()) {
            findings.problem(path + ".current", "The couriers stationed here today (" + site.current()
                    + ") exceed the site's maximum (" + site.maxCouriers() + "); raise maxCouriers or lower the count.");
        }
        atMost(site.maxCouriers(), Limits.MAX_COURIERS, path + ".maxCouriers", "maximum number of couriers", findings);
    }

    /**
     * The current layout (the sites' {@code current} couriers) holds at most the fleet.
     *
     * @param sites the sites ({@code null} or with {@code null} elements when unreadable)
     * @param types the courier types (elements may be {@code null})
     */
    static void checkCurrentLayout(List<Site> sites, List<CourierType> types, Findings findings) {
        if (sites == null) {
            return;
        }
        long fleet = 0;
        for (CourierType t : types) {
            fleet += t == null ? 0 : Math.max(0, t.count());
        }
        long stationed = 0;
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            if (site == null || site.current() <= 0) {
                continue;
            }
            stationed += site.current();
            if (stationed > fleet) {
                findings.problem("$.sites[" + i + "].current", "The current layout stations " + stationed
                        + " couriers up to this site, more than the fleet's " + fleet
                        + "; lower the sites' current counts.");
                return;
            }
        }
    }
}
