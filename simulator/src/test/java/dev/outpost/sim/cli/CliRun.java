package dev.outpost.sim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code outpost} command line in-process and keeps its exit code and output (tests). */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OutpostCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
