package dev.outpost.city;

/** The density classes of the synthetic town, from dense to sparse. */
public enum DistrictKind {
    /** The historic centre: dense streets, one-way pairs, many offices. Within 0.25 radii. */
    OLD_TOWN(5.0),
    /** The inner districts, 0.25 to 0.55 radii: dense housing and administration. */
    INNER(3.0),
    /** The suburbs, 0.55 radii to the town edge: a thinned street grid, few offices. */
    SUBURB(1.0),
    /** A village outside the town, linked by a country road. */
    VILLAGE(2.0);

    private final double officeWeight;

    DistrictKind(double officeWeight) {
        this.officeWeight = officeWeight;
    }

    /**
     * {@return the relative chance that one street junction of this kind hosts an office} An
     * old-town junction is five times as likely as a suburban one.
     */
    public double officeWeight() {
        return officeWeight;
    }
}
