/**
 * Plan output: stationing and route plans as JSON and GeoJSON, written with the project's Jackson
 * mapper ({@link dev.outpost.io.OutpostJson}) in a deterministic order and number format, so the
 * same input and seed give byte-identical files; the reader of a written stationing plan; simulation
 * KPIs ({@code kpis.json}, CSV) and the planner's self-contained {@code report.html} ({@link
 * dev.outpost.sim.report.HtmlReport}, drawn from {@link dev.outpost.sim.report.DayTrace}s).
 */
package dev.outpost.sim.report;
