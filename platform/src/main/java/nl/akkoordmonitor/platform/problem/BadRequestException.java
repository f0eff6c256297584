package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;

import nl.akkoordmonitor.platform.message.Message;

import java.util.List;

/** The request itself is malformed or incomplete (400); every fault is listed. */
public class BadRequestException extends ProblemException {

    public BadRequestException(List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, "bad-request", detail(violations), violations);
    }

    public BadRequestException(Violation violation) {
        this(List.of(violation));
    }

    /** One fault names its field in the detail ("/percentComplete: ..."); several are summarised. */
    private static Message detail(List<Violation> violations) {
        Violation only = violations.size() == 1 ? violations.get(0) : null;
        return only != null && only.field() != null ? Message.of("problem.field.detail", only.field(), only.message())
                : summarise(violations);
    }
}
