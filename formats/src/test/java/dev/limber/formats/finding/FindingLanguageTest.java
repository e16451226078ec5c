package dev.limber.formats.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingLanguageTest {

    @Test
    void acceptLanguageHonoursQValuesAndFallsBackToEnglish() {
        assertEquals(Locale.GERMAN, FindingLanguage.ofAcceptLanguage("de"));
        assertEquals(Locale.GERMAN, FindingLanguage.ofAcceptLanguage("de-AT"));
        assertEquals(Locale.GERMAN, FindingLanguage.ofAcceptLanguage("fr, de;q=0.5, en;q=0.4"));
        assertEquals(Locale.ENGLISH, FindingLanguage.ofAcceptLanguage("de;q=0.2, en;q=0.8"));
        assertEquals(Locale.ENGLISH, FindingLanguage.ofAcceptLanguage("fr-FR, it"));
        assertEquals(Locale.ENGLISH, FindingLanguage.ofAcceptLanguage("de;q=0"));
        assertEquals(Locale.ENGLISH, FindingLanguage.ofAcceptLanguage(null));
        assertEquals(Locale.ENGLISH, FindingLanguage.ofAcceptLanguage(";;;q=x"));
    }

    @Test
    void anOptionNamesAShippedLanguageOrIsRefusedWithTheChoices() {
        assertEquals(Locale.GERMAN, FindingLanguage.ofOption("de"));
        assertEquals(Locale.GERMAN, FindingLanguage.ofOption("de-CH"));
        assertEquals(Locale.GERMAN, FindingLanguage.ofOption("de_DE.UTF-8"));
        assertEquals(Locale.ENGLISH, FindingLanguage.ofOption("en_GB"));
        NotALanguageException french = assertThrows(NotALanguageException.class, () -> FindingLanguage.ofOption("fr"));
        assertEquals("'fr' is a language Limber has no findings text for; use one of en, de", french.getMessage());
        NotALanguageException junk =
                assertThrows(NotALanguageException.class, () -> FindingLanguage.ofOption("g3rman!"));
        assertTrue(junk.getMessage().startsWith("'g3rman!' is not a language tag"), junk.getMessage());
    }

    @Test
    void theEnvironmentFollowsPosixPrecedenceAndNeverRefuses() {
        assertEquals(Locale.GERMAN, FindingLanguage.ofEnvironment(Map.of("LANG", "de_DE.UTF-8")));
        assertEquals(Locale.ENGLISH, FindingLanguage.ofEnvironment(Map.of("LANG", "de_DE.UTF-8", "LC_ALL", "C")));
        assertEquals(
                Locale.GERMAN, FindingLanguage.ofEnvironment(Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "de_AT")));
        assertEquals(Locale.ENGLISH, FindingLanguage.ofEnvironment(Map.of("LANG", "fr_FR.UTF-8")));
        assertEquals(Locale.ENGLISH, FindingLanguage.ofEnvironment(Map.of("LANG", "???")));
        assertEquals(Locale.ENGLISH, FindingLanguage.ofEnvironment(Map.of()));
    }
}
