/**
 * Plan output: stationing and route plans as JSON and GeoJSON, written with the project's Jackson
 * mapper ({@link dev.outpost.io.OutpostJson}) in a deterministic order and number format, so the
 * same input and seed give byte-identical files; and the reader of a written stationing plan.
 */
package dev.outpost.sim.report;
