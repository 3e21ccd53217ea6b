package dev.outpost.sim.province;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.ProvinceGenerator;
import dev.outpost.io.ScenarioIo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task API's contract, as another engine (Spark) relies on it: tasks and results survive Java
 * serialisation and a task run from its copy gives an equal result; the results aggregated in any
 * order give the local engine's files; a missing or duplicated result is refused.
 */
class ProvinceJobTest {

    @TempDir
    static Path tmp;

    static ProvinceFile province;
    static final ProvinceOptions OPTIONS = new ProvinceOptions(2, 0, 9, 60, 1, "cheapest-insertion");
    static final List<TaskResult> RESULTS = new ArrayList<>();
    static ProvinceResults local;

    @BeforeAll
    static void runByHand() throws IOException {
        List<ProvinceGenerator.Unit> units = ProvinceGenerator.generate(1, 11);
        ProvinceGenerator.Unit county = units.get(units.size() - 1);
        Files.writeString(tmp.resolve("county.json"), ScenarioIo.write(county.scenario()));
        Path file = tmp.resolve("province.json");
        Files.writeString(file, ProvinceFile.toJson("Two", ProvinceFile.Defaults.NONE, List.of(
                new ProvinceFile.Entry("County", null, "county.json"),
                new ProvinceFile.Entry("Same again", "County", "county.json"))));
        province = ProvinceFile.read(file);
        for (UnitTask task : ProvinceJob.plan(province, OPTIONS)) {
            UnitSetup setup = (UnitSetup) ProvinceJob.run(copy(task));
            RESULTS.add(setup);
            for (DayTask day : ProvinceJob.days(OPTIONS, task.unit(), setup)) {
                RESULTS.add(ProvinceJob.run(copy(day)));
            }
        }
        local = ProvinceJob.runLocal(province, OPTIONS, 2, null);
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void tasksAndResultsSurviveSerialisation() {
        assertEquals(2 + 2 * 2 * OPTIONS.replications(), RESULTS.size(), "two stage-1 results and 2 x R days each");
        for (TaskResult r : RESULTS) {
            assertEquals(r, copy(r));
        }
        UnitTask task = ProvinceJob.plan(province, OPTIONS).get(0);
        DayTask day = ProvinceJob.days(OPTIONS, task.unit(), (UnitSetup) RESULTS.get(0)).get(3);
        assertEquals(ProvinceJob.day(day), ProvinceJob.day(copy(day)), "a pure function of the task");
    }

    @Test
    void anyOrderGivesTheLocalEnginesFiles() {
        Map<String, String> expected = ProvinceOutputs.texts(local);
        List<TaskResult> shuffled = new ArrayList<>(RESULTS);
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(expected, ProvinceOutputs.texts(ProvinceJob.aggregate(province, OPTIONS, shuffled)));
        Collections.reverse(shuffled);
        assertEquals(expected, ProvinceOutputs.texts(ProvinceJob.aggregate(province, OPTIONS, shuffled)));
        // The same scenario twice gives the same figures: units do not depend on each other.
        assertEquals(local.units().get(0).optimised(), local.units().get(1).optimised());
        assertNotNull(local.units().get(0).scenario());
    }

    @Test
    void levelGroupsAddUpToTheServiceCentresAndTheCentreTallies() {
        ProvinceResults.UnitResult unit = local.units().get(0);
        for (int day = 0; day < OPTIONS.replications(); day++) {
            dev.outpost.sim.kpi.RunKpis kpis = unit.today().get(day);
            double levels = 0;
            for (dev.outpost.model.AdminLevel level : dev.outpost.model.AdminLevel.values()) {
                if (kpis.metrics().stream().anyMatch(m -> m.group().equals("level:" + level.label()))) {
                    levels += kpis.value("level:" + level.label(), "requests");
                }
            }
            assertTrue(levels > 0, "the generated county has levelled centres");
            assertEquals(kpis.value("class:SERVICE_CENTRE", "requests"), levels, "every centre of the county has a level");
        }
        long tallied = unit.todayCentres().stream().mapToLong(DayResult.CentreDay::requests).sum();
        double counted = unit.today().stream().mapToDouble(k -> k.value("class:SERVICE_CENTRE", "requests")).sum();
        assertEquals(counted, tallied, "the per-centre tallies add up to the KPIs");
    }

    @Test
    void growthIsAWhatIfOnEveryUnit() {
        ProvinceOptions grown = new ProvinceOptions(2, 0, 9, 60, 1, "cheapest-insertion", 1.5);
        ProvinceResults results = ProvinceJob.runLocal(province, grown, 2, null);
        for (int u = 0; u < 2; u++) {
            assertEquals(local.units().get(u).setup().optimised(), results.units().get(u).setup().optimised(),
                    "the stationing plans the scenario's own demand");
            double before = local.units().get(u).today().stream().mapToDouble(k -> k.value("all", "requests")).sum();
            double after = results.units().get(u).today().stream().mapToDouble(k -> k.value("all", "requests")).sum();
            assertTrue(after > 1.3 * before, "half as many requests again: " + before + " -> " + after);
        }
        assertTrue(ProvinceOutputs.texts(results).get(ProvinceOutputs.PROVINCE_JSON).contains("\"growth\": 1.5"));
        assertThrows(IllegalArgumentException.class, () -> new ProvinceOptions(2, 0, 9, 60, 1, "cheapest-insertion", 0));
    }

    @Test
    void aMissingOrDuplicatedResultIsRefused() {
        List<TaskResult> missing = new ArrayList<>(RESULTS);
        missing.remove(missing.size() - 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProvinceJob.aggregate(province, OPTIONS, missing));
        assertTrue(e.getMessage().contains("misses day"), e.getMessage());
        List<TaskResult> twice = new ArrayList<>(RESULTS);
        twice.add(RESULTS.get(1));
        e = assertThrows(IllegalArgumentException.class, () -> ProvinceJob.aggregate(province, OPTIONS, twice));
        assertTrue(e.getMessage().contains("duplicated"), e.getMessage());
    }
}
