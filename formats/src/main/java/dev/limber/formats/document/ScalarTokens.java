package dev.limber.formats.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.limber.domain.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain values of a document read straight from jackson-core's tokens, each only as a
 * document's tree would take it without a problem: a text, a list of texts, a closed-set name
 * spelled exactly, a list of such names, an object of texts. Each answers null for anything else,
 * having read the value to its end, so that its caller can leave the item to the tree
 * ({@link ExerciseTokens}); it never words a problem.
 */
final class ScalarTokens {
    private final JsonParser parser;
    /** Reused for each list: the list kept is one immutable copy, which the domain keeps as it is. */
    private final List<Object> scratch = new ArrayList<>();

    ScalarTokens(JsonParser parser) {
        this.parser = parser;
    }

    /** Reads over the value at {@code token} (a whole list or object) and answers null. */
    <T> T skip() throws IOException {
        parser.skipChildren();
        return null;
    }

    String text(JsonToken token) throws IOException {
        return token == JsonToken.VALUE_STRING ? parser.getText() : skip();
    }

    List<String> texts(JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            return skip();
        }
        scratch.clear();
        boolean plain = true;
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            if (plain && item == JsonToken.VALUE_STRING) {
                scratch.add(parser.getText());
            } else {
                plain = false;
                parser.skipChildren();
            }
        }
        return plain ? copy() : null;
    }

    /**
     * The constant whose external name the text is, exactly; null for any other text (also one
     * that {@link Named#parse} would take after stripping it: the tree reads those).
     */
    <E extends Enum<E> & Named> E named(JsonToken token, E[] constants) throws IOException {
        return token == JsonToken.VALUE_STRING ? exactly(constants) : skip();
    }

    <E extends Enum<E> & Named> List<E> namedList(JsonToken token, E[] constants) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            return skip();
        }
        scratch.clear();
        boolean plain = true;
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            E constant = plain && item == JsonToken.VALUE_STRING ? exactly(constants) : null;
            if (constant != null) {
                scratch.add(constant);
            } else {
                plain = false;
                parser.skipChildren();
            }
        }
        return plain ? copy() : null;
    }

    /**
     * An object whose fields are all texts among {@code allowed}, each at most once: the texts by
     * the index of their field in {@code allowed} (null where absent); null for anything else.
     */
    String[] textObject(JsonToken token, List<String> allowed) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            return skip();
        }
        String[] texts = new String[allowed.size()];
        boolean plain = true;
        for (JsonToken field = parser.nextToken(); field != JsonToken.END_OBJECT; field = parser.nextToken()) {
            int index = allowed.indexOf(parser.currentName());
            JsonToken value = parser.nextToken();
            if (plain && index >= 0 && texts[index] == null && value == JsonToken.VALUE_STRING) {
                texts[index] = parser.getText();
            } else {
                plain = false;
                parser.skipChildren();
            }
        }
        return plain ? texts : null;
    }

    /** Compares the parser's characters in place: no string per name read. */
    private <E extends Enum<E> & Named> E exactly(E[] constants) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        for (E constant : constants) {
            String name = constant.externalName();
            if (name.length() == length && sameChars(name, chars, offset)) {
                return constant;
            }
        }
        return null;
    }

    private static boolean sameChars(String name, char[] chars, int offset) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> copy() {
        return (List<T>) List.copyOf(scratch);
    }
}
