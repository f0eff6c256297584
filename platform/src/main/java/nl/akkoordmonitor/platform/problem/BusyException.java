package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;
import nl.akkoordmonitor.platform.message.Message;

import java.util.List;

/**
 * The server cannot take this request now because enough heavy ones are running already (503);
 * the same request a little later will work.
 */
public class BusyException extends ProblemException {

    /** @deprecated use a {@link Message} from the module's bundle (docs/messages.md) */
    @Deprecated(forRemoval = true)
    @SuppressWarnings("removal")
    public BusyException(String detail) {
        this(Message.literal(detail));
    }

    public BusyException(Message detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "busy", detail, List.of());
    }
}
