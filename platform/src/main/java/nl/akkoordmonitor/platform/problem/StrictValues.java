package nl.akkoordmonitor.platform.problem;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.BootstrapContextCompatible;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.SerdeIntrospections;
import io.micronaut.serde.config.DeserializationConfiguration;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.config.SerializationConfiguration;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.support.DefaultSerdeRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Message;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The JSON reader with the checks every value of a request must pass before any code sees it,
 * instead of having it silently changed on the way to the database:
 * <ul>
 *   <li>text without NUL characters or lone surrogates (PostgreSQL cannot store a NUL, and the
 *       driver turns a lone surrogate into {@code ?});</li>
 *   <li>whole numbers really whole: {@code 40.7} for a whole-number field is refused, not cut to 40
 *       ({@code 40.0} is the same number and is taken);</li>
 *   <li>dates between 1900 and 2100, the years this product keeps.</li>
 * </ul>
 * A refused value becomes a 400 naming the field as a JSON pointer (see {@link UnreadableRequests}).
 * Every other type is read as Micronaut Serialization reads it.
 */
@Singleton
@BootstrapContextCompatible
@Replaces(DefaultSerdeRegistry.class)
final class StrictValues extends DefaultSerdeRegistry {

    /** The first and last day a date in a request may name. */
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    private final Map<Class<?>, Deserializer<?>> strict;

    @Inject
    StrictValues(BeanContext beanContext, SerdeIntrospections introspections, ConversionService conversionService,
                 SerdeConfiguration serdeConfiguration, SerializationConfiguration serializationConfiguration,
                 DeserializationConfiguration deserializationConfiguration) {
        super(beanContext, introspections, conversionService, serdeConfiguration, serializationConfiguration,
                deserializationConfiguration);
        Deserializer<Integer> wholeInt = nullable(decoder -> whole(decoder).intValueExact());
        Deserializer<Long> wholeLong = nullable(decoder -> whole(decoder).longValueExact());
        this.strict = Map.of(
                String.class, nullable(decoder -> text(decoder.decodeString())),
                Integer.class, wholeInt, int.class, wholeInt,
                Long.class, wholeLong, long.class, wholeLong);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Deserializer<? extends T> findDeserializer(Argument<? extends T> type) throws SerdeException {
        Deserializer<?> own = strict.get(type.getType());
        if (own != null) {
            return (Deserializer<? extends T>) own;
        }
        Deserializer<? extends T> framework = super.findDeserializer(type);
        if (type.getType() == LocalDate.class) {
            return (Deserializer<? extends T>) new DateInRange((Deserializer<? extends LocalDate>) framework);
        }
        return framework;
    }

    /** The text as sent, or refused when it holds a NUL or a lone surrogate. */
    static String text(String text) throws SerdeException {
        if (!acceptable(text)) {
            throw new Refused(Message.of("TEXT_CHARACTERS.body"));
        }
        return text;
    }

    /** No NUL and no surrogate without its partner. */
    static boolean acceptable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** The number as sent, refused unless it is whole and fits. */
    private static BigDecimal whole(Decoder decoder) throws IOException {
        BigDecimal number = decoder.decodeBigDecimal();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new Refused(Message.of("validation.type.integer"));
        }
        return number;
    }

    private interface Read<T> {
        T read(Decoder decoder) throws IOException;
    }

    /** A deserializer that lets JSON {@code null} through as null and refuses out-of-range whole numbers. */
    private static <T> Deserializer<T> nullable(Read<T> read) {
        return new Deserializer<>() {
            @Override
            public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
                try {
                    return read.read(decoder);
                } catch (ArithmeticException tooLarge) {
                    throw new Refused(Message.of("validation.type.integer"));
                }
            }

            @Override
            public T deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
                return decoder.decodeNull() ? null : deserialize(decoder, context, type);
            }
        };
    }

    /** The framework's date reader, with the years this product keeps. */
    private record DateInRange(Deserializer<? extends LocalDate> framework) implements Deserializer<LocalDate> {

        @Override
        public Deserializer<LocalDate> createSpecific(DecoderContext context, Argument<? super LocalDate> type) throws SerdeException {
            @SuppressWarnings("unchecked")
            Deserializer<? extends LocalDate> specific = (Deserializer<? extends LocalDate>) framework
                    .createSpecific(context, (Argument) type);
            return new DateInRange(specific);
        }

        @Override
        public LocalDate deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type) throws IOException {
            return inRange(framework.deserialize(decoder, context, (Argument) type));
        }

        @Override
        public LocalDate deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type) throws IOException {
            LocalDate date = framework.deserializeNullable(decoder, context, (Argument) type);
            return date == null ? null : inRange(date);
        }
    }

    /** The date, or refused when it lies outside the years this product keeps. */
    static LocalDate inRange(LocalDate date) throws Refused {
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new Refused(Message.of("validation.date.range"));
        }
        return date;
    }

    /** A value this reader refuses, with what to send instead. */
    static final class Refused extends SerdeException {
        private final transient Message message;

        Refused(Message message) {
            super(message.key());
            this.message = message;
        }

        Message message() {
            return message;
        }
    }
}
