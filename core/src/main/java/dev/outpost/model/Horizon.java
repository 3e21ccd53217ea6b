package dev.outpost.model;

/**
 * The planning horizon: how many service days and the hours of each.
 *
 * @param days       number of days, at least 1
 * @param serviceDay opening hours of a day, seconds since 00:00
 */
public record Horizon(int days, TimeWindow serviceDay) {
}
