package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.Messages;

/** Answers a {@link ProblemException} thrown anywhere in the application with its problem+json. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    private final Messages messages;

    ProblemExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        return HttpResponse.<Problem>status(exception.status())
                .body(exception.toProblem(request.getPath(), messages, Languages.of(request)))
                .contentType(Problem.MEDIA_TYPE);
    }
}
