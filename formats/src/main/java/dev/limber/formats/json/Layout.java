package dev.limber.formats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where {@link JsonText} puts white space: objects and long lists one entry a line, indented by
 * two spaces; lists {@link JsonText} marks as short on one line; empty ones as {@code {}} and
 * {@code []}. One instance per generator: it keeps the nesting.
 */
final class Layout implements PrettyPrinter {
    private int depth;
    private boolean nextInline;
    private final Deque<Boolean> arraysInline = new ArrayDeque<>();

    void nextArrayInline(boolean inline) {
        nextInline = inline;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator json) throws IOException {
        json.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator json) throws IOException {
        json.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator json) throws IOException {
        newLine(json);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
        json.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
        json.writeRaw(',');
        newLine(json);
    }

    @Override
    public void writeEndObject(JsonGenerator json, int entries) throws IOException {
        depth--;
        if (entries > 0) {
            newLine(json);
        }
        json.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator json) throws IOException {
        arraysInline.push(nextInline);
        nextInline = false;
        json.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator json) throws IOException {
        if (!arraysInline.peek()) {
            newLine(json);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
        json.writeRaw(',');
        if (arraysInline.peek()) {
            json.writeRaw(' ');
        } else {
            newLine(json);
        }
    }

    @Override
    public void writeEndArray(JsonGenerator json, int values) throws IOException {
        depth--;
        if (!arraysInline.pop() && values > 0) {
            newLine(json);
        }
        json.writeRaw(']');
    }

    private void newLine(JsonGenerator json) throws IOException {
        json.writeRaw('\n');
        json.writeRaw("  ".repeat(depth));
    }
}
