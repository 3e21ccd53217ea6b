package dev.outpost.city;

/**
 * What the synthetic town generator builds: sizes, the fleet, where the town lies and the seed.
 * Every field has a documented default ({@link #defaults()}); the same parameters always give the
 * same town.
 *
 * <p>The town is a disc of radius {@code radiusKm} around the centre, on a perturbed street grid
 * with {@code streetSpacingMetres} between junctions, an outer ring road at 0.75 of the radius,
 * a river running roughly west to east with {@code bridges} crossings (two of them carry the
 * ring road), and {@code villages} villages 1.5 to 2.1 radii out, each linked by a country road.
 * The road graph has about {@code 3 * (radius / spacing)^2} nodes: about 3,000 for the
 * defaults, about 100,000 for a radius of 30 km.
 *
 * <p>The constructor checks every field and throws {@link IllegalArgumentException} naming the
 * field, its value and the accepted range.
 *
 * @param seed                the only source of randomness
 * @param governmentOffices   government offices (0.5 to 4 pickups a day, 60 min target); default 300
 * @param serviceCentres      administrative service centres (15 to 40 pickups a day, 30 min
 *                            target); default 12
 * @param candidateSites      sites where couriers may be stationed; default 40, of which about one
 *                            in thirteen is already open and one in twenty closed
 * @param scooters            scooter couriers (no skills, small capacity); default 24
 * @param vans                van couriers (skill {@code secure}, large capacity); default 10
 * @param centreLatitude      latitude of the town centre, degrees; default 50.67 (a provincial
 *                            capital's latitude in central Europe)
 * @param centreLongitude     longitude of the town centre, degrees; default 17.93
 * @param radiusKm            radius of the town, km, 2 to 60; default 5
 * @param streetSpacingMetres spacing of the street grid, metres, 80 to 500; default 160. The grid
 *                            is squeezed towards the centre: junctions are 0.6 spacings apart in
 *                            the middle of the town and 1.4 at its edge
 * @param villages            villages around the town, 0 to 10; default 4
 * @param bridges             river crossings, at least 2 (the ring road crosses twice; the others
 *                            are spread over the town), at most 8; default 3
 * @param horizonDays         days in the planning horizon, 1 to 7 (each 07:00 to 19:00); default 1
 */
public record CityParameters(
        long seed,
        int governmentOffices,
        int serviceCentres,
        int candidateSites,
        int scooters,
        int vans,
        double centreLatitude,
        double centreLongitude,
        double radiusKm,
        int streetSpacingMetres,
        int villages,
        int bridges,
        int horizonDays) {

    /** Seed of the built-in default city. */
    public static final long DEFAULT_SEED = 2718L;

    /** Clients (offices plus service centres) of the default city; {@link #ofSize} scales from it. */
    private static final int DEFAULT_CLIENTS = 312;

    /*
     * The default fleet: 34 couriers for about 970 pickups a day. With one trip per request the
     * busiest hour offers about 27 erlangs of work (outpost.station --objective expected-response),
     * so a fleet of 18 left every layout's queues unstable; 34 keeps them stable with waits of
     * minutes, which is where the trade-off between outposts and couriers is worth computing.
     */
    private static final int DEFAULT_SCOOTERS = 24;
    private static final int DEFAULT_VANS = 10;

    /**
     * Checks every field; the message names the field, its value and the accepted range.
     *
     * @param seed                the only source of randomness
     * @param governmentOffices   government offices, 0 to 100,000
     * @param serviceCentres      service centres, 0 to 10,000
     * @param candidateSites      candidate sites, 1 to 10,000
     * @param scooters            scooter couriers, 0 to 10,000
     * @param vans                van couriers, 0 to 10,000
     * @param centreLatitude      latitude of the town centre, degrees, -80 to 80
     * @param centreLongitude     longitude of the town centre, degrees, -180 to 180
     * @param radiusKm            radius of the town, km, 2 to 60
     * @param streetSpacingMetres spacing of the street grid, metres, 80 to 500
     * @param villages            villages around the town, 0 to 10
     * @param bridges             river crossings, 2 to 8
     * @param horizonDays         days in the planning horizon, 1 to 7
     * @throws IllegalArgumentException if a field is out of its range
     */
    public CityParameters {
        requireRange("governmentOffices", governmentOffices, 0, 100_000);
        requireRange("serviceCentres", serviceCentres, 0, 10_000);
        requireRange("candidateSites", candidateSites, 1, 10_000);
        requireRange("scooters", scooters, 0, 10_000);
        requireRange("vans", vans, 0, 10_000);
        if (!(centreLatitude >= -80 && centreLatitude <= 80)) {
            throw new IllegalArgumentException("The centre latitude (" + centreLatitude
                    + ") is out of range; give -80 to 80 degrees.");
        }
        if (!(centreLongitude >= -180 && centreLongitude <= 180)) {
            throw new IllegalArgumentException("The centre longitude (" + centreLongitude
                    + ") is out of range; give -180 to 180 degrees.");
        }
        if (!(radiusKm >= 2 && radiusKm <= 60)) {
            throw new IllegalArgumentException("The town radius (" + radiusKm + " km) is out of range; give 2 to 60 km.");
        }
        requireRange("streetSpacingMetres", streetSpacingMetres, 80, 500);
        requireRange("villages", villages, 0, 10);
        requireRange("bridges", bridges, 2, 8);
        requireRange("horizonDays", horizonDays, 1, 7);
    }

    /**
     * The default city's parameters: 300 offices, 12 service centres, 40 sites, 24 scooters and
     * 10 vans, a 5 km radius town at 50.67 N 17.93 E with 4 villages, 3 bridges, one day, seed
     * {@link #DEFAULT_SEED}.
     *
     * @return the default city's parameters
     */
    public static CityParameters defaults() {
        return new CityParameters(DEFAULT_SEED, 300, 12, 40, DEFAULT_SCOOTERS, DEFAULT_VANS, 50.67, 17.93, 5.0, 160, 4, 3, 1);
    }

    /**
     * A town for {@code clients} clients and {@code sites} candidate sites, scaled from the
     * default city: one client in 26 is a service centre, the area (radius squared) and the fleet
     * grow in proportion to the clients, the radius is kept between 2 and 40 km.
     * {@code ofSize(312, 40, DEFAULT_SEED)} equals {@link #defaults()}.
     *
     * @param clients total clients, at least 1
     * @param sites   candidate sites, at least 1
     * @param seed    the seed
     * @return the parameters
     */
    public static CityParameters ofSize(int clients, int sites, long seed) {
        requireRange("clients", clients, 1, 100_000);
        double scale = clients / (double) DEFAULT_CLIENTS;
        int centres = (int) Math.round(clients / 26.0);
        double radius = Math.max(2.0, Math.min(40.0, 5.0 * StrictMath.sqrt(scale)));
        int scooters = Math.max(1, (int) Math.round(DEFAULT_SCOOTERS * scale));
        int vans = Math.max(1, (int) Math.round(DEFAULT_VANS * scale));
        return defaults().toBuilder().seed(seed).governmentOffices(clients - centres).serviceCentres(centres)
                .candidateSites(sites).scooters(scooters).vans(vans).radiusKm(radius).build();
    }

    /**
     * These parameters with another seed.
     *
     * @param newSeed the seed
     * @return a copy with {@code newSeed}
     */
    public CityParameters withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    /**
     * These parameters with another town radius; the road graph grows with its square.
     *
     * @param newRadiusKm the radius, km, 2 to 60
     * @return a copy with {@code newRadiusKm}
     */
    public CityParameters withRadiusKm(double newRadiusKm) {
        return toBuilder().radiusKm(newRadiusKm).build();
    }

    /**
     * These parameters with another number of bridges.
     *
     * @param newBridges river crossings, 2 to 8
     * @return a copy with {@code newBridges}
     */
    public CityParameters withBridges(int newBridges) {
        return toBuilder().bridges(newBridges).build();
    }

    /**
     * These parameters with another horizon length.
     *
     * @param newHorizonDays days in the horizon, 1 to 7
     * @return a copy with {@code newHorizonDays}
     */
    public CityParameters withHorizonDays(int newHorizonDays) {
        return toBuilder().horizonDays(newHorizonDays).build();
    }

    /** {@return total clients: offices plus service centres} */
    public int clients() {
        return governmentOffices + serviceCentres;
    }

    /** Town radius, metres. */
    double radiusMetres() {
        return radiusKm * 1000.0;
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("The " + field + " (" + value + ") is out of range; give "
                    + min + " to " + max + ".");
        }
    }

    /**
     * A builder holding every component of this city parameters, to copy it with some components changed
     * (no component is lost, unlike a positional rebuild).
     *
     * @return a builder preset with this city parameters's components
     */
    public Builder toBuilder() {
        return new Builder(this);
    }


    /** Builds a {@link CityParameters} one named component at a time; {@link #build()} validates as the constructor. */
    public static final class Builder {
        private long seed;
        private int governmentOffices;
        private int serviceCentres;
        private int candidateSites;
        private int scooters;
        private int vans;
        private double centreLatitude;
        private double centreLongitude;
        private double radiusKm;
        private int streetSpacingMetres;
        private int villages;
        private int bridges;
        private int horizonDays;

        private Builder(CityParameters r) {
            seed = r.seed;
            governmentOffices = r.governmentOffices;
            serviceCentres = r.serviceCentres;
            candidateSites = r.candidateSites;
            scooters = r.scooters;
            vans = r.vans;
            centreLatitude = r.centreLatitude;
            centreLongitude = r.centreLongitude;
            radiusKm = r.radiusKm;
            streetSpacingMetres = r.streetSpacingMetres;
            villages = r.villages;
            bridges = r.bridges;
            horizonDays = r.horizonDays;
        }

        /**
         * Sets {@code seed}.
         *
         * @param value the only source of randomness
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * Sets {@code governmentOffices}.
         *
         * @param value government offices, 0 to 100,000
         * @return this builder
         */
        public Builder governmentOffices(int value) {
            governmentOffices = value;
            return this;
        }

        /**
         * Sets {@code serviceCentres}.
         *
         * @param value service centres, 0 to 10,000
         * @return this builder
         */
        public Builder serviceCentres(int value) {
            serviceCentres = value;
            return this;
        }

        /**
         * Sets {@code candidateSites}.
         *
         * @param value candidate sites, 1 to 10,000
         * @return this builder
         */
        public Builder candidateSites(int value) {
            candidateSites = value;
            return this;
        }

        /**
         * Sets {@code scooters}.
         *
         * @param value scooter couriers, 0 to 10,000
         * @return this builder
         */
        public Builder scooters(int value) {
            scooters = value;
            return this;
        }

        /**
         * Sets {@code vans}.
         *
         * @param value van couriers, 0 to 10,000
         * @return this builder
         */
        public Builder vans(int value) {
            vans = value;
            return this;
        }

        /**
         * Sets {@code centreLatitude}.
         *
         * @param value latitude of the town centre, degrees, -80 to 80
         * @return this builder
         */
        public Builder centreLatitude(double value) {
            centreLatitude = value;
            return this;
        }

        /**
         * Sets {@code centreLongitude}.
         *
         * @param value longitude of the town centre, degrees, -180 to 180
         * @return this builder
         */
        public Builder centreLongitude(double value) {
            centreLongitude = value;
            return this;
        }

        /**
         * Sets {@code radiusKm}.
         *
         * @param value radius of the town, km, 2 to 60
         * @return this builder
         */
        public Builder radiusKm(double value) {
            radiusKm = value;
            return this;
        }

        /**
         * Sets {@code streetSpacingMetres}.
         *
         * @param value spacing of the street grid, metres, 80 to 500
         * @return this builder
         */
        public Builder streetSpacingMetres(int value) {
            streetSpacingMetres = value;
            return this;
        }

        /**
         * Sets {@code villages}.
         *
         * @param value villages around the town, 0 to 10
         * @return this builder
         */
        public Builder villages(int value) {
            villages = value;
            return this;
        }

        /**
         * Sets {@code bridges}.
         *
         * @param value river crossings, 2 to 8
         * @return this builder
         */
        public Builder bridges(int value) {
            bridges = value;
            return this;
        }

        /**
         * Sets {@code horizonDays}.
         *
         * @param value days in the planning horizon, 1 to 7
         * @return this builder
         */
        public Builder horizonDays(int value) {
            horizonDays = value;
            return this;
        }

        /**
         * The city parameters with the components set so far.
         *
         * @return the city parameters
         */
        public CityParameters build() {
            return new CityParameters(seed, governmentOffices, serviceCentres, candidateSites, scooters, vans,
                    centreLatitude, centreLongitude, radiusKm, streetSpacingMetres, villages, bridges, horizonDays);
        }
    }
}
