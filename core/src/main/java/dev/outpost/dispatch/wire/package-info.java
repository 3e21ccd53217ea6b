/**
 * The dispatch event log as a file format: one JSON object a line ({@code .jsonl}), each a
 * {@link dev.outpost.dispatch.wire.WireEvent} with its time of day as {@code "HH:MM:SS"} and an
 * optional {@code "day"}. {@link dev.outpost.dispatch.wire.WireReader} reads a log and reports every
 * bad line by line number and field; {@link dev.outpost.dispatch.wire.WireWriter} writes events in
 * the canonical form. The JSON Schema is published beside this package's classes as
 * {@code dev/outpost/dispatch/wire/dispatch-events.schema.json} (and documented in
 * {@code docs/event-log.md}).
 *
 * <p>Only Jackson and the model are used: the command line ({@code outpost replay}) and a service
 * speak the same codec. Mapping wire events onto the dispatcher's own events (fleet ids, table
 * points) is the caller's.
 */
package dev.outpost.dispatch.wire;
