package dev.outpost.sim.province;

import java.io.Serializable;

/**
 * One unit of a province (a county or city): its scenario file's text, read when the province file
 * is read, so a task carries everything it needs (road network files named by the scenario are
 * resolved against {@code file}'s folder, which must then be readable where the task runs).
 *
 * @param index        its position in the province file, from 0: the order of every output
 * @param name         its name, unique in the province
 * @param parent       the name of the unit it belongs to (a county's prefecture city), or null
 * @param path         the scenario file as the province file writes it (relative to the province file's folder)
 * @param file         the scenario file, absolute
 * @param scenarioText the scenario file's text, or null when it could not be read
 * @param problem      why the file could not be read, or null
 */
public record ProvinceUnit(int index, String name, String parent, String path, String file, String scenarioText,
        String problem) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@return a label for messages: the unit's name and its file as written} */
    public String label() {
        return "unit '" + name + "' (" + path + ")";
    }
}
