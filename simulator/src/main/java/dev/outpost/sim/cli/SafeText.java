package dev.outpost.sim.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Escapes characters that a terminal would act on instead of showing: C0 controls (except the
 * line feed and the tab), DEL, C1 controls, and the bidirectional overrides and isolates, as {@code \u001b}.
 * Ids and names come from user files, so an id holding an ANSI escape would otherwise clear or
 * recolour the terminal. Every text the CLI prints or writes goes through {@link #escape}: the
 * standard output and error writers are wrapped in {@link #writer}, and written report files are
 * escaped before they are written. In JSON text the escape is itself a valid JSON string escape
 * (control characters only occur inside strings), so a JSON file reads back to the same values.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Whether {@code c} is shown escaped. */
    static boolean unsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    /**
     * {@code text} with every unsafe character as {@code \\uXXXX} (lower-case hex); line feeds and tabs are kept.
     *
     * @param text any text, or null (returned as "null")
     * @return the escaped text
     */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    /**
     * {@code text} on one line: also the line feed and the tab are escaped, so that a value from a
     * user's file (an id, a name, a CSV cell) cannot start a line of its own.
     *
     * @param text any text, or null (returned as "null")
     * @return the escaped text, on one line
     */
    public static String oneLine(CharSequence text) {
        return escape(text).replace("\n", "\\u000a").replace("\t", "\\u0009");
    }

    /** A writer that escapes everything written through it (see {@link #escape}). */
    static Writer writer(Writer target) {
        return new FilterWriter(target) {
            @Override
            public void write(int c) throws IOException {
                write(String.valueOf((char) c));
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                write(new String(buf, off, len));
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                String escaped = escape(str.substring(off, off + len));
                out.write(escaped, 0, escaped.length());
            }
        };
    }
}
