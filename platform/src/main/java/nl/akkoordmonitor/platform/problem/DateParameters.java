package nl.akkoordmonitor.platform.problem;

import io.micronaut.core.convert.MutableConversionService;
import io.micronaut.core.convert.TypeConverterRegistrar;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date in a query parameter or path ({@code ?from=2026-01-01}) is read as an ISO date between
 * 1900 and 2100, like a date in a JSON body ({@link StrictValues}); anything else is a 400 that
 * names the parameter, not a database error.
 */
@Singleton
final class DateParameters implements TypeConverterRegistrar {

    @Override
    public void register(MutableConversionService conversions) {
        conversions.addConverter(CharSequence.class, LocalDate.class, (text, target, context) -> {
            try {
                return Optional.of(StrictValues.inRange(LocalDate.parse(text)));
            } catch (DateTimeParseException | StrictValues.Refused refused) {
                context.reject(text, refused);
                return Optional.empty();
            }
        });
    }
}
