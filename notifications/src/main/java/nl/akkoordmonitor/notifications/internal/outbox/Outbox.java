package nl.akkoordmonitor.notifications.internal.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.notifications.internal.Links;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Puts mails in the outbox. Call it inside the transaction of the change that causes the mail:
 * the mail is then stored exactly when the change is. Nothing is stored while e-mail is off.
 */
@Singleton
public class Outbox {

    private final JdbcOperations jdbc;
    private final MailSettings settings;
    private final Links links;
    private final Clock clock;

    Outbox(JdbcOperations jdbc, MailSettings settings, Links links, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    public boolean mailEnabled() {
        return settings.enabled();
    }

    /**
     * Stores a mail for a user. Its Message-ID is fixed here, once, so that every attempt to send
     * it carries the same one.
     *
     * @return the outbox row's id, or null when e-mail is off
     */
    @Nullable
    public Long enqueue(long userId, @Nullable Long organisationId, String address, MailContent content, String unsubscribeUrl) {
        if (!settings.enabled()) {
            return null;
        }
        Instant now = clock.instant();
        String messageId = "<" + UUID.randomUUID() + "@" + links.host() + ">";
        return jdbc.prepareStatement("""
                INSERT INTO notifications.outbox (message_id, user_id, organisation_id, recipient, subject, text_body, html_body,
                                                  unsubscribe_url, created_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", statement -> {
            statement.setString(1, messageId);
            statement.setLong(2, userId);
            statement.setObject(3, organisationId);
            statement.setString(4, address);
            statement.setString(5, content.subject());
            statement.setString(6, content.text());
            statement.setString(7, content.html());
            statement.setString(8, unsubscribeUrl);
            statement.setTimestamp(9, Timestamp.from(now));
            statement.setTimestamp(10, Timestamp.from(now));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
