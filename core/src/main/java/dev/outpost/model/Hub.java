package dev.outpost.model;

/**
 * The sorting hub where everything collected must arrive before the cut-off.
 *
 * @param id            unique id (shares the id space of clients and sites)
 * @param location      where it is
 * @param cutoffSeconds latest arrival, seconds since 00:00
 */
public record Hub(String id, Location location, int cutoffSeconds) {
}
