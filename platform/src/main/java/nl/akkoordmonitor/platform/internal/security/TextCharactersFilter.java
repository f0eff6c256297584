package nl.akkoordmonitor.platform.internal.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.message.Messages;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.Problem;
import nl.akkoordmonitor.platform.problem.Violation;

import java.util.List;
import java.util.Map;

/**
 * Refuses a query parameter or path with a NUL character or a lone surrogate with 400, before any
 * code sees it: PostgreSQL cannot store or compare a NUL, and a lone surrogate would be changed
 * into '?' without anyone noticing.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class TextCharactersFilter implements Ordered {

    private final Messages messages;

    TextCharactersFilter(Messages messages) {
        this.messages = messages;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuse(HttpRequest<?> request) {
        String field = null;
        if (!acceptable(request.getPath())) {
            field = "path";
        }
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            if (!acceptable(parameter.getKey()) || !parameter.getValue().stream().allMatch(TextCharactersFilter::acceptable)) {
                field = parameter.getKey();
                break;
            }
        }
        if (field == null) {
            return null;
        }
        Problem problem = new BadRequestException(Violation.at(acceptable(field) ? field : "?", Message.of("TEXT_CHARACTERS")))
                .toProblem(request.getPath(), messages, Languages.of(request));
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(problem).contentType(Problem.MEDIA_TYPE);
    }

    /** No NUL and no surrogate without its partner. */
    static boolean acceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int getOrder() {
        // Before security: a login or token check should not see such a value either.
        return ServerFilterPhase.SECURITY.before() - 1;
    }
}
