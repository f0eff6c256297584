package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Turns every error that Micronaut itself reports (unknown route, malformed JSON,
 * failed validation, missing authentication, unexpected failures) into problem+json,
 * so that no answer ever carries a stack trace or an HTML page.
 */
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext errorContext, MutableHttpResponse<?> baseResponse) {
        HttpStatus status = baseResponse.getStatus();
        String path = errorContext.getRequest().getPath();
        Problem problem;
        if (errorContext.getRootCause().orElse(null) instanceof ProblemException pe) {
            problem = pe.toProblem(path);
        } else {
            problem = fromErrors(status, path, errorContext.getErrors());
        }
        return baseResponse.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    static Problem fromErrors(HttpStatus status, String path, List<Error> errors) {
        String slug = slug(status);
        String title = status.getReason();
        if (status.getCode() >= 500) {
            // Never echo the internals of a server failure to the caller.
            return new Problem(Problem.TYPE_BASE + slug, title, status.getCode(),
                    "The server failed to handle this request. It has been logged; try again later or contact support.",
                    path, null);
        }
        List<Violation> violations = errors.stream()
                .map(e -> new Violation(slug.toUpperCase().replace('-', '_'), e.getPath().orElse(null), clean(e.getMessage())))
                .toList();
        String detail = switch (status) {
            case NOT_FOUND -> errors.isEmpty() ? "Nothing exists at " + path + "." : clean(errors.get(0).getMessage());
            case UNAUTHORIZED -> path.equals("/login") ? "The username or password is wrong, or the account is disabled."
                    : "Log in first (POST /login) and send the token as 'Authorization: Bearer <token>'.";
            case FORBIDDEN -> "Your account may not do this.";
            default -> violations.isEmpty() ? title
                    : violations.size() == 1 ? describe(violations.get(0))
                    : violations.size() + " problems in the request; see 'violations'.";
        };
        return new Problem(Problem.TYPE_BASE + slug, title, status.getCode(), detail, path,
                violations.size() > 1 || (violations.size() == 1 && violations.get(0).field() != null) ? violations : null);
    }

    private static String describe(Violation v) {
        return Optional.ofNullable(v.field()).map(f -> f + ": " + v.message()).orElse(v.message());
    }

    private static String slug(HttpStatus status) {
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
            default -> status.getCode() >= 500 ? "internal-error" : "http-" + status.getCode();
        };
    }

    /** Strips the Java class names and source positions that some framework messages carry. */
    static String clean(String message) {
        if (message == null) {
            return "Invalid request.";
        }
        String m = message.replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
                .replaceAll("\\(through reference chain:[^)]*\\)", "")
                .replaceAll("\\b(?:[a-z]+\\.)+([A-Z]\\w*)", "$1");
        return m.strip();
    }
}
