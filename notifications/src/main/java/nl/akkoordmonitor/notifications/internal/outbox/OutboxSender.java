package nl.akkoordmonitor.notifications.internal.outbox;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.notifications.internal.settings.Delivery;
import nl.akkoordmonitor.notifications.internal.settings.RecipientStore;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.users.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends the mails in the outbox. Each mail is claimed with {@code FOR UPDATE SKIP LOCKED} in its
 * own transaction, sent, and marked sent in that same transaction: a second instance skips a row
 * that is being sent, and a crash between sending and marking rolls the claim back, so the mail
 * goes out once more (with the same Message-ID) and never more than that per crash. A failed
 * attempt is retried with a growing pause; after {@value #MAX_ATTEMPTS} attempts the mail is
 * dropped, and so is a mail whose recipient may no longer receive it.
 */
@Singleton
public class OutboxSender {

    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcOperations jdbc;
    private final Rows rows;
    private final TransactionOperations<Connection> transactions;
    private final Mailer mailer;
    private final MailSettings settings;
    private final UserDirectory users;
    private final RecipientStore recipients;
    private final Clock clock;
    private final int batchSize;
    /** Runs between sending and marking; tests make it crash there. */
    volatile Runnable afterSend = () -> { };

    OutboxSender(JdbcOperations jdbc, Rows rows, TransactionOperations<Connection> transactions, Mailer mailer, MailSettings settings,
                 UserDirectory users, RecipientStore recipients, Clock clock,
                 @Value("${akkoordmonitor.notifications.send-batch:100}") int batchSize) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.transactions = transactions;
        this.mailer = mailer;
        this.settings = settings;
        this.users = users;
        this.recipients = recipients;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (settings.enabled()) {
            LOG.info("E-mail is on: mails go through {}:{} from {}", settings.getHost(), settings.getPort(), settings.getFrom());
        } else {
            LOG.info("E-mail is off: AKKOORDMONITOR_SMTP_HOST is not set. Notifications appear in the product only.");
        }
    }

    @Scheduled(fixedDelay = "${akkoordmonitor.notifications.send-interval:30s}", initialDelay = "${akkoordmonitor.notifications.send-initial-delay:20s}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("Sending the outbox failed; the next run tries again", e);
        }
    }

    /** Sends the mails that are due now, up to the batch size; returns how many were sent. */
    public int sendDue() {
        if (!settings.enabled()) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < batchSize; i++) {
            Outcome outcome = transactions.executeWrite(status -> sendOne());
            if (outcome == Outcome.NOTHING_DUE) {
                break;
            }
            if (outcome == Outcome.SENT) {
                sent++;
            }
        }
        return sent;
    }

    private Outcome sendOne() {
        Instant now = clock.instant();
        Optional<OutboxMail> claimed = rows.one(OutboxMail.class, """
                SELECT id, message_id, user_id, organisation_id, recipient, subject, text_body AS text, html_body AS html, unsubscribe_url,
                       attempts
                FROM notifications.outbox
                WHERE sent_at IS NULL AND dropped_at IS NULL AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED""", now);
        if (claimed.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        OutboxMail mail = claimed.get();
        String refusal = refusal(mail);
        if (refusal != null) {
            update("UPDATE notifications.outbox SET dropped_at = ?, last_error = ? WHERE id = ?", now, refusal, mail.id());
            return Outcome.DROPPED;
        }
        try {
            mailer.send(mail);
        } catch (Exception e) {
            int attempts = mail.attempts() + 1;
            String message = Objects.toString(e.getMessage(), e.getClass().getSimpleName());
            String error = message.length() > 1000 ? message.substring(0, 1000) : message;
            if (attempts >= MAX_ATTEMPTS) {
                LOG.warn("Giving up on mail {} to user {} after {} attempts: {}", mail.id(), mail.userId(), attempts, error);
                jdbc.prepareStatement("UPDATE notifications.outbox SET attempts = ?, dropped_at = ?, last_error = ? WHERE id = ?", s -> {
                    s.setInt(1, attempts);
                    s.setTimestamp(2, Timestamp.from(now));
                    s.setString(3, error);
                    s.setLong(4, mail.id());
                    return s.executeUpdate();
                });
            } else {
                LOG.info("Mail {} not sent (attempt {}), trying again later: {}", mail.id(), attempts, error);
                jdbc.prepareStatement("UPDATE notifications.outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?", s -> {
                    s.setInt(1, attempts);
                    s.setTimestamp(2, Timestamp.from(now.plus(pause(attempts))));
                    s.setString(3, error);
                    s.setLong(4, mail.id());
                    return s.executeUpdate();
                });
            }
            return Outcome.FAILED;
        }
        afterSend.run();
        jdbc.prepareStatement("UPDATE notifications.outbox SET attempts = attempts + 1, sent_at = ?, last_error = NULL WHERE id = ?", s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setLong(2, mail.id());
            return s.executeUpdate();
        });
        return Outcome.SENT;
    }

    /** The pause after the n-th failed attempt: 1, 2, 4, 8 ... minutes, at most six hours. */
    static Duration pause(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /**
     * Why the mail may no longer go to its recipient: the account was disabled or now acts for
     * another organisation (the mail may hold what only the old one sees), or mail was switched off.
     */
    private String refusal(OutboxMail mail) {
        Optional<UserDirectory.UserRef> user = users.find(mail.userId());
        if (user.isEmpty() || !user.get().enabled()) {
            return "recipient disabled";
        }
        if (!Objects.equals(user.get().organisationId(), mail.organisationId())) {
            return "recipient acts for another organisation";
        }
        if (recipients.find(mail.userId()).map(r -> r.delivery() == Delivery.OFF).orElse(true)) {
            return "recipient switched mail off";
        }
        return null;
    }

    private void update(String sql, Instant at, String text, long id) {
        jdbc.prepareStatement(sql, s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, text);
            s.setLong(3, id);
            return s.executeUpdate();
        });
    }

    private enum Outcome { SENT, FAILED, DROPPED, NOTHING_DUE }
}
