package dev.outpost.cluster;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * A CSV table of the province job (header, then rows) written as one Parquet file, on the driver
 * (so {@code --out} is a local folder, whichever cluster ran the tasks). Each column gets a type
 * from its values: {@code INT64} when every value is a whole number, {@code DOUBLE} when every value
 * is a number, {@code BOOLEAN} when every value is {@code true} or {@code false}, else a UTF-8 string
 * (so also a column with no value at all); an empty value is null. Column names are the CSV's, lower case,
 * with every run of other characters than letters and digits turned into one {@code _}
 * ({@code "mean response (min)"} becomes {@code mean_response_min}), as every Parquet reader takes them.
 */
public final class ParquetTables {

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|NaN|-?Infinity");

    /** The type a column takes. */
    enum ColumnType { WHOLE, NUMBER, BOOLEAN, TEXT }

    private ParquetTables() {
    }

    /**
     * A CSV text parsed into its header and rows (every row as long as the header).
     *
     * @param header the column names as in the CSV
     * @param rows   the values, row by row
     */
    record Table(List<String> header, List<List<String>> rows) {
    }

    /**
     * Parses CSV text (RFC 4180, first line the header).
     *
     * @param csv  the text
     * @param name the file's name, for messages
     * @return the table
     * @throws IllegalArgumentException when a row's length differs from the header's
     */
    static Table parse(String csv, String name) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            while (it.hasNext()) {
                lines.add(it.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("The table " + name + " has no header.");
        }
        List<String> header = lines.get(0);
        List<List<String>> rows = lines.subList(1, lines.size());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("The table " + name + ", line " + (i + 2) + ": " + rows.get(i).size()
                        + " values for " + header.size() + " columns.");
            }
        }
        return new Table(List.copyOf(header), List.copyOf(rows));
    }

    /** {@return the column name as Parquet readers take it} */
    static String columnName(String csvName) {
        String name = csvName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return name.isEmpty() ? "column" : name;
    }

    /** {@return the type of column {@code c}: the narrowest that takes every non-empty value} */
    static ColumnType typeOf(Table table, int c) {
        boolean any = false;
        boolean whole = true;
        boolean number = true;
        boolean bool = true;
        for (List<String> row : table.rows()) {
            String v = row.get(c);
            if (v.isEmpty()) {
                continue;
            }
            any = true;
            whole &= WHOLE.matcher(v).matches();
            number &= NUMBER.matcher(v).matches();
            bool &= v.equals("true") || v.equals("false");
        }
        if (!any) {
            return ColumnType.TEXT;
        }
        return whole ? ColumnType.WHOLE : number ? ColumnType.NUMBER : bool ? ColumnType.BOOLEAN : ColumnType.TEXT;
    }

    /** {@return the Parquet schema of the table: one optional column per CSV column} */
    static MessageType schema(Table table, String name) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        List<String> seen = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            String column = columnName(table.header().get(c));
            String unique = column;
            for (int k = 2; seen.contains(unique); k++) {
                unique = column + "_" + k;
            }
            seen.add(unique);
            switch (typeOf(table, c)) {
                case WHOLE -> builder.optional(PrimitiveTypeName.INT64).named(unique);
                case NUMBER -> builder.optional(PrimitiveTypeName.DOUBLE).named(unique);
                case BOOLEAN -> builder.optional(PrimitiveTypeName.BOOLEAN).named(unique);
                case TEXT -> builder.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(unique);
                default -> throw new IllegalStateException();
            }
        }
        return builder.named(columnName(name));
    }

    /**
     * Writes a one-row table into a temporary file and deletes it: the first Parquet file a JVM writes
     * costs a second or more (loading Parquet's and Hadoop's classes), the next ones a fraction. Run
     * beside Spark's start, so the job's own two files are written warm at the end. Best effort: a
     * failure here is let be (the real write reports its own).
     */
    static void warmUp() {
        try {
            Path file = Files.createTempFile("outpost-warm-up.", ".parquet");
            try {
                write("name,count,share,ok\nwarm-up,1,0.5,true\n", "warm_up", file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: only a slower first write.
        }
    }

    /**
     * Writes the CSV text {@code csv} as the Parquet file {@code file} (replaced if present).
     *
     * @param csv  the table as CSV, header first
     * @param name the table's name (for the schema and messages)
     * @param file the Parquet file
     * @throws UncheckedIOException when it cannot be written
     */
    public static void write(String csv, String name, Path file) {
        Table table = parse(csv, name);
        MessageType schema = schema(table, name);
        List<ColumnType> types = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            types.add(typeOf(table, c));
        }
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try {
            Files.deleteIfExists(file);
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                    .withType(schema)
                    .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .build()) {
                for (List<String> row : table.rows()) {
                    Group g = groups.newGroup();
                    for (int c = 0; c < row.size(); c++) {
                        String v = row.get(c);
                        if (v.isEmpty()) {
                            continue;
                        }
                        switch (types.get(c)) {
                            case WHOLE -> g.add(c, Long.parseLong(v));
                            case NUMBER -> g.add(c, Double.parseDouble(v));
                            case BOOLEAN -> g.add(c, Boolean.parseBoolean(v));
                            case TEXT -> g.add(c, v);
                            default -> throw new IllegalStateException();
                        }
                    }
                    writer.write(g);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The Parquet file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }
}
