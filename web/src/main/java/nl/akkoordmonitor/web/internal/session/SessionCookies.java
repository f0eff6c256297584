package nl.akkoordmonitor.web.internal.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The two cookies of a browser session. {@value #SESSION} holds the same signed token the API
 * hands out at {@code POST /login}, so a session ends exactly when a token would: after 8 hours,
 * or as soon as the account is disabled or moved. {@value #CSRF} holds a random value that the
 * forms' CSRF tokens are derived from. Both are HttpOnly and SameSite=Lax, and Secure when the page
 * was asked for over https.
 */
public final class SessionCookies {

    public static final String SESSION = "akkoord_sessie";
    public static final String CSRF = "akkoord_csrf";
    private static final Duration SESSION_LENGTH = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionCookies() {
    }

    public static Optional<String> session(HttpRequest<?> request) {
        return request.getCookies().findCookie(SESSION).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    public static Optional<String> csrf(HttpRequest<?> request) {
        return request.getCookies().findCookie(CSRF).map(Cookie::getValue).filter(v -> v.length() >= 20);
    }

    public static Cookie session(HttpRequest<?> request, String token) {
        return secure(request, Cookie.of(SESSION, token)).maxAge(SESSION_LENGTH);
    }

    public static Cookie newCsrf(HttpRequest<?> request) {
        byte[] value = new byte[24];
        RANDOM.nextBytes(value);
        return secure(request, Cookie.of(CSRF, Base64.getUrlEncoder().withoutPadding().encodeToString(value)));
    }

    /** A cookie that makes the browser forget the session. */
    public static Cookie expiredSession(HttpRequest<?> request) {
        return secure(request, Cookie.of(SESSION, "")).maxAge(0);
    }

    private static Cookie secure(HttpRequest<?> request, Cookie cookie) {
        return cookie.httpOnly(true).sameSite(SameSite.Lax).path("/").secure(isHttps(request));
    }

    static boolean isHttps(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
