package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The requested thing does not exist, or the caller may not know that it does. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No " + what + " with id " + id + " exists. Check the id, or list the " + what + "s to find it.",
                List.of());
    }
}
