package nl.akkoordmonitor.web.internal.layout;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.web.internal.api.ApiProblem;
import nl.akkoordmonitor.web.internal.api.ApiViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user typed into a form and what is wrong with it, GOV.UK style: the page shows every
 * problem in a summary at the top that links to its field, and again beside the field, and keeps
 * what was typed.
 */
public final class Form {

    /** One problem of the summary; {@code field} is the id of the input it links to, or null. */
    public record Problem(@Nullable String field, String message) {
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static Form empty() {
        return new Form();
    }

    public static Form of(Map<String, String> values) {
        Form form = new Form();
        values.forEach((k, v) -> form.values.put(k, v == null ? "" : v));
        return form;
    }

    public Form set(String field, @Nullable Object value) {
        values.put(field, value == null ? "" : String.valueOf(value));
        return this;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean checked(String field, String option) {
        return option.equals(values.get(field));
    }

    /** Adds a problem of a field (the first per field counts). */
    public Form error(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public Form general(String message) {
        general.add(message);
        return this;
    }

    /**
     * Takes the problems of an API answer; {@code fieldOf} maps an API field name to the id of the
     * form's input (null when the form has no such input: then the message goes to the summary).
     */
    public Form problems(ApiProblem problem, java.util.function.Function<String, String> fieldOf) {
        if (problem.violations().isEmpty()) {
            general(problem.detail().isBlank() ? problem.title() : problem.detail());
            return this;
        }
        for (ApiViolation v : problem.violations()) {
            String field = v.field() == null ? null : fieldOf.apply(v.field());
            if (field != null) {
                error(field, v.message());
            } else {
                general(v.message());
            }
        }
        return this;
    }

    @Nullable
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !general.isEmpty();
    }

    /** Every problem in the order of the form, the ones without a field first. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>();
        general.forEach(m -> all.add(new Problem(null, m)));
        errors.forEach((f, m) -> all.add(new Problem(f, m)));
        return all;
    }
}
