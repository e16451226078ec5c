package dev.limber.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON of exported documents and of {@code --output json}, laid out the way people write it. */
class JsonTextTest {

    @Test
    void objectsAreIndentedAndShortListsStayOnOneLine() {
        Map<String, Object> step = JsonText.object();
        step.put("exercise", "leg-swings");
        step.put("sets", 3);
        step.put("perSide", true);
        step.put("note", null);
        step.put("targets", List.of("hamstrings", "glutes"));
        Map<String, Object> root = JsonText.object();
        root.put("version", 1);
        root.put("steps", List.of(step));
        root.put("empty", JsonText.object());
        root.put("none", List.of());
        assertEquals("""
                {
                  "version": 1,
                  "steps": [
                    {
                      "exercise": "leg-swings",
                      "sets": 3,
                      "perSide": true,
                      "note": null,
                      "targets": ["hamstrings", "glutes"]
                    }
                  ],
                  "empty": {},
                  "none": []
                }
                """, JsonText.write(root));
    }

    @Test
    void aListTooLongForOneLineGetsOneItemALine() {
        List<String> words = Collections.nCopies(8, "abcdefghij");
        assertEquals("[\n" + "  \"abcdefghij\",\n".repeat(7) + "  \"abcdefghij\"\n]\n", JsonText.write(words));
    }

    @Test
    void textIsEscapedAsJsonRequires() {
        assertEquals(
                "\"say \\\"hi\\\"\\\\ \\n\\t\\u0001 \\u2028 é\"\n", JsonText.write("say \"hi\"\\ \n\t\u0001 \u2028 é"));
    }
}
