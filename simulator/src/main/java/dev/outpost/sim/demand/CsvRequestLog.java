package dev.outpost.sim.demand;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.outpost.io.Times;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a log of real requests for replay: a CSV with a header and the columns {@code time}
 * ({@code HH:MM[:SS]} or seconds since 00:00), {@code client} (a client id of the scenario) and the
 * optional {@code size} and {@code priority} (positive integers; empty = the client's). Every bad
 * row is reported, by line and column, in one {@link ScenarioException}.
 */
public final class CsvRequestLog {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvRequestLog() {
    }

    /**
     * Reads {@code in} against {@code scenario}.
     *
     * @param source the file name, for messages
     * @param in the CSV text
     * @param scenario the scenario whose client ids the log names
     * @param serviceTimes how the time at the door is drawn
     * @throws ScenarioException listing every bad row as {@code line N, column NAME}
     * @return the logged requests as a scheduled demand
      * @throws IOException when {@code in} cannot be read
     */
    public static ScheduledDemand read(Reader in, String source, Scenario scenario, ServiceTimes serviceTimes) throws IOException {
        Map<String, Integer> clients = new HashMap<>();
        for (int c = 0; c < scenario.clients().size(); c++) {
            clients.put(scenario.clients().get(c).id(), c);
        }
        List<Problem> problems = new ArrayList<>();
        List<ScheduledDemand.Entry> entries = new ArrayList<>();
        int line = 1;
        try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).readValues(in)) {
            if (!rows.hasNext()) {
                throw new ScenarioException(source, List.of(new Problem("line 1", "The request log is empty; it needs"
                        + " a header with time,client[,size,priority].")));
            }
            String[] header = rows.next();
            Map<String, Integer> column = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                column.put(header[i].trim().toLowerCase(Locale.ROOT), i);
            }
            for (String required : List.of("time", "client")) {
                if (!column.containsKey(required)) {
                    problems.add(new Problem("line 1", "The header lacks the column " + required
                            + "; expected time,client[,size,priority]."));
                }
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(source, problems);
            }
            while (rows.hasNext()) {
                String[] row = rows.next();
                line++;
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                String where = "line " + line + ", column ";
                int problemsBefore = problems.size();
                String timeText = cell(row, column.get("time"));
                long time = -1;
                if (timeText.matches("\\d{1,6}")) {
                    time = Long.parseLong(timeText);
                } else {
                    time = Times.parseOrMinusOne(timeText);
                }
                if (time < 0 || time >= Times.DAY_SECONDS) {
                    problems.add(new Problem(where + "time", "The time (" + timeText
                            + ") must be HH:MM[:SS] or seconds since 00:00 below 86400."));
                }
                String clientId = cell(row, column.get("client"));
                Integer client = clients.get(clientId);
                if (client == null) {
                    problems.add(new Problem(where + "client", "The client (" + clientId
                            + ") is not a client id of the scenario."));
                }
                int size = positiveOrZero(row, column.get("size"), where + "size", problems);
                int priority = positiveOrZero(row, column.get("priority"), where + "priority", problems);
                if (problems.size() == problemsBefore) {
                    entries.add(new ScheduledDemand.Entry(time, client, size, priority));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(malformed(e, line));
        } catch (RuntimeException e) {
            // The row iterator wraps a parse error (such as a quote that is never closed) unchecked.
            if (!(e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException parse)) {
                throw e;
            }
            problems.add(malformed(parse, line));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
        return new ScheduledDemand(entries, serviceTimes);
    }

    /** A parse error found at the parser's line, in the row after the {@code lastRow}th. */
    private static Problem malformed(com.fasterxml.jackson.core.JsonProcessingException e, int lastRow) {
        return new Problem("line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()),
                "The CSV is malformed in the row after line " + lastRow + ": " + e.getOriginalMessage()
                        + "; check that every quoted cell ends with a closing quote.");
    }

    private static String cell(String[] row, Integer index) {
        return index == null || index >= row.length ? "" : row[index].trim();
    }

    private static int positiveOrZero(String[] row, Integer index, String where, List<Problem> problems) {
        String text = cell(row, index);
        if (text.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(where, "The value (" + text + ") must be a whole number at least 1, or empty."));
        return 0;
    }
}
