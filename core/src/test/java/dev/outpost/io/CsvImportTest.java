package dev.outpost.io;

import dev.outpost.model.Problem;
import dev.outpost.model.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.model.TimeWindow;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

    private static Path csv(String name) throws URISyntaxException {
        return Path.of(CsvImportTest.class.getResource("/csv/" + name).toURI());
    }

    @Test
    void clientsCsvMatchesTheJsonExample() throws Exception {
        List<Client> clients = ClientCsv.read(csv("clients.csv"), CoordinateSystem.GEOGRAPHIC);
        assertEquals(3, clients.size());
        Scenario town = ScenarioIo.read(ScenarioIoTest.resource("/scenarios/small-town.json"), "t");
        Client townHall = town.clients().get(0);
        assertEquals(new Client(townHall.id(), "Town hall, service centre", townHall.kind(), townHall.location(),
                townHall.pickupsPerDay(), townHall.hourlyProfile(), townHall.serviceSeconds(), townHall.window(),
                townHall.responseTargetSeconds(), townHall.priority(), townHall.requiredSkills(), townHall.pickupSize()),
                clients.get(0));
        Client tax = clients.get(1);
        assertEquals(ClientKind.GOVERNMENT_OFFICE, tax.kind());
        assertEquals(Collections.nCopies(24, 1.0), tax.hourlyProfile(), "empty cell: flat default");
        assertEquals(1, tax.priority());
        assertEquals(List.of(), tax.requiredSkills());
        assertEquals(new TimeWindow(9 * 3600, 15 * 3600 + 1800), tax.window());
        Client land = clients.get(2);
        assertEquals("Land registry", land.name(), "cells are trimmed");
        assertEquals(150, land.serviceSeconds());
        assertEquals(List.of("keys", "signature"), land.requiredSkills());
    }

    @Test
    void sitesCsvMatchesTheJsonExample() throws Exception {
        List<Site> sites = SiteCsv.read(csv("sites.csv"), CoordinateSystem.GEOGRAPHIC);
        Scenario town = ScenarioIo.read(ScenarioIoTest.resource("/scenarios/small-town.json"), "t");
        assertEquals(town.sites(), sites);
    }

    @Test
    void planarColumns() {
        List<Site> sites = SiteCsv.read(new StringReader("id,x,y,max_couriers\nd1,10.5,-3,2\n"), "depots.csv",
                CoordinateSystem.PLANAR);
        assertEquals(List.of(new Site("d1", "d1", Location.planar(10.5, -3), SiteStatus.CANDIDATE, 0, 2)), sites);
    }

    @Test
    void badClientsReportEveryProblemWithLineAndColumn() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ClientCsv.read(csv("clients-bad.csv"), CoordinateSystem.GEOGRAPHIC));
        assertEquals(List.of(
                "clients-bad.csv line 1, column 'pickup_per_day': The column 'pickup_per_day' is unknown; did you mean 'pickups_per_day'?",
                "clients-bad.csv line 1, column 'colour': The column 'colour' is unknown; expected one of: " + String.join(", ", ClientCsv.COLUMNS) + ".",
                "clients-bad.csv line 1: The required column 'pickups_per_day' is missing.",
                "clients-bad.csv line 5: The row has 7 cells for 11 columns; quote cells that contain commas.",
                "clients-bad.csv line 3, column 'kind': The client kind 'service-center' is unknown; did you mean 'service-centre'?",
                "clients-bad.csv line 3, column 'window_end': The window ends (08:00) before it starts (17:00); the end must not be before the start.",
                "clients-bad.csv line 4, column 'service_minutes': The duration (-3 minutes) must be a number of minutes from 0 to 100000.",
                "clients-bad.csv line 4, column 'id': The id 'c1' is already used on line 2; ids must be unique."),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void badSitesReportEveryProblemWithLineAndColumn() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> SiteCsv.read(csv("sites-bad.csv"), CoordinateSystem.GEOGRAPHIC));
        assertEquals(List.of(
                "sites-bad.csv line 2, column 'status': The site status 'open' is unknown; expected one of: candidate, fixed-open, closed.",
                "sites-bad.csv line 3, column 'opening_cost': The opening cost (-5) must not be negative.",
                "sites-bad.csv line 3, column 'max_couriers': The maximum number of couriers (0) must be at least 1 for a site that is not closed.",
                "sites-bad.csv line 4, column 'lon': The cell is empty; a value is required."),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void scenarioWithClientsAndSitesFromCsv() throws Exception {
        Path town = Path.of(CsvImportTest.class.getResource("/scenarios/small-town.json").toURI());
        Scenario s = ScenarioIo.read(town, csv("clients.csv"), csv("sites.csv"));
        assertEquals(List.of("c-townhall", "c-tax", "c-land"), s.clients().stream().map(Client::id).toList());
        assertEquals(ScenarioIo.read(town).sites(), s.sites());
        assertEquals(s, ScenarioIo.read(ScenarioIo.write(s), "merged"));
    }

    @Test
    void scenarioWideProblemsOfCsvRowsKeepTheirLineAndColumn(@TempDir Path dir) throws Exception {
        Path town = Path.of(CsvImportTest.class.getResource("/scenarios/small-town.json").toURI());
        Path clients = dir.resolve("clients.csv");
        Files.writeString(clients, String.join("\n",
                "id,kind,lat,lon,pickups_per_day,service_minutes,response_target_minutes,required_skills,window_start,window_end",
                "c1,government-office,50.08,14.43,2,3,30,,08:00,12:00",
                "s-north,government-office,50.08,14.43,2,3,30,,,",
                "c3,service-centre,50.08,14.43,2,3,30,keys;cold-chain,20:00,21:00", ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioIo.read(town, clients, null));
        assertEquals(List.of(
                "clients.csv line 3, column 'id': The id 's-north' is already used at $.sites[0].id; ids must be unique across the hub, sites and clients.",
                "clients.csv line 4, column 'window_start': The window (20:00-21:00) lies outside the service day (07:00-19:00); the client could never be served.",
                "clients.csv line 4, column 'required_skills': The required skill 'cold-chain' is held by no courier type; add it to a courier type's skills."),
                e.problems().stream().map(Problem::toString).toList());
        Path broken = dir.resolve("sites.csv");
        Files.writeString(broken, "id,lat,lon\ns9,50,14\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioIo.read(town, clients, broken));
        assertEquals(List.of("sites.csv line 1: The required column 'max_couriers' is missing."),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void spreadsheetExportsWithByteOrderMarkOrSemicolons(@TempDir Path dir) throws IOException {
        Path withBom = dir.resolve("sites.csv");
        Files.writeString(withBom, "\uFEFFid,lat,lon,max_couriers\r\ns1,50.1,14.2,2\r\n");
        assertEquals(List.of(new Site("s1", "s1", Location.ofLatLon(50.1, 14.2), SiteStatus.CANDIDATE, 0, 2)),
                SiteCsv.read(withBom, CoordinateSystem.GEOGRAPHIC));
        ScenarioException e = assertThrows(ScenarioException.class, () -> SiteCsv.read(
                new StringReader("id;lat;lon;max_couriers\ns1;50.1;14.2;2\n"), "sites.csv", CoordinateSystem.GEOGRAPHIC));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("sites.csv line 1", e.problems().get(0).path());
        assertTrue(e.problems().get(0).reason().contains("separated by semicolons"), e.getMessage());
    }

    @Test
    void emptyFileAndLatitudeOutOfRange() {
        ScenarioException empty = assertThrows(ScenarioException.class,
                () -> SiteCsv.read(new StringReader(""), "sites.csv", CoordinateSystem.GEOGRAPHIC));
        assertEquals("sites.csv line 1", empty.problems().get(0).path());
        ScenarioException range = assertThrows(ScenarioException.class, () -> SiteCsv.read(
                new StringReader("id,lat,lon,max_couriers\ns1,14.4,195,1\n"), "sites.csv", CoordinateSystem.GEOGRAPHIC));
        assertEquals(List.of("sites.csv line 2, column 'lon': The longitude (195) is outside -180..180."),
                range.problems().stream().map(Problem::toString).toList());
    }
}
