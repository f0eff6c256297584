package nl.akkoordmonitor.notifications.internal.reminder;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.notifications.internal.inbox.Notifier;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.users.UserDirectory.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Makes the reminders that are due. A reminder is stored once per deadline, date, step and user
 * (the primary key of notifications.reminder); only the users for whom the insert made a new row
 * are notified, so running this often, or on two instances at once, reminds nobody twice.
 */
@Singleton
public class ReminderScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);
    private static final int OVERDUE = -1;

    private final Deadlines deadlines;
    private final Notifier notifier;
    private final Rows rows;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ReminderScheduler(Deadlines deadlines, Notifier notifier, Rows rows, TransactionOperations<Connection> transactions,
                      Clock clock) {
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.rows = rows;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${akkoordmonitor.notifications.reminder-interval:1h}",
            initialDelay = "${akkoordmonitor.notifications.reminder-initial-delay:1m}")
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("Making reminders failed; the next run tries again", e);
        }
    }

    /** Makes every reminder due today that was not made before; returns how many users were reminded. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        int reminded = 0;
        for (Deadline deadline : transactions.executeRead(status -> deadlines.upcoming(today))) {
            int step;
            if (deadline.date().isBefore(today)) {
                step = OVERDUE;
            } else {
                OptionalInt due = ReminderPolicy.step(today, deadline.date(), deadline.steps());
                if (due.isEmpty()) {
                    continue;
                }
                step = due.getAsInt();
            }
            int daysLeft = (int) ChronoUnit.DAYS.between(today, deadline.date());
            reminded += transactions.executeWrite(status -> remind(deadline, step, daysLeft));
        }
        return reminded;
    }

    private int remind(Deadline deadline, int step, int daysLeft) {
        List<UserRef> users = deadline.recipients().get();
        if (users.isEmpty()) {
            return 0;
        }
        Set<Long> fresh = new HashSet<>(rows.values(Long.class, """
                INSERT INTO notifications.reminder (deadline_key, due_date, days_before, user_id, made_at)
                SELECT ?, ?, ?, u, ? FROM unnest(?::bigint[]) AS u
                ON CONFLICT DO NOTHING
                RETURNING user_id""", deadline.key(), deadline.date(), step, clock.instant(),
                users.stream().map(UserRef::id).distinct().toList()));
        List<UserRef> toRemind = users.stream().filter(u -> fresh.contains(u.id())).toList();
        notifier.notify(toRemind, deadline.message().apply(daysLeft));
        return toRemind.size();
    }
}
