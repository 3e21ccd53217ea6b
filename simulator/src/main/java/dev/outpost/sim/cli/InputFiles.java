package dev.outpost.sim.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks and reads the files a command is given, before any parser sees them: the file must exist,
 * be a regular file (not a folder, device or pipe: {@code /dev/zero} is refused), be readable, be
 * at most {@link #MAX_BYTES} long, and be UTF-8 text. Every failure is a {@link CliException}
 * (exit 1) naming the file, the reason and the fix, in plain words.
 */
final class InputFiles {

    /** The largest input file read, bytes (256 MiB; a 100,000-client scenario is about 60 MB). */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private InputFiles() {
    }

    /**
     * Checks that {@code file} can be read as an input.
     *
     * @param what what the file is, for messages ("scenario file", "clients CSV")
     * @throws CliException (exit 1) when it cannot
     */
    static void check(Path file, String what) {
        String name = SafeText.oneLine(file.toString());
        if (!Files.exists(file)) {
            Path parent = file.toAbsolutePath().getParent();
            String hint = parent != null && !Files.isDirectory(parent) ? " (its folder " + SafeText.oneLine(parent.toString())
                    + " does not exist either)" : "";
            throw CliException.input("The " + what + " (" + name + ") does not exist" + hint + "; check the path.");
        }
        if (Files.isDirectory(file)) {
            throw CliException.input("The " + what + " (" + name + ") is a folder; name a file inside it.");
        }
        if (!Files.isRegularFile(file)) {
            throw CliException.input("The " + what + " (" + name + ") is not a regular file (a device, pipe or socket);"
                    + " save the content to a file and name that.");
        }
        if (!Files.isReadable(file)) {
            throw CliException.input("The " + what + " (" + name + ") cannot be read: permission denied;"
                    + " check its permissions.");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw CliException.input("The " + what + " (" + name + ") cannot be read: " + IoMessages.reason(e) + ".");
        }
        if (size > MAX_BYTES) {
            throw CliException.input(String.format(Locale.ROOT, "The %s (%s) is %,d bytes, more than the limit of %,d bytes;"
                    + " split it or check that it is the right file.", what, name, size, MAX_BYTES));
        }
    }

    /**
     * The UTF-8 text of {@code file} (without a leading byte-order mark), after {@link #check}.
     *
     * @throws CliException (exit 1) when it cannot be read or is not UTF-8
     */
    static String readText(Path file, String what) {
        check(file, what);
        String name = SafeText.oneLine(file.toString());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CliException.input("The " + what + " (" + name + ") does not exist; check the path.");
        } catch (AccessDeniedException e) {
            throw CliException.input("The " + what + " (" + name + ") cannot be read: permission denied; check its permissions.");
        } catch (IOException e) {
            throw CliException.input("The " + what + " (" + name + ") cannot be read: " + IoMessages.reason(e) + ".");
        }
        if (bytes.length > MAX_BYTES) {
            throw CliException.input("The " + what + " (" + name + ") grew past the limit of " + MAX_BYTES + " bytes while it was read.");
        }
        String text = decode(bytes, what, name);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decode(byte[] bytes, String what, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalid(bytes);
            int line = 1;
            for (int i = 0; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw CliException.input(String.format(Locale.ROOT, "The %s (%s) is not UTF-8 text: the byte 0x%02X on line %d"
                    + " (byte offset %d) is not valid UTF-8; save the file as UTF-8.", what, name,
                    offset < bytes.length ? bytes[offset] & 0xff : 0, line, offset));
        }
    }

    /** The offset of the first byte that is not part of a valid UTF-8 sequence. */
    private static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult result = decoder.decode(in, out, true);
            if (!result.isOverflow()) {
                return result.isError() ? in.position() : bytes.length;
            }
            out.clear();
        }
    }
}
