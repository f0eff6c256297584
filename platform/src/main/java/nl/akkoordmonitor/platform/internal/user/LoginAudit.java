package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LoginSuccessfulEvent;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes every login and every failed login to the audit log, as entity {@code user} with action
 * {@code LOGIN} or {@code LOGIN_FAILED}; a failed one with the client address.
 * <p>
 * A flood of made-up logins must not fill the audit log for ever: per period
 * ({@code akkoordmonitor.login.audit.period}, counted in the database over every server) the first
 * {@code akkoordmonitor.login.audit.detailed-per-period} failures get a row each; the rest are
 * counted per client address, and after the period one {@code LOGIN_FAILED_SUMMARY} row says how
 * many there were and from where.
 */
@Singleton
class LoginAudit {

    static final String SUMMARY = "LOGIN_FAILED_SUMMARY";
    private static final int ADDRESSES_IN_SUMMARY = 20;

    private final AuditLog auditLog;
    private final Rows rows;
    private final int detailedPerPeriod;
    private final double periodSeconds;

    LoginAudit(AuditLog auditLog, Rows rows,
               @Value("${akkoordmonitor.login.audit.detailed-per-period:60}") int detailedPerPeriod,
               @Value("${akkoordmonitor.login.audit.period:1m}") Duration period) {
        this.auditLog = auditLog;
        this.rows = rows;
        this.detailedPerPeriod = detailedPerPeriod;
        this.periodSeconds = Math.max(1, period.toSeconds());
    }

    /** What a failed attempt is recorded with: the name that was tried, why it failed and from where; never the password. */
    @Serdeable
    record FailedLogin(String username, String reason, String clientAddress) {
    }

    /** How many failed logins of a period have no row of their own, and from which addresses (the most first). */
    @Serdeable
    record FailedLoginSummary(Instant from, Instant to, int failures, int withoutOwnRow, List<AddressCount> addresses) {
    }

    @Serdeable
    record AddressCount(String clientAddress, int failures) {
    }

    /** A period that is over, with more failed logins than got a row of their own. */
    @Introspected
    record Period(Instant periodStart, int failures) {
    }

    @EventListener
    @Transactional
    void onLogin(LoginSuccessfulEvent event) {
        if (event.getSource() instanceof Authentication authentication) {
            Actor actor = Actor.of(authentication);
            auditLog.record(actor, AuditEntry.of(UserService.ENTITY, actor.userId(), "LOGIN").organisation(actor.organisationId()));
        }
    }

    /**
     * A failed attempt. It is anonymous; it is filed under the account that was tried, when that
     * exists, so that the account's organisation sees attacks on its accounts.
     */
    @Transactional
    void failed(String username, @Nullable UserEntity user, String reason, String clientAddress) {
        int inPeriod = rows.value(Integer.class, """
                INSERT INTO platform.login_failure_period AS p (period_start, failures)
                VALUES (to_timestamp(floor(extract(epoch FROM now()) / ?) * ?), 1)
                ON CONFLICT (period_start) DO UPDATE SET failures = p.failures + 1
                RETURNING failures""", periodSeconds, periodSeconds).orElseThrow();
        if (inPeriod <= detailedPerPeriod) {
            auditLog.record(null, AuditEntry.of(UserService.ENTITY, user == null ? null : user.id(), "LOGIN_FAILED")
                    .values(null, new FailedLogin(username, reason, clientAddress))
                    .organisation(user == null ? null : user.organisationId()));
            return;
        }
        rows.update("""
                INSERT INTO platform.login_failure_unaudited AS u (period_start, client_address, failures)
                VALUES (to_timestamp(floor(extract(epoch FROM now()) / ?) * ?), ?, 1)
                ON CONFLICT (period_start, client_address) DO UPDATE SET failures = u.failures + 1""", periodSeconds, periodSeconds, clientAddress);
    }

    /**
     * Writes the summary row of every period that is over and had failures without a row of their
     * own. Marking the period first makes sure that of several servers only one writes it.
     */
    @Scheduled(fixedDelay = "${akkoordmonitor.login.audit.summary-interval:1m}", initialDelay = "${akkoordmonitor.login.audit.summary-interval:1m}")
    @Transactional
    void summarise() {
        List<Period> periods = rows.list(Period.class, """
                UPDATE platform.login_failure_period SET summarised = TRUE
                WHERE NOT summarised AND failures > ?
                  AND period_start + make_interval(secs => ?) <= now()
                RETURNING period_start, failures""", detailedPerPeriod, periodSeconds);
        for (Period period : periods) {
            int failures = period.failures();
            List<AddressCount> addresses = rows.list(AddressCount.class, """
                    SELECT client_address, failures FROM platform.login_failure_unaudited
                    WHERE period_start = ? ORDER BY failures DESC, client_address LIMIT ?""", period.periodStart(), ADDRESSES_IN_SUMMARY);
            Instant from = period.periodStart();
            auditLog.record(null, AuditEntry.of(UserService.ENTITY, null, SUMMARY).values(null, new FailedLoginSummary(from,
                    from.plusMillis(Math.round(periodSeconds * 1000)), failures, failures - detailedPerPeriod, addresses)));
        }
        // The counts are needed only until their summary is written.
        rows.update("DELETE FROM platform.login_failure_period WHERE period_start < now() - interval '1 day'");
    }
}
