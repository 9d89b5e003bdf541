package org.coderpay.content;

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

import org.coderpay.diagnostics.Problem;
import org.coderpay.diagnostics.Problems;

/**
 * Reads a source file as strict UTF-8. JBake decodes leniently and silently turns bad bytes into
 * replacement characters, which then get published; we stop and point at the first bad byte instead.
 */
public final class SourceText {
    private SourceText() {
    }

    /** @return the file's lines (without a leading byte-order mark), or empty after reporting a problem */
    public static Optional<List<String>> readLines(Path file, Path shownAs, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
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
        return Optional.of(text.lines().toList());
    }
}
