/**
 * The {@code outpost} command line (picocli): {@code generate}, {@code validate}, {@code travel},
 * {@code station}, {@code route}, {@code bench-literature}, {@code simulate}, {@code compare}
 * and {@code sweep} (plus {@code help}), each with {@code --help}, all of them running on
 * the built-in default city when no scenario file is given. Entry point:
 * {@link dev.outpost.sim.cli.OutpostCommand#main(String[])}. Problems are reported as one message
 * on standard error with a non-zero exit code, never as a stack trace.
 */
package dev.outpost.sim.cli;
