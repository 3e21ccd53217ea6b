package dev.outpost.sim.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Turns Java I/O exceptions into plain words for messages: never a Java class name.
 */
final class IoMessages {

    private IoMessages() {
    }

    private static final java.util.regex.Pattern QUALIFIED_EXCEPTION = java.util.regex.Pattern.compile(
            "(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9]*(?:Exception|Error))");

    private static final java.util.regex.Pattern BARE_EXCEPTION = java.util.regex.Pattern.compile(
            "\\b([A-Z][A-Za-z0-9]*(?:Exception|Error))\\b:? ?");

    /**
     * {@code message} with the internals of Java and Jackson put in plain words: parser feature
     * and class names, source markers, exception class names. Used on every message the CLI prints.
     */
    static String plain(String message) {
        if (message == null) {
            return "";
        }
        String text = message;
        text = text.replaceAll("Trailing token \\(of type \\w+\\) found after value.*",
                "there is more content after the end of the JSON value; remove it or keep one value per file");
        text = text.replaceAll("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)[^\\n]*",
                "the JSON is nested more than $2 levels deep; a scenario needs only a few levels");
        text = text.replaceAll(" ?\\(start marker at \\[Source: [^\\n]*?; line: (\\d+), column: (\\d+)\\]\\)",
                "; the object or array opened at line $1, column $2 is not closed");
        text = text.replaceAll(" ?\\[Source: [^\\n]*?\\]", "");
        text = text.replaceAll(" ?\\((?:bound as|through reference chain:) `?[^)\\n]*\\)", "");
        text = text.replaceAll(" ?\\(?`[A-Za-z]+(?:\\.[A-Za-z_$()]+)+`\\)?", "");
        text = text.replaceAll("not allowed as per\\s*$", "not allowed");
        java.util.regex.Matcher qualified = QUALIFIED_EXCEPTION.matcher(text);
        text = qualified.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        java.util.regex.Matcher bare = BARE_EXCEPTION.matcher(text);
        text = bare.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(words(m.group(1))));
        return text;
    }

    private static String words(String exception) {
        return switch (exception) {
            case "NoSuchFileException", "FileNotFoundException" -> "not found: ";
            case "AccessDeniedException" -> "permission denied: ";
            case "MalformedInputException", "UnmappableCharacterException", "CharacterCodingException" -> "not UTF-8 text: ";
            case "ZipException" -> "not a gzip file: ";
            case "EOFException" -> "the file ends early: ";
            case "NumberFormatException" -> "not a number: ";
            default -> "error: ";
        };
    }

    /** Why {@code e} happened, in plain words, without the file name (the caller names it). */
    static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "it (or its folder) does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "it is a folder that is not empty";
        }
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e instanceof IOException ? "an input/output error" : "an unexpected error";
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "no space left on the device";
        }
        if (lower.contains("not in gzip format")) {
            return "it is not a gzip file";
        }
        return SafeText.oneLine(plain(message));
    }
}
