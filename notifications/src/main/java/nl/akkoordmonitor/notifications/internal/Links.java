package nl.akkoordmonitor.notifications.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Absolute links for mails and the calendar feed, which are read outside the application.
 * {@code akkoordmonitor.public-url} (AKKOORDMONITOR_PUBLIC_URL) is the address users reach it at.
 */
@Singleton
public class Links {

    private final String base;

    Links(@Value("${akkoordmonitor.public-url:}") String configured, @Value("${micronaut.server.port:8080}") int port) {
        String base = configured == null || configured.isBlank() ? "http://localhost:" + (port > 0 ? port : 8080) : configured.strip();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String absolute(String path) {
        return base + path;
    }

    public String unsubscribe(String token) {
        return absolute("/notifications/unsubscribe/" + token);
    }

    public String feed(String token) {
        return absolute("/calendar/feeds/" + token + ".ics");
    }

    /** The host name, for Message-IDs and calendar UIDs. */
    public String host() {
        String withoutScheme = base.replaceFirst("^[a-z]+://", "");
        String host = withoutScheme.split("[/:]", 2)[0];
        return host.isBlank() ? "akkoordmonitor" : host;
    }
}
