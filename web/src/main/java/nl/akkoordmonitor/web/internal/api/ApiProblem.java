package nl.akkoordmonitor.web.internal.api;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A problem answer of the HTTP API, as a page sees it: the status, the Dutch detail and every
 * violation. Forms show the violations beside their fields; a 403 or 404 becomes the error page.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<ApiViolation> violations;

    public ApiProblem(int status, @Nullable String title, @Nullable String detail, @Nullable List<ApiViolation> violations) {
        super(status + " " + detail, null, false, false);
        this.status = status;
        this.title = title == null ? "" : title;
        this.detail = detail == null ? "" : detail;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<ApiViolation> violations() {
        return violations;
    }

    /** The first message per field; violations without a field are left out. */
    public Map<String, String> byField() {
        return violations.stream().filter(v -> v.field() != null)
                .collect(Collectors.toMap(ApiViolation::field, ApiViolation::message, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
