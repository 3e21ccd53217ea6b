package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code outpost travel} with courier profiles and departure times, on the default city. */
class TravelProfilesCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = OutpostCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static double minutes(String out, String label) {
        for (String line : out.split("\n")) {
            if (line.startsWith(label + ": ")) {
                return Double.parseDouble(line.substring(label.length() + 2).split(" ")[0]);
            }
        }
        throw new AssertionError("no '" + label + "' line in:\n" + out);
    }

    @Test
    void withoutOptionsOneLinePerCourierTypeAtPeakAndOffPeak() {
        Run r = run("travel");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("courier type scooter: peak 08:00 mean "), r.out());
        assertTrue(r.out().contains("courier type van: peak 08:00 mean "), r.out());
        assertTrue(r.out().contains("off-peak 09:30"), r.out());
        assertTrue(r.out().contains("p90 travel time: "), r.out());
        assertTrue(r.err().contains("profile tables: 10 tables"), r.err());
    }

    @Test
    void theMorningPeakIsSlowerThanTheAfternoonForEachCourierType() {
        for (String type : new String[] {"scooter", "van"}) {
            Run peak = run("travel", "--courier-type", type, "--depart", "08:30");
            Run calm = run("travel", "--courier-type", type, "--depart", "14:00");
            assertEquals(0, peak.exitCode(), peak.err());
            assertTrue(peak.out().contains("courier type: " + type + ", departure: 08:30"), peak.out());
            assertTrue(minutes(peak.out(), "mean travel time") > minutes(calm.out(), "mean travel time"),
                    peak.out() + calm.out());
            assertEquals(peak.out(), run("travel", "--courier-type", type, "--depart", "08:30").out());
        }
    }

    @Test
    void aDepartureThatIsNotATimeIsRejected() {
        Run r = run("travel", "--depart", "8h30");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("The departure time (8h30) is not a time of day"), r.err());
    }
}
