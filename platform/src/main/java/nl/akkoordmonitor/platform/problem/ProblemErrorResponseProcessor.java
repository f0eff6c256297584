package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.message.Messages;

import java.util.List;
import java.util.Locale;

/**
 * Turns every error that Micronaut itself reports (unknown route, malformed JSON,
 * failed validation, missing authentication, unexpected failures) into problem+json in the
 * caller's language, so that no answer ever carries a stack trace, a Java class or an HTML page.
 */
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private final Messages messages;

    ProblemErrorResponseProcessor(Messages messages) {
        this.messages = messages;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext errorContext, MutableHttpResponse<?> baseResponse) {
        HttpStatus status = baseResponse.getStatus();
        String path = errorContext.getRequest().getPath();
        Locale language = Languages.of(errorContext.getRequest());
        Problem problem;
        Throwable cause = errorContext.getRootCause().orElse(null);
        if (cause instanceof ProblemException pe) {
            problem = pe.toProblem(path, messages, language);
        } else if (cause instanceof ConstraintViolationException invalid && !invalid.getConstraintViolations().isEmpty()) {
            problem = new BadRequestException(ConstraintViolations.of(invalid.getConstraintViolations())).toProblem(path, messages, language);
        } else if (status == HttpStatus.BAD_REQUEST && UnreadableRequests.translate(cause) != null) {
            problem = UnreadableRequests.translate(cause).toProblem(path, messages, language);
        } else {
            problem = fromErrors(status, path, errorContext.getErrors(), language);
        }
        return baseResponse.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private Problem fromErrors(HttpStatus status, String path, List<Error> errors, Locale language) {
        String slug = slug(status);
        String title = messages.render(ProblemException.titleOf(slug), language);
        Message detail = switch (status) {
            case NOT_FOUND -> Message.of("problem.not-found.path", path);
            case UNAUTHORIZED -> path.equals("/login") ? Message.of("problem.unauthorized.login")
                    : Message.of("problem.unauthorized.detail");
            case FORBIDDEN -> Message.of("problem.forbidden.detail");
            case METHOD_NOT_ALLOWED -> Message.of("problem.method-not-allowed.detail");
            case NOT_ACCEPTABLE -> Message.of("problem.not-acceptable.detail");
            case REQUEST_ENTITY_TOO_LARGE -> Message.of("problem.payload-too-large.detail");
            case UNSUPPORTED_MEDIA_TYPE -> Message.of("problem.unsupported-media-type.detail");
            case BAD_REQUEST -> Message.of("problem.bad-request.detail");
            default -> status.getCode() >= 500 ? Message.of("problem.internal-error.detail")
                    : Message.of("problem.http.detail", status.getCode());
        };
        return new Problem(Problem.TYPE_BASE + slug, title, status.getCode(), messages.render(detail, language), path, null);
    }

    static String slug(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case CONFLICT -> "conflict";
            case REQUEST_ENTITY_TOO_LARGE -> "payload-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case UNPROCESSABLE_ENTITY -> "rule-violated";
            case SERVICE_UNAVAILABLE -> "busy";
            default -> status.getCode() >= 500 ? "internal-error" : "http";
        };
    }
}
