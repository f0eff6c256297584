package nl.akkoordmonitor.notifications.internal.inbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.notifications.internal.Links;
import nl.akkoordmonitor.notifications.internal.outbox.Outbox;
import nl.akkoordmonitor.notifications.internal.settings.Recipient;
import nl.akkoordmonitor.notifications.internal.settings.RecipientStore;
import nl.akkoordmonitor.platform.users.UserDirectory.UserRef;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells users something: a notification in the product for each, and a mail in the outbox for
 * those who want a mail per notification. Runs inside the caller's transaction, so that both are
 * stored with the change that causes them, or not at all.
 */
@Singleton
public class Notifier {

    private final JdbcOperations jdbc;
    private final RecipientStore recipients;
    private final Outbox outbox;
    private final MailComposer composer;
    private final Links links;
    private final Clock clock;

    Notifier(JdbcOperations jdbc, RecipientStore recipients, Outbox outbox, MailComposer composer, Links links, Clock clock) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.outbox = outbox;
        this.composer = composer;
        this.links = links;
        this.clock = clock;
    }

    public void notify(Collection<UserRef> users, Message message) {
        Map<Long, UserRef> distinct = new LinkedHashMap<>();
        users.forEach(u -> distinct.putIfAbsent(u.id(), u));
        if (distinct.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.prepareStatement("""
                INSERT INTO notifications.notification (user_id, organisation_id, kind, subject, body, link, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", statement -> {
            for (UserRef user : distinct.values()) {
                statement.setLong(1, user.id());
                statement.setObject(2, user.organisationId());
                statement.setString(3, message.kind().name());
                statement.setString(4, message.subject());
                statement.setString(5, message.body());
                statement.setString(6, message.link());
                statement.setTimestamp(7, now);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        if (!outbox.mailEnabled()) {
            return;
        }
        Map<Long, Recipient> settings = recipients.findAll(distinct.keySet());
        for (UserRef user : distinct.values()) {
            Recipient recipient = settings.get(user.id());
            if (recipient != null && recipient.mailsEach()) {
                String unsubscribe = links.unsubscribe(recipient.unsubscribeToken());
                outbox.enqueue(user.id(), user.organisationId(), recipient.email(),
                        composer.single(user.username(), message, unsubscribe), unsubscribe);
            }
        }
    }

    public void notify(List<UserRef> users, NotificationKind kind, String subject, String body, String link) {
        notify(users, new Message(kind, subject, body, link));
    }
}
