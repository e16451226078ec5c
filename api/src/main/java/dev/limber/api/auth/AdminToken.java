package dev.limber.api.auth;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token writes must present: {@code limber.admin-token} (from {@code LIMBER_ADMIN_TOKEN}),
 * or, when that is unset, a random one made at start and logged once, so an embedded service is
 * usable at once and still not open to anyone on the network. Made with the context ({@code
 * @Context}), not at the first request, so the operator sees the token as soon as the service
 * starts.
 */
@Context
final class AdminToken {
    private static final Logger LOG = LoggerFactory.getLogger(AdminToken.class);
    private final byte[] digest;

    AdminToken(@Value("${limber.admin-token:}") String configured) {
        String token = configured == null ? "" : configured.strip();
        if (token.isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warn("LIMBER_ADMIN_TOKEN is not set; writes need this generated token for this run: {}", token);
        }
        this.digest = sha256(token);
    }

    /**
     * Whether a presented token is the admin token. Both are hashed first, so the comparison
     * takes the same time whatever their lengths and contents.
     */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
