package dev.outpost.sim.literature.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the OR-Library p-median files (Beasley 1985, 1990): first line {@code n m p}, then
 * {@code m} lines {@code i j cost} of undirected edges between 1-based vertices. When a vertex
 * pair appears more than once the LAST occurrence wins (only this reproduces the published
 * optima; keeping the shorter edge does not). Distances are all-pairs shortest paths over the
 * graph, by Floyd-Warshall on a flat {@code int} array (O(n^3), 0.1 s for n = 900).
 */
public final class PmedReader {

    private static final int INFINITE = Integer.MAX_VALUE / 2;

    private PmedReader() {
    }

    /**
     * Reads one instance file; its name is the file name without {@code .txt}.
     *
     * @param file the instance file
     * @return the instance, named after the file without {@code .txt}
      * @throws IOException when the file cannot be read
     */
    public static PmedInstance read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String header = nextNonEmpty(in);
            int lineNo = 1;
            if (header == null) {
                throw new IOException("The file (" + file + ") is empty; expected 'n m p' on line 1.");
            }
            int[] first = ints(header, 3, file, lineNo);
            int n = first[0];
            int m = first[1];
            int p = first[2];
            if (n <= 0 || m < 0 || p <= 0 || p > n) {
                throw new IOException("The header of " + file + " (n " + n + ", m " + m + ", p " + p
                        + ") is invalid; need n > 0, m >= 0 and 0 < p <= n.");
            }
            int[] edge = new int[n * n];
            Arrays.fill(edge, INFINITE);
            for (int e = 0; e < m; e++) {
                String line = in.readLine();
                lineNo++;
                if (line == null) {
                    throw new IOException("The file (" + file + ") ends at line " + lineNo + " after " + e
                            + " edges; the header promises " + m + ".");
                }
                if (line.isBlank()) {
                    e--;
                    continue;
                }
                int[] v = ints(line, 3, file, lineNo);
                int i = v[0] - 1;
                int j = v[1] - 1;
                if (i < 0 || i >= n || j < 0 || j >= n || v[2] < 0) {
                    throw new IOException("The edge on line " + lineNo + " of " + file + " (" + line.trim()
                            + ") names a vertex outside 1.." + n + " or has a negative cost.");
                }
                edge[i * n + j] = v[2];
                edge[j * n + i] = v[2];
            }
            for (int i = 0; i < n; i++) {
                edge[i * n + i] = 0;
            }
            floydWarshall(edge, n);
            for (int i = 0; i < edge.length; i++) {
                if (edge[i] >= INFINITE) {
                    throw new IOException("The graph of " + file + " is disconnected: no path from vertex "
                            + (i / n + 1) + " to " + (i % n + 1) + ".");
                }
            }
            return new PmedInstance(name, n, p, edge);
        }
    }

    /** All-pairs shortest paths in place on a row-major {@code n x n} table ({@link #INFINITE} = no edge). */
    static void floydWarshall(int[] d, int n) {
        for (int k = 0; k < n; k++) {
            int rowK = k * n;
            for (int i = 0; i < n; i++) {
                int rowI = i * n;
                int dik = d[rowI + k];
                if (dik >= INFINITE) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    int via = dik + d[rowK + j];
                    if (via < d[rowI + j]) {
                        d[rowI + j] = via;
                    }
                }
            }
        }
    }

    /**
     * Reads {@code optima.csv} ({@code instance,n,p,optimum,source}) into instance name -> optimum,
     * through {@link BestKnownTable}.
     *
     * @param csv the {@code optima.csv} file
     * @throws LiteratureFormatException naming the file and line of a malformed row
     * @return instance name to optimum, in file order
     */
    public static Map<String, Long> readOptima(Path csv) {
        Map<String, Long> optima = new LinkedHashMap<>();
        for (BestKnownTable.Entry entry : BestKnownTable.read(csv).entries()) {
            optima.put(entry.instance(), Math.round(entry.value()));
        }
        return optima;
    }

    /**
     * The instance files {@code pmed<k>.txt} in {@code dir}, in numeric order of k.
     *
     * @param dir the folder
     * @return the instance files {@code pmed<k>.txt} in {@code dir}, in numeric order of k
      * @throws IOException when the folder cannot be listed
     */
    public static List<Path> instanceFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var stream = Files.list(dir)) {
            stream.filter(f -> f.getFileName().toString().matches("pmed\\d+\\.txt")).forEach(files::add);
        }
        files.sort((a, b) -> Integer.compare(number(a), number(b)));
        return files;
    }

    private static int number(Path f) {
        return Integer.parseInt(f.getFileName().toString().replaceAll("\\D", ""));
    }

    private static String nextNonEmpty(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    private static int[] ints(String line, int count, Path file, int lineNo) throws IOException {
        String[] parts = line.trim().split("\\s+");
        if (parts.length < count) {
            throw new IOException("Line " + lineNo + " of " + file + " (" + line.trim() + ") has " + parts.length
                    + " numbers; expected " + count + ".");
        }
        int[] v = new int[count];
        for (int k = 0; k < count; k++) {
            try {
                v[k] = Integer.parseInt(parts[k]);
            } catch (NumberFormatException e) {
                throw new IOException("Line " + lineNo + ", column " + (k + 1) + " of " + file + " ('" + parts[k]
                        + "') is not a whole number.", e);
            }
        }
        return v;
    }
}
