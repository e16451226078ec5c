package dev.limber.api.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The admin token as configured, or generated when unset. */
class AdminTokenTest {

    @Test
    void aConfiguredTokenMatchesOnlyItself() {
        AdminToken token = new AdminToken("s3cret-token");
        assertTrue(token.matches("s3cret-token"));
        assertFalse(token.matches("s3cret-toke"));
        assertFalse(token.matches("s3cret-token "));
        assertFalse(token.matches(""));
        assertFalse(token.matches(null));
    }

    @Test
    void anUnsetTokenIsRandomSoNoGuessOrBlankMatches() {
        AdminToken first = new AdminToken("");
        AdminToken second = new AdminToken(null);
        assertFalse(first.matches(""));
        assertFalse(second.matches(""));
        assertFalse(first.matches("null"));
    }
}
