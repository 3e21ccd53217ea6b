package dev.outpost.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.outpost.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read as a header row and data rows of text cells, with the line number of each row,
 * using Jackson's CSV format. Blank lines and lines starting with {@code #} are skipped; cells are
 * trimmed; an empty cell counts as absent. Problems (unknown or missing columns, rows of the wrong
 * width, unreadable text) are collected with their line and column.
 */
final class CsvTable {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    final String source;
    final List<String> header = new ArrayList<>();
    final List<String[]> rows = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();

    private CsvTable(String source) {
        this.source = source;
    }

    /**
     * Reads {@code in}; header problems go to {@code problems}.
     *
     * @param known    the documented columns
     * @param required the columns that must be present
     */
    static CsvTable read(Reader in, String source, List<String> known, List<String> required, List<Problem> problems) {
        CsvTable table = new CsvTable(source);
        CsvSchema schema = CsvSchema.emptySchema().withComments();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(schema).readValues(in)) {
            while (it.hasNextValue()) {
                String[] row = it.nextValue();
                int line = it.getParser().currentTokenLocation().getLineNr();
                if (table.header.isEmpty() && table.rows.isEmpty() && table.lines.isEmpty()) {
                    table.header(row, line, known, problems);
                    table.lines.add(line);
                    continue;
                }
                table.rows.add(row);
                table.lines.add(line);
            }
        } catch (IOException | RuntimeException e) {
            Throwable parse = e instanceof JsonProcessingException ? e : e.getCause();
            if (parse instanceof JsonProcessingException json && json.getLocation() != null) {
                int after = table.lines.isEmpty() ? 1 : table.lines.get(table.lines.size() - 1) + 1;
                problems.add(new Problem(source + " line " + json.getLocation().getLineNr(), "The CSV text cannot be read"
                        + " in the row after line " + (after - 1) + ": " + json.getOriginalMessage()
                        + "; check that every quoted cell ends with a closing quote."));
                return table;
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            problems.add(new Problem(source, "The CSV text cannot be read: " + message));
            return table;
        }
        if (table.lines.isEmpty()) {
            problems.add(new Problem(source + " line 1", "The header row is missing; the first line must name the columns: "
                    + String.join(", ", known) + "."));
            return table;
        }
        if (table.header.size() == 1 && table.header.get(0).contains(";")) {
            table.rows.clear();
            table.lines.clear();
            return table;
        }
        for (String column : required) {
            if (!table.columnIndex.containsKey(column)) {
                problems.add(new Problem(source + " line " + table.lines.get(0), "The required column '" + column
                        + "' is missing."));
            }
        }
        table.lines.remove(0);
        for (int r = 0; r < table.rows.size(); r++) {
            int width = table.rows.get(r).length;
            if (width != table.header.size()) {
                problems.add(new Problem(table.position(r), "The row has " + width + " cells for " + table.header.size()
                        + " columns; quote cells that contain commas."));
            }
        }
        return table;
    }

    private void header(String[] row, int line, List<String> known, List<Problem> problems) {
        if (row.length > 0 && row[0].startsWith("\uFEFF")) {
            row[0] = row[0].substring(1);
        }
        if (row.length == 1 && row[0].contains(";")) {
            problems.add(new Problem(source + " line " + line, "The header (" + row[0]
                    + ") is separated by semicolons; save the file as comma-separated CSV (';' separates values inside a cell)."));
            header.add(row[0]);
            return;
        }
        for (int c = 0; c < row.length; c++) {
            String name = row[c];
            header.add(name);
            if (!known.contains(name)) {
                problems.add(new Problem(source + " line " + line + ", column '" + name + "'",
                        Hints.unknown("column", name, known)));
            } else if (columnIndex.putIfAbsent(name, c) != null) {
                problems.add(new Problem(source + " line " + line + ", column '" + name + "'",
                        "The column '" + name + "' appears twice in the header."));
            }
        }
    }

    int size() {
        return rows.size();
    }

    boolean has(String column) {
        return columnIndex.containsKey(column);
    }

    /** The trimmed cell, or {@code null} when the column is absent, the row too short or the cell empty. */
    String cell(int row, String column) {
        Integer c = columnIndex.get(column);
        String[] cells = rows.get(row);
        if (c == null || c >= cells.length || cells[c].isEmpty()) {
            return null;
        }
        return cells[c];
    }

    /** Whether the row has the header's width (rows of another width are reported once, not cell by cell). */
    boolean wellFormed(int row) {
        return rows.get(row).length == header.size();
    }

    String position(int row) {
        return source + " line " + lines.get(row);
    }

    String position(int row, String column) {
        return position(row) + ", column '" + column + "'";
    }
}
