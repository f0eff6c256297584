package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The request itself is malformed or incomplete (400); every fault is listed. */
public class BadRequestException extends ProblemException {

    public BadRequestException(List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, "bad-request", summarise(violations), violations);
    }

    /** @deprecated use a {@link Message} from the module's bundle (docs/messages.md) */
    @Deprecated(forRemoval = true)
    @SuppressWarnings("removal")
    public BadRequestException(String detail, List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, "bad-request", nl.akkoordmonitor.platform.message.Message.literal(detail), violations);
    }

    /** @deprecated use a {@link Message} from the module's bundle (docs/messages.md) */
    @Deprecated(forRemoval = true)
    @SuppressWarnings("removal")
    public BadRequestException(String field, String text) {
        this(List.of(new Violation("INVALID_FIELD", field, text)));
    }

    public BadRequestException(Violation violation) {
        this(List.of(violation));
    }
}
