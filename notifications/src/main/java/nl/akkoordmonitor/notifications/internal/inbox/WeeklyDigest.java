package nl.akkoordmonitor.notifications.internal.inbox;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.notifications.internal.Links;
import nl.akkoordmonitor.notifications.internal.outbox.Outbox;
import nl.akkoordmonitor.notifications.internal.settings.Delivery;
import nl.akkoordmonitor.notifications.internal.settings.Recipient;
import nl.akkoordmonitor.notifications.internal.settings.RecipientStore;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.users.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail a week, for the users who chose the digest: on Monday (Dutch time) it collects the
 * notifications of the week before, Monday to Sunday. Each notification is marked with the week
 * of the digest that carried it, in the transaction that puts the digest in the outbox; a second
 * run, or a second instance, finds nothing left to collect.
 */
@Singleton
public class WeeklyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyDigest.class);

    private final JdbcOperations jdbc;
    private final Rows rows;
    private final TransactionOperations<Connection> transactions;
    private final RecipientStore recipients;
    private final UserDirectory users;
    private final Outbox outbox;
    private final MailComposer composer;
    private final Links links;
    private final Clock clock;

    /** A notification taken into a digest: UPDATE ... RETURNING gives its rows in no order. */
    @Introspected
    record Collected(@Nullable Long organisationId, NotificationKind kind, String subject, String body, @Nullable String link,
                     Instant createdAt, long id) {

        Message message() {
            return new Message(kind, subject, body, link);
        }
    }

    WeeklyDigest(JdbcOperations jdbc, Rows rows, TransactionOperations<Connection> transactions, RecipientStore recipients, UserDirectory users,
                 Outbox outbox, MailComposer composer, Links links, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.transactions = transactions;
        this.recipients = recipients;
        this.users = users;
        this.outbox = outbox;
        this.composer = composer;
        this.links = links;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${akkoordmonitor.notifications.reminder-interval:1h}",
            initialDelay = "${akkoordmonitor.notifications.reminder-initial-delay:1m}")
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("Making the weekly digests failed; the next run tries again", e);
        }
    }

    /** Puts the digest of last week in the outbox for every user who chose it and has something in it; returns how many. */
    public int run() {
        if (!outbox.mailEnabled()) {
            return 0;
        }
        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = thisMonday.minusWeeks(1);
        Instant from = lastMonday.atStartOfDay(clock.getZone()).toInstant();
        Instant to = thisMonday.atStartOfDay(clock.getZone()).toInstant();
        List<Long> waiting = transactions.executeRead(status -> rows.values(Long.class, """
                SELECT DISTINCT n.user_id FROM notifications.notification n
                JOIN notifications.recipient r ON r.user_id = n.user_id
                WHERE r.delivery = 'DIGEST' AND r.email IS NOT NULL AND n.digest_week IS NULL
                  AND n.created_at >= ? AND n.created_at < ?
                ORDER BY n.user_id""", from, to));
        int made = 0;
        for (long userId : waiting) {
            made += transactions.executeWrite(status -> digest(userId, lastMonday, from, to)) ? 1 : 0;
        }
        return made;
    }

    private boolean digest(long userId, LocalDate week, Instant from, Instant to) {
        Optional<UserDirectory.UserRef> user = users.find(userId).filter(UserDirectory.UserRef::enabled);
        Optional<Recipient> recipient = recipients.find(userId).filter(r -> r.delivery() == Delivery.DIGEST && r.email() != null);
        // Marking them is what makes them this digest's: a concurrent run waits for this row lock and then finds none left.
        List<Collected> collected = rows.list(Collected.class, """
                UPDATE notifications.notification SET digest_week = ?
                WHERE user_id = ? AND digest_week IS NULL AND created_at >= ? AND created_at < ?
                RETURNING organisation_id, kind, subject, body, link, created_at, id""", week, userId, from, to).stream()
                .sorted(Comparator.comparing(Collected::createdAt).thenComparingLong(Collected::id)).toList();
        if (user.isEmpty() || recipient.isEmpty()) {
            return false;
        }
        // Only what was made for the organisation the user acts for now.
        List<Message> messages = collected.stream().filter(c -> Objects.equals(c.organisationId(), user.get().organisationId()))
                .map(Collected::message).toList();
        if (messages.isEmpty()) {
            return false;
        }
        String unsubscribe = links.unsubscribe(recipient.get().unsubscribeToken());
        outbox.enqueue(userId, user.get().organisationId(), recipient.get().email(),
                composer.digest(user.get().username(), week, messages, unsubscribe), unsubscribe);
        return true;
    }
}
