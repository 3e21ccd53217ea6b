package dev.outpost.sim.cli;

import java.math.BigInteger;
import picocli.CommandLine;

/**
 * The number options of every command: whole numbers that are too large say so with the maximum,
 * and NaN and the infinities are refused. Registered for all commands in
 * {@link OutpostCommand#commandLine()}; the range of each option is declared and checked in {@link OptionRanges}.
 */
final class NumberConverters {

    private NumberConverters() {
    }

    static void register(CommandLine cli) {
        cli.registerConverter(Integer.class, v -> (int) whole(v, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cli.registerConverter(Integer.TYPE, v -> (int) whole(v, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cli.registerConverter(Long.class, v -> whole(v, Long.MIN_VALUE, Long.MAX_VALUE));
        cli.registerConverter(Long.TYPE, v -> whole(v, Long.MIN_VALUE, Long.MAX_VALUE));
        cli.registerConverter(Double.class, NumberConverters::finite);
        cli.registerConverter(Double.TYPE, NumberConverters::finite);
    }

    static long whole(String text, long min, long max) {
        String value = text.strip();
        if (!value.matches("[+-]?[0-9]+")) {
            throw new CommandLine.TypeConversionException("'" + SafeText.oneLine(text) + "' is not a whole number;"
                    + " give digits only, such as 10.");
        }
        BigInteger number = new BigInteger(value);
        if (number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too large; the maximum is " + max + ".");
        }
        if (number.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too small; the minimum is " + min + ".");
        }
        return number.longValue();
    }

    static double finite(String text) {
        String value = text.strip();
        if (!value.matches("[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?")) {
            throw new CommandLine.TypeConversionException("'" + SafeText.oneLine(text) + "' is not a finite decimal number"
                    + " (NaN and Infinity are refused); give a number such as 2.5.");
        }
        double number = Double.parseDouble(value);
        if (!Double.isFinite(number)) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too large; give a number below "
                    + Double.MAX_VALUE + ".");
        }
        return number;
    }
}
