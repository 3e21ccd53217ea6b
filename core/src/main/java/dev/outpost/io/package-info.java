/**
 * Scenario files in and out: the one Jackson mapper, the scenario JSON reader and canonical
 * writer ({@code ScenarioIo}, whose documentation lists every field), validation at the edge and
 * the CSV import of clients and sites.
 *
 * <p>Reading collects every problem of a file, each with its JSON path (or CSV line and column)
 * and a reason, and throws them together in one {@code ScenarioException}; unknown fields get a
 * "did you mean" hint. Writing a scenario that was read gives back the same bytes. The JSON
 * Schema of the format, {@code dev/outpost/io/scenario.schema.json}, ships in this jar for
 * editors; the cross-field checks stay in the validator.
 */
package dev.outpost.io;
