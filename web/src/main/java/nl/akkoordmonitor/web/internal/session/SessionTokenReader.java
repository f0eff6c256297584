package nl.akkoordmonitor.web.internal.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lets Micronaut Security read the token of a browser session from its cookie, after the bearer
 * header (which API clients send). The token is then checked like any other: signature, expiry,
 * and whether the account is still enabled with the same role and organisation.
 */
@Singleton
class SessionTokenReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return SessionCookies.session(request);
    }

    @Override
    public int getOrder() {
        // After the bearer reader (order 0): an explicit Authorization header wins.
        return 100;
    }
}
