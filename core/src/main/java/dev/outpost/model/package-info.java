/**
 * The scenario model: immutable records describing one planning case, with no behaviour beyond
 * validation of single values.
 *
 * <p>A {@link dev.outpost.model.Scenario} holds the hub (with its evening cut-off), the candidate
 * and fixed outpost sites, the clients (government offices and service centres, each with its
 * pickups per day, hourly profile, service time, time window and response target), the courier
 * types, the planning horizon, the budget and the {@link dev.outpost.model.TravelSpec} that says how
 * travel times are obtained. Units are in the names: times of day and durations in seconds
 * (times of day as seconds since 00:00), coordinates as latitude/longitude degrees or planar
 * metres ({@link dev.outpost.model.CoordinateSystem}). The scenario file uses minutes and
 * {@code "HH:MM"}; the conversion happens in {@code dev.outpost.io}.
 *
 * <p>Depends on nothing else in Outpost; every other package builds on it.
 */
package dev.outpost.model;
