package nl.akkoordmonitor.platform.problem;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.InvalidFormatException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import nl.akkoordmonitor.platform.message.Message;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The framework's own refusals of a request it cannot read (malformed JSON, a value of the wrong
 * type, an unknown enum value, a missing body or parameter) as a 400 that names the field as a
 * JSON pointer ({@code /direction}) or the parameter ({@code year}) and says what to send, for an
 * enum with the values allowed. Never a Java class name or a parser message.
 */
final class UnreadableRequests {

    private static final Pattern POSITION = Pattern.compile("line: (\\d+), column: (\\d+)");
    /** How the enum deserializer says which value it refused: "Expected one of [A, B] but was 'C'". */
    private static final Pattern REJECTED = Pattern.compile("but was '([^'\\n]{0,80})'");
    /** A refused value longer than this is not repeated in the answer. */
    private static final int MAX_ECHO = 80;

    private UnreadableRequests() {
    }

    /** The 400 for this cause, or null when the cause is none of these. */
    static BadRequestException translate(Throwable cause) {
        if (cause instanceof ConversionErrorException conversion && !isBody(conversion.getArgument()) && refused(cause) != null) {
            // A parameter StrictValues refused (a date outside the years we keep): name the parameter.
            return new BadRequestException(new Violation("INVALID_FIELD", conversion.getArgument().getName(), refused(cause).message()));
        }
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerdeException serde) {
                return fromSerde(serde, cause);
            }
            if (t instanceof JsonSyntaxException || t.getClass().getName().startsWith("com.fasterxml.jackson.core.")) {
                return unreadable(t);
            }
        }
        if (cause instanceof ConversionErrorException conversion) {
            Argument<?> argument = conversion.getArgument();
            if (isBody(argument)) {
                return new BadRequestException(new Violation("UNREADABLE_JSON", null, Message.of("problem.body-shape")));
            }
            Object rejected = conversion.getConversionError() == null ? null : conversion.getConversionError().getOriginalValue();
            return new BadRequestException(new Violation("INVALID_FIELD", argument.getName(), expected(argument.getType(), rejected)));
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            Argument<?> argument = unsatisfied.getArgument();
            if (isBody(argument)) {
                return new BadRequestException(new Violation("UNREADABLE_JSON", null, Message.of("problem.body-missing")));
            }
            return new BadRequestException(new Violation("INVALID_FIELD", argument.getName(), Message.of("validation.NotNull")));
        }
        return null;
    }

    private static BadRequestException fromSerde(SerdeException serde, Throwable cause) {
        if (serde.getCause() instanceof JsonSyntaxException || serde.getClass().getSimpleName().contains("Syntax")) {
            return unreadable(serde);
        }
        String pointer = pointer(serde.getPath());
        StrictValues.Refused refused = refused(serde);
        if (refused != null) {
            return new BadRequestException(new Violation("INVALID_FIELD", pointer, refused.message()));
        }
        Class<?> type = null;
        if (!serde.getPath().isEmpty()) {
            type = itemType(serde.getPath().get(0).getArgument());
        } else if (serde instanceof InvalidPropertyFormatException property) {
            type = itemType(property.getArgument());
            pointer = "/" + property.getArgument().getName();
        }
        if (pointer == null && type == null) {
            String text = String.valueOf(serde.getMessage());
            if (text.contains("Unexpected token") || text.contains("expected START")) {
                return new BadRequestException(new Violation("UNREADABLE_JSON", null, Message.of("problem.body-shape")));
            }
            return unreadable(serde);
        }
        return new BadRequestException(new Violation("INVALID_FIELD", pointer,
                type == null ? Message.of("validation.other") : expected(type, rejectedValue(serde))));
    }

    /** The refusal of {@link StrictValues} behind this exception, if it is one. */
    private static StrictValues.Refused refused(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StrictValues.Refused refused) {
                return refused;
            }
        }
        return null;
    }

    /** The type of the value that was refused: for a list or set, the type of its items. */
    private static Class<?> itemType(Argument<?> argument) {
        if ((Collection.class.isAssignableFrom(argument.getType()) || argument.getType().isArray())
                && argument.getFirstTypeVariable().isPresent()) {
            return argument.getFirstTypeVariable().get().getType();
        }
        return argument.getType();
    }

    /** The value the caller sent, when the parser kept it (an unknown enum value, a word for a number). */
    private static Object rejectedValue(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidFormatException invalid && invalid.getOriginalValue() != null) {
                return invalid.getOriginalValue();
            }
            Matcher was = REJECTED.matcher(String.valueOf(t.getMessage()));
            if (was.find()) {
                return was.group(1);
            }
        }
        return null;
    }

    private static BadRequestException unreadable(Throwable t) {
        Matcher at = POSITION.matcher(String.valueOf(t.getMessage()));
        Message message = at.find() ? Message.of("problem.unreadable-json.at", Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)))
                : Message.of("problem.unreadable-json");
        return new BadRequestException(new Violation("UNREADABLE_JSON", null, message));
    }

    /** What a value of this type looks like, in words; an enum names the refused value and lists the allowed ones. */
    static Message expected(Class<?> type, Object rejected) {
        if (type.isEnum()) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return rejected == null || String.valueOf(rejected).length() > MAX_ECHO ? Message.of("validation.enum", allowed)
                    : Message.of("validation.enum.value", String.valueOf(rejected), allowed);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class || type == BigInteger.class) {
            return Message.of("validation.type.integer");
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return Message.of("validation.type.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Message.of("validation.type.boolean");
        }
        if (type == LocalDate.class) {
            return Message.of("validation.type.date");
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return Message.of("validation.type.datetime");
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return Message.of("validation.type.text");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Message.of("validation.type.list");
        }
        if (Map.class.isAssignableFrom(type)) {
            return Message.of("validation.type.object");
        }
        return Message.of("validation.type.object");
    }

    private static String pointer(List<ReferencePath> path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) { // the path is kept innermost first
            ReferencePath step = path.get(i);
            if (step instanceof CollectionItemReferencePath item) {
                out.append('/').append(item.index());
            } else if (step instanceof MapItemReferencePath entry) {
                out.append('/').append(entry.key());
            } else {
                out.append('/').append(step.getArgument().getName());
            }
        }
        return out.toString();
    }

    private static boolean isBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class)
                || "request".equals(argument.getName()) || "body".equals(argument.getName());
    }
}
