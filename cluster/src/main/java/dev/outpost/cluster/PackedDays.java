package dev.outpost.cluster;

import dev.outpost.sim.province.DayResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run of days' results as one byte array, the form in which a Spark task sends them back. Java
 * serialisation of the {@link DayResult} records (a record, a list and a small record per KPI and per
 * service centre, each with its class descriptor handle) cost the driver and the executors CPU in
 * proportion to the objects, and the JIT work to compile that path; here each day is its numbers in a
 * {@link DataOutputStream}, the KPIs' group, name and unit strings written once per run (a table of
 * strings), the values as their exact bits, so {@link #days()} gives back equal records.
 */
final class PackedDays implements Serializable {

    private static final long serialVersionUID = 1L;

    private final byte[] bytes;

    private PackedDays(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Packs days' results.
     *
     * @param days the results, in order
     * @return them packed
     */
    static PackedDays of(List<DayResult> days) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 + 512 * days.size());
        Map<String, Integer> strings = new HashMap<>();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(days.size());
            for (DayResult day : days) {
                out.writeInt(day.unitIndex());
                out.writeInt(day.arm());
                out.writeInt(day.replication());
                out.writeInt(day.kpis().size());
                for (DayResult.KpiValue kpi : day.kpis()) {
                    string(out, strings, kpi.group());
                    string(out, strings, kpi.name());
                    string(out, strings, kpi.unit());
                    out.writeDouble(kpi.value());
                }
                out.writeInt(day.centres().size());
                for (DayResult.CentreDay centre : day.centres()) {
                    out.writeInt(centre.requests());
                    out.writeInt(centre.within());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackedDays(buffer.toByteArray());
    }

    /** A string as its index in the run's table, written in full the first time (-1: null). */
    private static void string(DataOutputStream out, Map<String, Integer> strings, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        Integer index = strings.get(s);
        if (index != null) {
            out.writeInt(index);
            return;
        }
        out.writeInt(strings.size());
        strings.put(s, strings.size());
        out.writeUTF(s);
    }

    /** {@return the days' results, equal to those packed, in the same order} */
    List<DayResult> days() {
        List<String> strings = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            List<DayResult> days = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int unitIndex = in.readInt();
                int arm = in.readInt();
                int replication = in.readInt();
                int k = in.readInt();
                List<DayResult.KpiValue> kpis = new ArrayList<>(k);
                for (int j = 0; j < k; j++) {
                    String group = string(in, strings);
                    String name = string(in, strings);
                    String unit = string(in, strings);
                    kpis.add(new DayResult.KpiValue(group, name, unit, in.readDouble()));
                }
                int c = in.readInt();
                List<DayResult.CentreDay> centres = new ArrayList<>(c);
                for (int j = 0; j < c; j++) {
                    centres.add(new DayResult.CentreDay(in.readInt(), in.readInt()));
                }
                days.add(new DayResult(unitIndex, arm, replication, kpis, centres));
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String string(DataInputStream in, List<String> strings) throws IOException {
        int index = in.readInt();
        if (index < 0) {
            return null;
        }
        if (index == strings.size()) {
            strings.add(in.readUTF());
        }
        return strings.get(index);
    }

    /** {@return the packed size in bytes} */
    int size() {
        return bytes.length;
    }
}
