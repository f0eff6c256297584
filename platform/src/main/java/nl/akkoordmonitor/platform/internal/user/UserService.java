package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.OrganisationDirectory;
import nl.akkoordmonitor.platform.security.Role;

import java.util.ArrayList;
import java.util.List;

@Singleton
class UserService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final OrganisationDirectory organisations;

    UserService(UserRepository users, PasswordHasher hasher, OrganisationDirectory organisations) {
        this.users = users;
        this.hasher = hasher;
        this.organisations = organisations;
    }

    @Transactional
    UserEntity create(UserRecords.CreateUserRequest request) {
        String username = DatabaseAuthenticationProvider.normalise(request.username());
        List<Violation> violations = new ArrayList<>();
        String expectedType = request.role().organisationType();
        if (expectedType == null && request.organisationId() != null) {
            violations.add(new Violation("ROLE_ORGANISATION", "organisationId", "a user with role " + request.role() + " belongs to no organisation; leave organisationId out"));
        }
        if (expectedType != null) {
            if (request.organisationId() == null) {
                violations.add(new Violation("ROLE_ORGANISATION", "organisationId", "a user with role " + request.role() + " needs the id of a " + expectedType + " organisation"));
            } else {
                organisations.find(request.organisationId()).ifPresentOrElse(org -> {
                    if (!expectedType.equals(org.type())) {
                        violations.add(new Violation("ROLE_ORGANISATION", "organisationId", "organisation " + org.id() + " (" + org.name() + ") is a " + org.type() + ", but role " + request.role() + " needs a " + expectedType));
                    }
                }, () -> violations.add(new Violation("ROLE_ORGANISATION", "organisationId", "no organisation with id " + request.organisationId())));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolatedException("The user cannot be created: " + violations.get(0).message() + ".", violations);
        }
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("USERNAME_TAKEN", "The username '" + username + "' is taken. Choose another.");
        }
        return users.save(new UserEntity(null, username, hasher.hash(request.password()), request.role(),
                request.organisationId(), true, null, null));
    }

    @Transactional
    boolean createFirstAdmin(String username, String password) {
        if (users.count() > 0) {
            return false;
        }
        users.save(new UserEntity(null, username, hasher.hash(password), Role.ADMIN, null, true, null, null));
        return true;
    }
}
