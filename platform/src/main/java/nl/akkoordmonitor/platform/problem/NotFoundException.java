package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;
import nl.akkoordmonitor.platform.message.Message;

import java.util.List;

/** The requested thing does not exist, or the caller may not know that it does (404). */
public class NotFoundException extends ProblemException {

    /** @deprecated use a {@link Message} from the module's bundle (docs/messages.md) */
    @Deprecated(forRemoval = true)
    @SuppressWarnings("removal")
    public NotFoundException(String what, Object id) {
        this(Message.literal("No " + what + " with id " + id + " exists. Check the id, or list the " + what + "s to find it."));
    }

    public NotFoundException(Message detail) {
        super(HttpStatus.NOT_FOUND, "not-found", detail, List.of());
    }
}
