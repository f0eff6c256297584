package nl.akkoordmonitor.platform.internal.paging;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.ArgumentBinder;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.runtime.config.DataConfiguration;
import io.micronaut.data.runtime.http.PageableRequestArgumentBinder;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.paging.Sortable;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Binds {@code page}, {@code size} and {@code sort} as Micronaut Data does, but refuses with 400
 * what it would silently correct or pass on to the database: a negative page, a size below 1 or
 * above the maximum, a number that is none, and a sort on a field the list does not offer
 * ({@link Sortable}). All problems are reported together, each naming what to send instead.
 */
@Singleton
@Replaces(PageableRequestArgumentBinder.class)
class CheckedPageableBinder extends PageableRequestArgumentBinder {

    private final DataConfiguration.PageableConfiguration configuration;

    CheckedPageableBinder(DataConfiguration.PageableConfiguration configuration) {
        super(configuration);
        this.configuration = configuration;
    }

    @Override
    public ArgumentBinder.BindingResult<Pageable> bind(ArgumentConversionContext<Pageable> context, HttpRequest<?> source) {
        List<Violation> violations = new ArrayList<>();
        var parameters = source.getParameters();
        String page = parameters.get(configuration.getPageParameterName());
        if (page != null && !isInteger(page, 0, Integer.MAX_VALUE)) {
            violations.add(Violation.at(configuration.getPageParameterName(), Message.of("PAGE_NUMBER")));
        }
        String size = parameters.get(configuration.getSizeParameterName());
        if (size != null && !isInteger(size, 1, configuration.getMaxPageSize())) {
            violations.add(Violation.at(configuration.getSizeParameterName(), Message.of("PAGE_SIZE", configuration.getMaxPageSize())));
        }
        List<String> sorts = parameters.getAll(configuration.getSortParameterName());
        if (!sorts.isEmpty()) {
            List<String> allowed = Arrays.asList(context.getAnnotationMetadata().stringValues(Sortable.class));
            // Field names, as the API spells them, in every language.
            String fields = String.join(", ", allowed);
            for (String sort : sorts) {
                String problem = sortProblem(sort, allowed);
                if (problem != null) {
                    violations.add(Violation.at(configuration.getSortParameterName(), allowed.isEmpty()
                            ? Message.of("SORT_FIXED_ORDER") : Message.of(problem, sort, fields)));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new BadRequestException(violations);
        }
        return super.bind(context, source);
    }

    private static String sortProblem(String sort, List<String> allowed) {
        String[] parts = sort.split(",");
        if (parts.length == 0 || parts.length > 2 || !allowed.contains(parts[0].strip())) {
            return "SORT_FIELD";
        }
        if (parts.length == 2 && !List.of("asc", "desc").contains(parts[1].strip().toLowerCase(Locale.ROOT))) {
            return "SORT_DIRECTION";
        }
        return null;
    }

    private static boolean isInteger(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            return n >= min && n <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
