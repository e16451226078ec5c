package dev.limber.api.etag;

import dev.limber.api.problem.ProblemException;
import dev.limber.domain.port.ExpectedVersion;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Entity tags: a stored thing's tag is its version ({@code "v3"}), so any instance on the same
 * database answers the same tag and a client can revalidate or update against it; a computed
 * answer's tag is a hash of its bytes. Writes turn {@code If-Match} into the version the store
 * must still hold.
 */
public final class ETags {
    private static final String VERSION_PREFIX = "v";

    private ETags() {}

    /** The tag of a stored thing at a version. */
    public static String ofVersion(long version) {
        return "\"" + VERSION_PREFIX + version + "\"";
    }

    /** The tag of computed content: the first 128 bits of its SHA-256, in hex. */
    public static String ofContent(byte[] content) {
        return ofContent(content, null);
    }

    /**
     * The tag of computed content in a language ({@code Content-Language}, or null for none): the
     * language is hashed with the bytes, so two languages never share a tag even when their bytes
     * agree (a report without findings).
     */
    public static String ofContent(byte[] content, String language) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (language != null && !language.isBlank()) {
                sha.update(("Content-Language: " + language.strip() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            byte[] digest = sha.digest(content);
            return "\"" + HexFormat.of().formatHex(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /** Whether an {@code If-None-Match} header value names this tag (weak comparison, RFC 9110). */
    public static boolean matches(String header, String etag) {
        if (header == null || etag == null) {
            return false;
        }
        String wanted = opaque(etag);
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a write expects to find, from its preconditions: {@code If-Match: "v3"} the exact
     * version, {@code If-None-Match: *} nothing (create only), neither: whatever is there.
     * A tag that names no version can never match, so it is refused with 412 at once.
     */
    public static Precondition precondition(HttpRequest<?> request) {
        Optional<String> ifMatch = request.getHeaders().findFirst(HttpHeaders.IF_MATCH);
        if (ifMatch.isPresent()) {
            String value = ifMatch.get().strip();
            if (value.equals("*")) {
                return new Precondition(ExpectedVersion.any(), true, true);
            }
            return new Precondition(ExpectedVersion.exactly(version(value)), true, false);
        }
        Optional<String> ifNoneMatch = request.getHeaders().findFirst(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch.isPresent() && ifNoneMatch.get().strip().equals("*")) {
            return new Precondition(ExpectedVersion.absent(), true, false);
        }
        return new Precondition(ExpectedVersion.any(), false, false);
    }

    private static long version(String header) {
        String first = opaque(header.split(",")[0].strip());
        String inner = first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"")
                ? first.substring(1, first.length() - 1)
                : first;
        if (inner.startsWith(VERSION_PREFIX)) {
            try {
                long version = Long.parseLong(inner.substring(VERSION_PREFIX.length()));
                if (version > 0) {
                    return version;
                }
            } catch (NumberFormatException notAVersion) {
                // falls through to the refusal below
            }
        }
        throw ProblemException.preconditionFailed("If-Match " + header + " names no version of this resource");
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * A write's precondition.
     *
     * @param expected    what the store must hold
     * @param conditional whether the client sent a precondition (then a refusal is 412, not 409)
     * @param mustExist   {@code If-Match: *}: the resource must exist
     */
    public record Precondition(ExpectedVersion expected, boolean conditional, boolean mustExist) {}
}
