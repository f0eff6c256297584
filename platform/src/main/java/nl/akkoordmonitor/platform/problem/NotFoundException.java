package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;
import nl.akkoordmonitor.platform.message.Message;

import java.util.List;

/** The requested thing does not exist, or the caller may not know that it does (404). */
public class NotFoundException extends ProblemException {

    public NotFoundException(Message detail) {
        super(HttpStatus.NOT_FOUND, "not-found", detail, List.of());
    }
}
