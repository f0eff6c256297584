package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;
import nl.akkoordmonitor.platform.message.Message;

import java.util.List;

/**
 * The server cannot take this request now because enough heavy ones are running already (503);
 * the same request a little later will work.
 */
public class BusyException extends ProblemException {

    public BusyException(Message detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "busy", detail, List.of());
    }
}
