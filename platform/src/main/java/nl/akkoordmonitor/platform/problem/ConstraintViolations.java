package nl.akkoordmonitor.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import nl.akkoordmonitor.platform.message.Message;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation's findings as violations: the field as a JSON pointer into the body
 * ({@code /percentComplete}) or the name of the query or path parameter, and a message from the
 * bundle chosen by the kind of constraint ({@code validation.Size.text}), never the constraint's
 * own English text. A constraint may name its own message as a key: {@code message = "{KEY}"}.
 */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    static List<Violation> of(Collection<? extends ConstraintViolation<?>> found) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : found) {
            violations.add(new Violation("INVALID_FIELD", field(v.getPropertyPath()), message(v)));
        }
        violations.sort(Comparator.comparing((Violation v) -> v.field(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(v -> v.message().key()));
        return violations;
    }

    /** {@code report.request.items[2].percentComplete} becomes {@code /items/2/percentComplete}; a parameter keeps its name. */
    static String field(Path path) {
        String parameter = null;
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    pointer.append('/').append(node.getIndex());
                } else if (node.getKey() != null) {
                    pointer.append('/').append(node.getKey());
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    pointer.append('/').append(node.getName());
                }
            }
        }
        if (pointer.length() > 0) {
            return pointer.toString();
        }
        return parameter;
    }

    private static Message message(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        if (template != null && template.matches("\\{[A-Za-z0-9_.-]+}") && !template.startsWith("{jakarta.")) {
            return Message.of(template.substring(1, template.length() - 1));
        }
        Annotation annotation = v.getConstraintDescriptor() == null ? null : v.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = v.getConstraintDescriptor() == null ? Map.of() : v.getConstraintDescriptor().getAttributes();
        String kind = annotation == null ? "other" : annotation.annotationType().getSimpleName();
        return switch (kind) {
            case "NotNull", "NotBlank", "NotEmpty", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero", "Email",
                 "Past", "PastOrPresent", "Future", "FutureOrPresent", "AssertTrue", "AssertFalse", "Null" ->
                    Message.of("validation." + kind);
            case "Size" -> size(v.getInvalidValue(), attributes);
            case "Min", "Max" -> Message.of("validation." + kind, attributes.get("value"));
            case "DecimalMin", "DecimalMax" -> Message.of("validation." + kind
                    + (Boolean.FALSE.equals(attributes.get("inclusive")) ? ".exclusive" : ""), attributes.get("value"));
            case "Digits" -> Message.of("validation.Digits", attributes.get("integer"), attributes.get("fraction"));
            case "Pattern" -> Message.of("validation.Pattern");
            default -> Message.of("validation.other");
        };
    }

    private static Message size(Object value, Map<String, Object> attributes) {
        Object min = attributes.getOrDefault("min", 0);
        Object max = attributes.getOrDefault("max", Integer.MAX_VALUE);
        String what = value instanceof CharSequence ? "text" : "items";
        if (Integer.valueOf(Integer.MAX_VALUE).equals(max)) {
            return Message.of("validation.Size." + what + ".min", min);
        }
        if (Integer.valueOf(0).equals(min)) {
            return Message.of("validation.Size." + what + ".max", max);
        }
        return Message.of("validation.Size." + what, min, max);
    }
}
