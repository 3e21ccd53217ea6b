package dev.outpost.city;

import dev.outpost.model.AdminLevel;
import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A plausible synthetic province: one capital (the largest town, with the province-level service
 * centre), a few prefecture cities and the county towns of varied size and demand, each a generated
 * town ({@link CityGenerator}) placed around the capital. Service centres carry their administrative
 * level: the centre nearest the middle of a town is the town's own (province in the capital, which
 * also holds the capital prefecture's centre; prefecture in a prefecture city; county in a county
 * town), the other town centres are county-level district centres in the capital and the prefecture
 * cities and township-level in a county town, and the centres in villages are township centres.
 * County towns differ in size, demand and staffing (one courier per 17 to 26
 * requests a day). The same counties and seed give equal units (the scenario files byte-identical).
 */
public final class ProvinceGenerator {

    /** The default number of county towns: small, so a province runs in minutes on a laptop. */
    public static final int DEFAULT_COUNTIES = 4;
    /** The default seed. */
    public static final long DEFAULT_SEED = 19L;
    /** The most county towns. */
    public static final int MAX_COUNTIES = 500;

    private static final double PROVINCE_LATITUDE = 30.6;
    private static final double PROVINCE_LONGITUDE = 114.3;
    private static final double KM_PER_DEGREE = 111.32;

    private ProvinceGenerator() {
    }

    /**
     * One unit of the generated province.
     *
     * @param name     its name, e.g. {@code County 03}
     * @param parent   the unit it belongs to, or null for the capital
     * @param file     its scenario file name, e.g. {@code county-03.json}
     * @param scenario its scenario
     */
    public record Unit(String name, String parent, String file, Scenario scenario) {
    }

    /**
     * The province: the capital, then the prefecture cities ({@code ceil(counties / 3)}), then the
     * county towns, each county under a prefecture city in turn.
     *
     * @param counties county towns, 1 to {@link #MAX_COUNTIES}
     * @param seed     the random seed
     * @return the units, capital first
     * @throws IllegalArgumentException when counties is out of range
     */
    public static List<Unit> generate(int counties, long seed) {
        if (counties < 1 || counties > MAX_COUNTIES) {
            throw new IllegalArgumentException("The counties (" + counties + ") must be from 1 to " + MAX_COUNTIES + ".");
        }
        int prefectures = (counties + 2) / 3;
        SplittableRandom random = new SplittableRandom(seed);
        List<Unit> units = new ArrayList<>();
        units.add(unit("Capital", null, "capital.json", AdminLevel.PROVINCE, 0, 0,
                params(random.split(), 60, 8, 14, 4.0, 2), 1.0, 18));
        List<String> prefectureNames = new ArrayList<>();
        for (int p = 0; p < prefectures; p++) {
            String letter = prefectureLetter(p);
            String name = "Prefecture " + letter;
            prefectureNames.add(name);
            double angle = 2 * Math.PI * p / prefectures;
            SplittableRandom r = random.split();
            units.add(unit(name, "Capital", "prefecture-" + letter.toLowerCase(Locale.ROOT) + ".json",
                    AdminLevel.PREFECTURE, 90 * StrictMath.cos(angle), 90 * StrictMath.sin(angle),
                    params(r, 30 + r.nextInt(10), 6, 10, 3.0, 2), 0.8 + 0.4 * r.nextDouble(), 18 + 4 * r.nextDouble()));
        }
        for (int c = 0; c < counties; c++) {
            int p = c % prefectures;
            int nth = c / prefectures;
            int perPrefecture = (counties - p + prefectures - 1) / prefectures;
            double pa = 2 * Math.PI * p / prefectures;
            double ca = pa + 2 * Math.PI * (nth + 0.5) / perPrefecture;
            double east = 90 * StrictMath.cos(pa) + 35 * StrictMath.cos(ca);
            double north = 90 * StrictMath.sin(pa) + 35 * StrictMath.sin(ca);
            SplittableRandom r = random.split();
            int offices = 10 + r.nextInt(21);
            int centres = 4 + r.nextInt(2);
            String number = String.format(Locale.ROOT, counties >= 100 ? "%03d" : "%02d", c + 1);
            units.add(unit("County " + number, prefectureNames.get(p), "county-" + number + ".json", AdminLevel.COUNTY,
                    east, north, params(r, offices, centres, 6 + r.nextInt(3), 2.0 + 0.5 * r.nextDouble(),
                            1 + r.nextInt(2)), 0.6 + 0.8 * r.nextDouble(), 17 + 9 * r.nextDouble()));
        }
        return units;
    }

    private static String prefectureLetter(int p) {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return p < letters.length() ? String.valueOf(letters.charAt(p))
                : String.valueOf(letters.charAt(p / letters.length() - 1)) + letters.charAt(p % letters.length());
    }

    private static CityParameters.Builder params(SplittableRandom r, int offices, int centres, int sites,
            double radiusKm, int villages) {
        return CityParameters.defaults().toBuilder().seed(r.nextLong()).governmentOffices(offices)
                .serviceCentres(centres).candidateSites(sites).radiusKm(radiusKm).villages(villages);
    }

    private static Unit unit(String name, String parent, String file, AdminLevel top, double eastKm, double northKm,
            CityParameters.Builder params, double demand, double requestsPerCourier) {
        double latitude = PROVINCE_LATITUDE + northKm / KM_PER_DEGREE;
        double longitude = PROVINCE_LONGITUDE + eastKm / (KM_PER_DEGREE * StrictMath.cos(StrictMath.toRadians(PROVINCE_LATITUDE)));
        latitude = Math.round(latitude * 1e4) / 1e4;
        longitude = Math.round(longitude * 1e4) / 1e4;
        // The fleet follows the expected demand (a service centre asks 27.5 pickups a day on average, an
        // office 2.25): one courier per 17 to 26 requests a day (18 in the capital; about 18 lets the peak
        // hour's load fit, more leaves a county short-staffed), three in ten of them vans.
        CityParameters sized = params.centreLatitude(latitude).centreLongitude(longitude).build();
        double requests = demand * (27.5 * sized.serviceCentres() + 2.25 * sized.governmentOffices());
        int fleet = Math.max(3, (int) Math.round(requests / requestsPerCourier));
        int vans = Math.max(1, (int) Math.round(fleet * 0.3));
        GeneratedCity city = CityGenerator.build(sized.toBuilder().scooters(fleet - vans).vans(vans).build());
        Scenario scenario = city.scenario();
        Map<String, DistrictKind> kinds = new HashMap<>();
        for (District d : city.districts()) {
            kinds.put(d.name(), d.kind());
        }
        Location middle = scenario.hub().location();
        List<Client> inTown = new ArrayList<>();
        for (Client c : scenario.clients()) {
            if (c.kind() == ClientKind.SERVICE_CENTRE && kinds.get(district(c)) != DistrictKind.VILLAGE) {
                inTown.add(c);
            }
        }
        inTown.sort(Comparator.comparingDouble((Client c) -> squared(c.location(), middle)).thenComparing(Client::id));
        Map<String, AdminLevel> levels = new HashMap<>();
        for (int i = 0; i < inTown.size(); i++) {
            AdminLevel level;
            if (i == 0) {
                level = top;
            } else if (i == 1 && top == AdminLevel.PROVINCE) {
                level = AdminLevel.PREFECTURE;
            } else {
                level = top == AdminLevel.COUNTY ? AdminLevel.TOWNSHIP : AdminLevel.COUNTY;
            }
            levels.put(inTown.get(i).id(), level);
        }
        List<Client> clients = new ArrayList<>();
        for (Client c : scenario.clients()) {
            Client.Builder b = c.toBuilder().pickupsPerDay(Math.round(c.pickupsPerDay() * demand * 10) / 10.0);
            if (c.kind() == ClientKind.SERVICE_CENTRE) {
                b.level(levels.getOrDefault(c.id(), AdminLevel.TOWNSHIP));
            }
            clients.add(b.build());
        }
        // Room for the fleet: up to half the candidate sites open (the generated town allows a quarter).
        Budget budget = scenario.budget();
        Budget roomy = new Budget(Math.max(3, sized.candidateSites() / 2), budget.maxCouriers(), budget.maxOpeningCost());
        return new Unit(name, parent, file, scenario.toBuilder().name(name).clients(clients).budget(roomy).build());
    }

    private static String district(Client c) {
        String prefix = "Service centre ";
        return c.name().startsWith(prefix) ? c.name().substring(prefix.length()) : c.name();
    }

    private static double squared(Location a, Location b) {
        double dx = a.x() - b.x();
        double dy = a.y() - b.y();
        return dx * dx + dy * dy;
    }
}
