package nl.akkoordmonitor.reporting.internal.upload;

import io.micronaut.http.HttpStatus;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ProblemException;
import nl.akkoordmonitor.platform.problem.Violation;

import java.util.List;

/**
 * An uploaded workbook is refused (400). The {@code type} says why: not an xlsx, too large, a
 * zip bomb, or rows that do not pass; for rows, every problem is listed as a violation whose
 * field is the cell ({@code Voortgang!D5}).
 */
public class UploadRejectedException extends ProblemException {

    public UploadRejectedException(String type, Message detail, List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, type, detail, violations);
    }

    public UploadRejectedException(String type, Message detail) {
        this(type, detail, List.of());
    }
}
