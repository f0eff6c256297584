package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.time.Duration;
import java.util.Optional;

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

    private final JdbcOperations jdbc;
    private final Limits account;
    private final Limits address;
    private final Duration delay;
    private final Duration lock;
    private final Duration window;

    LoginThrottle(JdbcOperations jdbc,
                  @Value("${akkoordmonitor.login.throttle.account.delay-after:5}") int accountDelayAfter,
                  @Value("${akkoordmonitor.login.throttle.account.lock-after:10}") int accountLockAfter,
                  @Value("${akkoordmonitor.login.throttle.address.delay-after:5}") int addressDelayAfter,
                  @Value("${akkoordmonitor.login.throttle.address.lock-after:10}") int addressLockAfter,
                  @Value("${akkoordmonitor.login.throttle.delay:1s}") Duration delay,
                  @Value("${akkoordmonitor.login.throttle.lock:15m}") Duration lock,
                  @Value("${akkoordmonitor.login.throttle.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.account = new Limits(accountDelayAfter, accountLockAfter);
        this.address = new Limits(addressDelayAfter, addressLockAfter);
        this.delay = delay;
        this.lock = lock;
        this.window = window;
    }

    /** Whether an attempt for this username from this address must wait, and how long (the longer of the two). */
    @Transactional
    Optional<Block> blocked(String username, String clientAddress) {
        return jdbc.prepareStatement("""
                SELECT kind, failures, EXTRACT(EPOCH FROM blocked_until - now()) AS seconds
                FROM platform.login_throttle
                WHERE ((kind = 'ACCOUNT' AND subject = ?) OR (kind = 'ADDRESS' AND subject = ?)) AND blocked_until > now()
                ORDER BY blocked_until DESC LIMIT 1""", statement -> {
            statement.setString(1, username);
            statement.setString(2, clientAddress);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Kind kind = Kind.valueOf(rs.getString("kind"));
                boolean locked = rs.getInt("failures") >= limits(kind).lockAfter();
                Duration wait = Duration.ofMillis(Math.max(1, Math.round(rs.getDouble("seconds") * 1000)));
                return Optional.of(new Block(kind, locked, wait));
            }
        });
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
        return jdbc.prepareStatement("DELETE FROM platform.login_throttle WHERE kind = 'ACCOUNT' AND subject = ?", statement -> {
            statement.setString(1, username);
            return statement.executeUpdate() > 0;
        });
    }

    private void count(Kind kind, String subject) {
        // A count starts again when the last failure is longer ago than the window and nothing is blocked.
        int failures = jdbc.prepareStatement("""
                INSERT INTO platform.login_throttle AS t (kind, subject, failures, last_failure_at)
                VALUES (?, ?, 1, now())
                ON CONFLICT (kind, subject) DO UPDATE SET
                    failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => ?)
                                         AND (t.blocked_until IS NULL OR t.blocked_until < now())
                                    THEN 1 ELSE t.failures + 1 END,
                    last_failure_at = now()
                RETURNING failures""", statement -> {
            statement.setString(1, kind.name());
            statement.setString(2, subject);
            statement.setDouble(3, window.toMillis() / 1000.0);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        Optional<Duration> wait = waitAfter(limits(kind), failures);
        if (wait.isPresent()) {
            jdbc.prepareStatement("""
                    UPDATE platform.login_throttle SET blocked_until = now() + make_interval(secs => ?)
                    WHERE kind = ? AND subject = ?""", statement -> {
                statement.setDouble(1, wait.get().toMillis() / 1000.0);
                statement.setString(2, kind.name());
                statement.setString(3, subject);
                return statement.executeUpdate();
            });
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
        return jdbc.prepareStatement("""
                SELECT subject, failures, CASE WHEN blocked_until > now() THEN blocked_until END AS blocked_until
                FROM platform.login_throttle WHERE kind = 'ACCOUNT' AND subject = ANY(?)""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("varchar", usernames.toArray()));
            Map<String, AccountState> states = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Timestamp until = rs.getTimestamp("blocked_until");
                    states.put(rs.getString("subject"), new AccountState(rs.getInt("failures"), until == null ? null : until.toInstant()));
                }
            }
            return states;
        });
    }

    /** Failed logins in a row on an account, and until when its next attempt must wait (null: it need not). */
    record AccountState(int failures, @Nullable Instant blockedUntil) {
        static final AccountState NONE = new AccountState(0, null);
    }

    private Limits limits(Kind kind) {
        return kind == Kind.ACCOUNT ? account : address;
    }
}
