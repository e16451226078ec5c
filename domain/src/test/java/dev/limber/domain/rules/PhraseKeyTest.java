package dev.limber.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Phrase keys and argument names are checked by hand for speed; they must accept exactly what
 * the documented patterns accept, so an app's key that was refused stays refused.
 */
class PhraseKeyTest {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aZz09.-_ Ä").ofMinLength(0).ofMaxLength(8);
    }

    @Property(tries = 3000)
    void keysAreRefusedExactlyAsThePatternSays(@ForAll("texts") String key) {
        assertEquals(KEY.matcher(key).matches(), Phrase.isKey(key), key);
    }

    @Property(tries = 3000)
    void argumentNamesAreRefusedExactlyAsThePatternSays(@ForAll("texts") String name) {
        assertEquals(NAME.matcher(name).matches(), Phrase.isName(name), name);
    }
}
