package dev.limber.formats.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a document into text: refuses what is too large, and what is not UTF-8,
 * naming the line, column and byte offset of the first byte that does not decode. A leading
 * byte order mark is dropped.
 */
final class SourceText {
    private SourceText() {}

    static Optional<String> decode(byte[] content, ReadLimits limits, Problems problems) {
        if (content.length > limits.maxBytes()) {
            problems.add(Problem.at(problems.source(), "", tooLarge(content.length, limits)));
            return Optional.empty();
        }
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        if (ascii(content, start)) {
            // ASCII is UTF-8 as it stands: one copy into the text, instead of a decoder's buffer
            // of twice the content's size and a copy out of it (at 100,000 exercises the buffer
            // was more than half of what a read allocated).
            return nonBlank(new String(content, start, content.length - start, StandardCharsets.US_ASCII), problems);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.add(
                    line,
                    offset - lineStart + 1,
                    "",
                    String.format(
                            "is not UTF-8: byte 0x%02X at byte offset %d cannot be decoded (save the file as UTF-8)",
                            content[offset] & 0xFF, offset));
            return Optional.empty();
        }
        out.flip();
        return nonBlank(out.toString(), problems);
    }

    private static Optional<String> nonBlank(String text, Problems problems) {
        if (text.isBlank()) {
            problems.add(Problem.at(problems.source(), "", "is empty: a document holds at least 'limber: 1'"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static boolean ascii(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] < 0) {
                return false;
            }
        }
        return true;
    }

    static String tooLarge(long size, ReadLimits limits) {
        long mib = 1024 * 1024;
        String limit = limits.maxBytes() % mib == 0 ? " (" + limits.maxBytes() / mib + " MiB)" : "";
        return "is " + size + " bytes, more than the limit of " + limits.maxBytes() + " bytes" + limit
                + "; split it into several documents";
    }
}
