package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.sql.Rows;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Slows down and then stops guessing of passwords, per account and per client address. The counts
 * are in the database (platform.login_throttle), so every server on it counts the same attempts.
 * <p>
 * After {@code delay-after} failures in a row (none more than {@code window} apart), each further
 * failure makes the next attempt wait twice as long as the one before, starting at {@code delay};
 * after {@code lock-after} failures the account or address is locked for {@code lock}. An attempt
 * while waiting or locked is refused without looking at the password, and does not count.
 * A successful login clears its account's count; an administrator can clear it too (unlock).
 * <p>
 * The account is the username tried, whether it exists or not: otherwise the answers would tell
 * which usernames exist.
 */
@Singleton
class LoginThrottle {

    enum Kind { ACCOUNT, ADDRESS }

    /** Why and how long an attempt must wait. */
    record Block(Kind kind, boolean locked, Duration remaining) {
    }

    private record Limits(int delayAfter, int lockAfter) {
    }

    private final Rows rows;
    private final Limits account;
    private final Limits address;
    private final Duration delay;
    private final Duration lock;
    private final Duration window;

    LoginThrottle(Rows rows,
                  @Value("${akkoordmonitor.login.throttle.account.delay-after:5}") int accountDelayAfter,
                  @Value("${akkoordmonitor.login.throttle.account.lock-after:10}") int accountLockAfter,
                  @Value("${akkoordmonitor.login.throttle.address.delay-after:5}") int addressDelayAfter,
                  @Value("${akkoordmonitor.login.throttle.address.lock-after:10}") int addressLockAfter,
                  @Value("${akkoordmonitor.login.throttle.delay:1s}") Duration delay,
                  @Value("${akkoordmonitor.login.throttle.lock:15m}") Duration lock,
                  @Value("${akkoordmonitor.login.throttle.window:15m}") Duration window) {
        this.rows = rows;
        this.account = new Limits(accountDelayAfter, accountLockAfter);
        this.address = new Limits(addressDelayAfter, addressLockAfter);
        this.delay = delay;
        this.lock = lock;
        this.window = window;
    }

    /** Whether an attempt for this username from this address must wait, and how long (the longer of the two). */
    @Transactional
    Optional<Block> blocked(String username, String clientAddress) {
        return rows.one(Blocked.class, """
                SELECT kind, failures, EXTRACT(EPOCH FROM blocked_until - now()) AS seconds
                FROM platform.login_throttle
                WHERE ((kind = 'ACCOUNT' AND subject = ?) OR (kind = 'ADDRESS' AND subject = ?)) AND blocked_until > now()
                ORDER BY blocked_until DESC LIMIT 1""", username, clientAddress)
                .map(b -> new Block(b.kind(), b.failures() >= limits(b.kind()).lockAfter(),
                        Duration.ofMillis(Math.max(1, Math.round(b.seconds() * 1000)))));
    }

    /** Counts a failed attempt against the username and the address. */
    @Transactional
    void failed(String username, String clientAddress) {
        count(Kind.ACCOUNT, username);
        count(Kind.ADDRESS, clientAddress);
    }

    /** A successful login: the account starts again from zero (its address does not). */
    @Transactional
    void succeeded(String username) {
        clear(username);
    }

    /** Lifts a delay or lock of the account; whether there was anything to lift. */
    @Transactional
    boolean clear(String username) {
        return rows.update("DELETE FROM platform.login_throttle WHERE kind = 'ACCOUNT' AND subject = ?", username) > 0;
    }

    private void count(Kind kind, String subject) {
        // A count starts again when the last failure is longer ago than the window and nothing is blocked.
        int failures = rows.value(Integer.class, """
                INSERT INTO platform.login_throttle AS t (kind, subject, failures, last_failure_at)
                VALUES (?, ?, 1, now())
                ON CONFLICT (kind, subject) DO UPDATE SET
                    failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => ?)
                                         AND (t.blocked_until IS NULL OR t.blocked_until < now())
                                    THEN 1 ELSE t.failures + 1 END,
                    last_failure_at = now()
                RETURNING failures""", kind, subject, window.toMillis() / 1000.0).orElseThrow();
        Optional<Duration> wait = waitAfter(limits(kind), failures);
        if (wait.isPresent()) {
            rows.update("""
                    UPDATE platform.login_throttle SET blocked_until = now() + make_interval(secs => ?)
                    WHERE kind = ? AND subject = ?""", wait.get().toMillis() / 1000.0, kind, subject);
        }
    }

    /** How long the next attempt waits after this many failures: nothing, a delay that doubles, or the lock. */
    private Optional<Duration> waitAfter(Limits limits, int failures) {
        if (failures >= limits.lockAfter()) {
            return Optional.of(lock);
        }
        if (failures < limits.delayAfter()) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - limits.delayAfter(), 20);
        Duration growing = delay.multipliedBy(1L << doublings);
        return Optional.of(growing.compareTo(lock) < 0 ? growing : lock);
    }

    /** The failed logins counted against these usernames and until when each must wait; usernames without failures are left out. */
    @Transactional
    Map<String, AccountState> accountStates(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return rows.list(SubjectState.class, """
                SELECT subject, failures, CASE WHEN blocked_until > now() THEN blocked_until END AS blocked_until
                FROM platform.login_throttle WHERE kind = 'ACCOUNT' AND subject = ANY(?)""", usernames).stream()
                .collect(Collectors.toMap(SubjectState::subject, s -> new AccountState(s.failures(), s.blockedUntil())));
    }

    @Introspected
    record Blocked(Kind kind, int failures, double seconds) {
    }

    @Introspected
    record SubjectState(String subject, int failures, @Nullable Instant blockedUntil) {
    }

    /** Failed logins in a row on an account, and until when its next attempt must wait (null: it need not). */
    record AccountState(int failures, @Nullable Instant blockedUntil) {
        static final AccountState NONE = new AccountState(0, null);
    }

    private Limits limits(Kind kind) {
        return kind == Kind.ACCOUNT ? account : address;
    }
}
