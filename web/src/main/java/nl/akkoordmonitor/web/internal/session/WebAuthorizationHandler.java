package nl.akkoordmonitor.web.internal.session;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.web.internal.layout.ErrorPage;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a page answers when Micronaut Security refuses it: without a valid session (never logged
 * in, logged out, expired, or the account was disabled or moved since) the browser goes to the
 * login page and forgets the session cookie; a logged-in user without the role sees the Dutch 403
 * page. The API keeps its problem+json answers.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class WebAuthorizationHandler extends DefaultAuthorizationExceptionHandler {

    private final ErrorPage errorPage;

    WebAuthorizationHandler(ErrorResponseProcessor<?> errorResponseProcessor, RedirectConfiguration redirectConfiguration,
                            RedirectService redirectService, @Nullable PriorToLoginPersistence priorToLoginPersistence,
                            ErrorPage errorPage) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, priorToLoginPersistence);
        this.errorPage = errorPage;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (!CsrfFilter.isPage(request) && !ErrorPage.wantsHtml(request)) {
            return super.handle(request, exception);
        }
        if (exception.isForbidden()) {
            return errorPage.answer(request, HttpStatus.FORBIDDEN);
        }
        return toLogin(request);
    }

    /** To the login page, coming back here afterwards (for a page that can be asked for again). */
    static MutableHttpResponse<?> toLogin(HttpRequest<?> request) {
        String back = request.getMethod().name().equals("GET") ? request.getUri().toString() : "/";
        String reason = SessionCookies.session(request).isPresent() ? "&verlopen=1" : "";
        return io.micronaut.http.HttpResponse.seeOther(URI.create("/inloggen?terug="
                        + URLEncoder.encode(back, StandardCharsets.UTF_8) + reason))
                .cookie(SessionCookies.expiredSession(request));
    }
}
