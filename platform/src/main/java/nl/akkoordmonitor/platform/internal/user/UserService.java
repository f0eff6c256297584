package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;

import java.util.ArrayList;
import java.util.List;

/** Creates and changes user accounts; every change is written to the audit log in the same transaction. */
@Singleton
class UserService {

    static final String ENTITY = "user";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final RoleOrganisationPolicy roleOrganisation;
    private final AuditLog auditLog;

    private final ApplicationEventPublisher<AccountCache.AccountChanged> accountChanges;
    private final LoginThrottle throttle;
    private final PasswordPolicy passwordPolicy;
    private final AccountChangeNotifications otherServers;

    UserService(UserRepository users, PasswordHasher hasher, RoleOrganisationPolicy roleOrganisation, AuditLog auditLog,
                ApplicationEventPublisher<AccountCache.AccountChanged> accountChanges, LoginThrottle throttle,
                PasswordPolicy passwordPolicy, AccountChangeNotifications otherServers) {
        this.otherServers = otherServers;
        this.users = users;
        this.throttle = throttle;
        this.passwordPolicy = passwordPolicy;
        this.accountChanges = accountChanges;
        this.hasher = hasher;
        this.roleOrganisation = roleOrganisation;
        this.auditLog = auditLog;
    }

    @Transactional
    UserEntity create(Actor actor, UserRecords.CreateUserRequest request) {
        return create(actor, request, null);
    }

    /** @param actor null when the system itself creates the account (the demo), with a reason */
    @Transactional
    UserEntity create(@Nullable Actor actor, UserRecords.CreateUserRequest request, @Nullable String reason) {
        String username = DatabaseAuthenticationProvider.normalise(request.username());
        List<Violation> violations = new ArrayList<>(roleOrganisation.check(request.role(), request.organisationId()));
        violations.addAll(passwordPolicy.check(username, request.password(), "/password"));
        RuleViolatedException.refuseIfAny(violations);
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException(Message.of("USERNAME_TAKEN", username));
        }
        UserEntity created = users.save(new UserEntity(null, username, hasher.hash(request.password()), request.role(),
                request.organisationId(), true, 0, null, null));
        auditLog.record(actor, AuditEntry.of(ENTITY, created.id(), "CREATE")
                .values(null, UserRecords.AuditedUser.of(created)).organisation(created.organisationId()).reason(reason));
        return created;
    }

    UserEntity get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException(Message.of("USER_NOT_FOUND", id)));
    }

    @Transactional
    UserEntity update(Actor actor, long id, UserRecords.UpdateUserRequest request) {
        UserEntity before = get(id);
        if (!before.version().equals(request.version())) {
            throw staleVersion(id);
        }
        List<Violation> violations = new ArrayList<>(roleOrganisation.check(request.role(), request.organisationId()));
        // Nobody locks themselves out; since only an administrator changes accounts, this also
        // means there is always one enabled administrator left.
        if (before.id() == actor.userId() && (request.role() != before.role() || !request.enabled())) {
            violations.add(Violation.of(Message.of("OWN_ACCOUNT")));
        }
        RuleViolatedException.refuseIfAny(violations);
        // Update with the version the caller read: when another request changed the row in between,
        // the database finds no row with that version and the update fails as a 409.
        UserEntity after = users.update(before.withAccess(request.role(), request.organisationId(), request.enabled(), request.version()));
        // The token check forgets the account after the commit (AccountCache), on every server.
        accountChanges.publishEvent(new AccountCache.AccountChanged(id));
        otherServers.changed(id);
        auditLog.record(actor, AuditEntry.of(ENTITY, id, "UPDATE")
                .values(UserRecords.AuditedUser.of(before), UserRecords.AuditedUser.of(after))
                .organisation(after.organisationId() != null ? after.organisationId() : before.organisationId()));
        return after;
    }

    @Transactional
    void changePassword(Actor actor, UserRecords.ChangePasswordRequest request) {
        UserEntity user = get(actor.userId());
        if (!hasher.matches(request.currentPassword(), user.passwordHash())) {
            throw new RuleViolatedException(Violation.at("/currentPassword", Message.of("CURRENT_PASSWORD")));
        }
        if (request.newPassword().equals(request.currentPassword())) {
            throw new RuleViolatedException(Violation.at("/newPassword", Message.of("NEW_PASSWORD")));
        }
        RuleViolatedException.refuseIfAny(passwordPolicy.check(user.username(), request.newPassword(), "/newPassword"));
        users.update(user.withPasswordHash(hasher.hash(request.newPassword())));
        accountChanges.publishEvent(new AccountCache.AccountChanged(user.id()));
        otherServers.changed(user.id());
        // Only the fact is recorded: no password and no hash ever goes into the audit log.
        auditLog.record(actor, AuditEntry.of(ENTITY, user.id(), "PASSWORD_CHANGE").organisation(user.organisationId()));
    }

    /** Lifts the login delay or lock of an account (LoginThrottle), so its user can log in again at once. */
    @Transactional
    void unlock(Actor actor, long id) {
        UserEntity user = get(id);
        if (!throttle.clear(user.username())) {
            throw new NotFoundException(Message.of("NOT_LOCKED", id));
        }
        auditLog.record(actor, AuditEntry.of(ENTITY, id, "UNLOCK").organisation(user.organisationId()));
    }

    @Transactional
    boolean createFirstAdmin(String username, String password) {
        if (users.count() > 0) {
            return false;
        }
        UserEntity admin = users.save(new UserEntity(null, username, hasher.hash(password), Role.ADMIN, null, true, 0, null, null));
        auditLog.record(null, AuditEntry.of(ENTITY, admin.id(), "CREATE").values(null, UserRecords.AuditedUser.of(admin))
                .reason("first start: no users existed"));
        return true;
    }

    private static ConflictException staleVersion(long id) {
        return new ConflictException(new Violation("STALE_VERSION", "/version", Message.of("STALE_VERSION.user", id)));
    }

    @Nullable
    UserEntity findByUsername(String username) {
        return users.findByUsername(DatabaseAuthenticationProvider.normalise(username)).orElse(null);
    }
}
