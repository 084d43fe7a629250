package org.ddor.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The admin token every write request must present: {@code Authorization: Bearer TOKEN}, or the HTML form's
 * {@code token} field. Without a configured token there are no writes at all (403); a missing or wrong
 * token is a 401. Tokens are compared by their SHA-256 digests with {@link MessageDigest#isEqual}, so the
 * time taken says nothing about how much of a guess was right.
 */
final class AdminToken {

    static final String DISABLED = "uploads are disabled: start the server with --admin-token or $DDOR_ADMIN_TOKEN";

    private final byte[] digest;

    AdminToken(String token) {
        this.digest = token == null ? null : sha256(token);
    }

    boolean configured() {
        return digest != null;
    }

    /** Refuses the request unless uploads are enabled and {@code presented} (may be null) is the token. */
    void require(String presented) {
        if (digest == null) {
            throw new WebException(403, DISABLED);
        }
        if (presented == null || presented.isEmpty()) {
            throw new WebException(401, "this request needs the admin token (header 'Authorization: Bearer TOKEN')");
        }
        if (!MessageDigest.isEqual(digest, sha256(presented))) {
            throw new WebException(401, "the admin token is wrong");
        }
    }

    /** The token of an {@code Authorization: Bearer TOKEN} header, or null. */
    static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
