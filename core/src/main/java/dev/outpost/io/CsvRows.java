package dev.outpost.io;

import java.util.List;

/** Values imported from CSV with the line each came from (same order, same length). */
record CsvRows<T>(List<T> values, List<Integer> lines) {
}
