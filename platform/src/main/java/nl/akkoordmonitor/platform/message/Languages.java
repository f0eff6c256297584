package nl.akkoordmonitor.platform.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.List;
import java.util.Locale;

/**
 * The two languages the server writes: Dutch by default, English for a caller who asks for it
 * with {@code Accept-Language: en}. Any other or unreadable header gets Dutch.
 */
public final class Languages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(DUTCH, ENGLISH);

    private Languages() {
    }

    /** The language to answer this request in. */
    public static Locale of(@Nullable HttpRequest<?> request) {
        return request == null ? DUTCH : fromHeader(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The language an {@code Accept-Language} header asks for, of the two we write. */
    public static Locale fromHeader(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DUTCH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), ALL);
            return ENGLISH.equals(best) ? ENGLISH : DUTCH;
        } catch (IllegalArgumentException unreadable) {
            return DUTCH;
        }
    }
}
