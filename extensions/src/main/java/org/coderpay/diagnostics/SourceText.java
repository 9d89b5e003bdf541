package org.coderpay.diagnostics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a source file as strict UTF-8. JBake decodes leniently and silently turns bad bytes into
 * replacement characters, which then get published; we stop and point at the first bad byte instead.
 */
public final class SourceText {
    /**
     * The largest page or dataset read (1 MiB; the largest real one is a few KB). A bigger file is a
     * mistake (a pasted export, a binary) and would only slow every bake and page down.
     */
    public static final int MAX_BYTES = 1 << 20;

    private SourceText() {
    }

    /** @return the file's lines (without a leading byte-order mark), or empty after reporting a problem */
    public static Optional<List<String>> readLines(Path file, Path shownAs, Problems problems) {
        byte[] bytes;
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.inFile(shownAs, "This is not a regular file (a device, pipe or broken link).",
                    "Replace it with an ordinary text file, or delete it."));
            return Optional.empty();
        }
        try (var in = Files.newInputStream(file)) {
            // Read at most one byte past the limit: a huge file must not fill the memory first.
            bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                problems.add(Problem.inFile(shownAs, "The file is larger than " + (MAX_BYTES >> 20)
                        + " MiB, the limit for a page or dataset.",
                        "Split it into several files, or check that it is the file you meant to save here "
                                + "(not an export or a binary file)."));
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(shownAs, "The file cannot be read: " + e.getMessage(),
                    "Check that the file exists and is readable."));
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int badByte = in.position();
            String before = new String(bytes, 0, badByte, StandardCharsets.UTF_8);
            List<String> lenient = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
            problems.add(Problem.at(shownAs, line, column,
                    String.format("The file is not valid UTF-8 (byte 0x%02X at offset %d).", bytes[badByte] & 0xFF,
                            badByte),
                    "Save the file as UTF-8 in your editor (often \"Save with encoding\" or \"Reopen with encoding\"), "
                            + "then retype the marked character."), lenient, 1);
            return Optional.empty();
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("UTF-8 decoder misuse", e);
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        return controlCharacter(lines, shownAs, problems) ? Optional.empty() : Optional.of(lines);
    }

    /**
     * Reports the first control character (other than tab): browsers and the HTML checker reject them,
     * editors hide them, and a NUL byte usually means a binary file. Line breaks are already split off.
     *
     * @return whether one was found
     */
    private static boolean controlCharacter(List<String> lines, Path shownAs, Problems problems) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                if (isForbiddenControl(c)) {
                    problems.add(Problem.at(shownAs, i + 1, j + 1,
                            String.format("The file contains the invisible control character U+%04X%s.", (int) c,
                                    c == 0 ? " (NUL): it looks like a binary file, not text" : ""),
                            c == 0 ? "Pages and datasets must be plain text; remove the file or save it as text."
                                    : "Delete the marked character (it often comes from copying text out of a PDF or "
                                            + "a word processor) and retype what it replaced."),
                            lines, 1);
                    return true;
                }
            }
        }
        return false;
    }

    /** C0 controls except tab, DEL and C1 controls: never part of a page's text. */
    public static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }
}
