package nl.akkoordmonitor.web.internal.layout;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.web.internal.api.ApiProblem;
import nl.akkoordmonitor.web.internal.session.CsrfRefused;
import nl.akkoordmonitor.web.internal.session.SessionCookies;

import java.net.URI;

/** How a page answers when the API refused what it asked, or a form came without its CSRF token. */
final class WebExceptionHandlers {

    private WebExceptionHandlers() {
    }

    /**
     * The API said no: 401 means the session ended (log in again), 403 and 404 show the error page
     * and nothing of the thing asked for.
     */
    @Singleton
    static class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<?>> {

        private final ErrorPage errorPage;

        ApiProblemHandler(ErrorPage errorPage) {
            this.errorPage = errorPage;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ApiProblem problem) {
            if (problem.status() == 401) {
                return HttpResponse.seeOther(URI.create("/inloggen?verlopen=1")).cookie(SessionCookies.expiredSession(request));
            }
            HttpStatus status = HttpStatus.valueOf(problem.status());
            return errorPage.answer(request, status);
        }
    }

    @Singleton
    static class CsrfRefusedHandler implements ExceptionHandler<CsrfRefused, HttpResponse<?>> {

        private final ErrorPage errorPage;

        CsrfRefusedHandler(ErrorPage errorPage) {
            this.errorPage = errorPage;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, CsrfRefused refused) {
            return errorPage.answer(request, HttpStatus.FORBIDDEN);
        }
    }
}
