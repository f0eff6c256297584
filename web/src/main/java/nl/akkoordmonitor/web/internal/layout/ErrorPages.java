package nl.akkoordmonitor.web.internal.layout;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * An address that does not exist: the Dutch 404 page for a browser, the usual problem+json for an
 * API client.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ErrorPages {

    private final ErrorPage errorPage;
    private final ErrorResponseProcessor<?> problems;

    ErrorPages(ErrorPage errorPage, ErrorResponseProcessor<?> problems) {
        this.errorPage = errorPage;
        this.problems = problems;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        if (ErrorPage.wantsHtml(request)) {
            return errorPage.answer(request, HttpStatus.NOT_FOUND);
        }
        return problems.processResponse(ErrorContext.builder(request).build(), HttpResponse.notFound());
    }
}
