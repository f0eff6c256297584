package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;
import nl.akkoordmonitor.platform.message.Message;

import java.util.List;

/** The caller is known but may not do this (403). */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(Message detail) {
        super(HttpStatus.FORBIDDEN, "forbidden", detail, List.of());
    }
}
