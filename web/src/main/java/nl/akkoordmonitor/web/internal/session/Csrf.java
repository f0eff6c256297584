package nl.akkoordmonitor.web.internal.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The CSRF token of a form: an HMAC of the browser's random CSRF cookie and its session token, with
 * a key derived from the server's token secret. Another site can neither read the cookie nor
 * compute the HMAC, so it cannot post a form on the user's behalf; a token also stops working when
 * the user logs out or in again.
 */
@Singleton
public class Csrf {

    /** Name of the hidden field every form carries. */
    public static final String FIELD = "csrf";

    private final SecretKeySpec key;

    Csrf(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            this.key = new SecretKeySpec(derive.doFinal("akkoordmonitor-web-csrf".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token for forms on a page answered to this request, given the CSRF cookie it will carry. */
    public String tokenFor(String csrfCookie, String sessionToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((csrfCookie + "|" + (sessionToken == null ? "" : sessionToken)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a submitted token belongs to this request's cookies. */
    public boolean matches(HttpRequest<?> request, String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return false;
        }
        return SessionCookies.csrf(request)
                .map(cookie -> tokenFor(cookie, SessionCookies.session(request).orElse(null)))
                .map(expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        submitted.strip().getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }
}
