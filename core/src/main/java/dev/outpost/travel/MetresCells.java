package dev.outpost.travel;

/**
 * The metres of one distinct table of {@link TravelTables}, row-major with the family's row length:
 * {@code int}s, or (for the tables other than the free-flow one, read only by the static one-table
 * views) {@code char}s while every entry fits in 16 bits (0 to 65,534 m, {@code 0xFFFF} for
 * {@link TravelTimes#UNREACHABLE}): half the memory for the legs of a town. A value that does not
 * fit widens the table to {@code int}s once, keeping every entry. Written by one thread at a time;
 * a reader on another thread sees either layout with the same entries.
 */
final class MetresCells {

    private static final int NARROW_UNREACHABLE = 0xFFFF;

    private volatile int[] wide;
    private volatile char[] narrow;

    private MetresCells(int[] wide, char[] narrow) {
        this.wide = wide;
        this.narrow = narrow;
    }

    /** {@code cells} entries, 0, as {@code int}s. */
    static MetresCells wide(int cells) {
        return new MetresCells(new int[cells], null);
    }

    /** {@code cells} entries, 0, as {@code char}s until a value needs more. */
    static MetresCells narrow(int cells) {
        return new MetresCells(null, new char[cells]);
    }

    /** The {@code int} entries of a wide table (the free-flow table's, read in place by {@link TravelTables#legMetres}). */
    int[] wideArray() {
        int[] w = wide;
        if (w == null) {
            throw new IllegalStateException("The metres are stored in 16 bits; read them with get.");
        }
        return w;
    }

    /** The entry of {@code cell}. */
    int get(int cell) {
        char[] c = narrow;
        if (c != null) {
            int v = c[cell];
            return v == NARROW_UNREACHABLE ? TravelTimes.UNREACHABLE : v;
        }
        return wide[cell];
    }

    /** Writes {@code value} at {@code cell}, widening the table when it does not fit in 16 bits. */
    void set(int cell, int value) {
        char[] c = narrow;
        if (c != null) {
            if (value == TravelTimes.UNREACHABLE) {
                c[cell] = (char) NARROW_UNREACHABLE;
                return;
            }
            if (value >= 0 && value < NARROW_UNREACHABLE) {
                c[cell] = (char) value;
                return;
            }
            widen(c);
        }
        wide[cell] = value;
    }

    private void widen(char[] c) {
        int[] w = new int[c.length];
        for (int i = 0; i < c.length; i++) {
            w[i] = c[i] == NARROW_UNREACHABLE ? TravelTimes.UNREACHABLE : c[i];
        }
        wide = w;
        narrow = null;
    }

    /**
     * A profile's metres of {@code d0} distinct tables: the free-flow table's alone, wide
     * ({@code [0]}, one entry a cell), and, when {@code d0 > 1}, the others side by side per cell
     * ({@code [1]}, {@code d0 - 1} entries a cell, narrow while they fit): writing a point's column
     * touches two cache lines a row, not one per table.
     */
    static MetresCells[] group(int d0, int cells) {
        return d0 == 1 ? new MetresCells[] {wide(cells)}
                : new MetresCells[] {wide(cells), narrow(Math.multiplyExact(cells, d0 - 1))};
    }

    /** Table {@code d}'s metres of {@code cell} in a profile's {@link #group}. */
    static int get(MetresCells[] group, int d0, int d, int cell) {
        return d == 0 ? group[0].get(cell) : group[1].get(cell * (d0 - 1) + d - 1);
    }

    /** Writes table {@code d}'s metres of {@code cell} in a profile's {@link #group}. */
    static void set(MetresCells[] group, int d0, int d, int cell, int value) {
        if (d == 0) {
            group[0].set(cell, value);
        } else {
            group[1].set(cell * (d0 - 1) + d - 1, value);
        }
    }

    /** Bytes per entry: 4 wide, 2 narrow. */
    int bytesPerCell() {
        return narrow != null ? Character.BYTES : Integer.BYTES;
    }

    /**
     * A copy with row length {@code newStride} cells ({@code newStride²} cells of {@code width}
     * entries), of the first {@code n} cells of the first {@code n} rows of row length
     * {@code stride}; same layout.
     */
    MetresCells copy(int n, int stride, int newStride, int width) {
        int entries = Math.toIntExact((long) newStride * newStride * width);
        char[] c = narrow;
        if (c != null) {
            char[] out = new char[entries];
            for (int i = 0; i < n; i++) {
                System.arraycopy(c, i * stride * width, out, i * newStride * width, n * width);
            }
            return new MetresCells(null, out);
        }
        int[] w = wide;
        int[] out = new int[entries];
        for (int i = 0; i < n; i++) {
            System.arraycopy(w, i * stride * width, out, i * newStride * width, n * width);
        }
        return new MetresCells(out, null);
    }
}
