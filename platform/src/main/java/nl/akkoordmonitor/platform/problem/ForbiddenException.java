package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;
import nl.akkoordmonitor.platform.message.Message;

import java.util.List;

/** The caller is known but may not do this (403). */
public class ForbiddenException extends ProblemException {

    /** @deprecated use a {@link Message} from the module's bundle (docs/messages.md) */
    @Deprecated(forRemoval = true)
    @SuppressWarnings("removal")
    public ForbiddenException(String detail) {
        this(Message.literal(detail));
    }

    public ForbiddenException(Message detail) {
        super(HttpStatus.FORBIDDEN, "forbidden", detail, List.of());
    }
}
