package nl.akkoordmonitor.notifications.internal.outbox;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.notifications.internal.Links;
import nl.akkoordmonitor.platform.sql.Rows;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Puts mails in the outbox. Call it inside the transaction of the change that causes the mail:
 * the mail is then stored exactly when the change is. Nothing is stored while e-mail is off.
 */
@Singleton
public class Outbox {

    private final Rows rows;
    private final MailSettings settings;
    private final Links links;
    private final Clock clock;

    Outbox(Rows rows, MailSettings settings, Links links, Clock clock) {
        this.rows = rows;
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
        return rows.value(Long.class, """
                INSERT INTO notifications.outbox (message_id, user_id, organisation_id, recipient, subject, text_body, html_body,
                                                  unsubscribe_url, created_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", messageId, userId, organisationId, address, content.subject(),
                content.text(), content.html(), unsubscribeUrl, now, now).orElseThrow();
    }
}
