package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** User accounts: an ADMIN manages them; every user changes their own password. */
@Controller("/users")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
class UserController {

    private final UserService service;
    private final UserRepository users;
    private final LoginThrottle throttle;

    /** What the list of users sorts on (properties of the account). */
    static final List<String> SORT_FIELDS = List.of("username", "role", "organisationId", "enabled", "createdAt", "id");

    UserController(UserService service, UserRepository users, LoginThrottle throttle) {
        this.service = service;
        this.throttle = throttle;
        this.users = users;
    }

    @Get
    @Answers.Restricted
    @Operation(operationId = "listUsers", summary = "List user accounts")
    PageResponse<UserRecords.UserView> list(@RequestBean Paging paging,
            @Parameter(description = "Sort on username, role, organisationId, enabled, createdAt or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"username", "username,desc", "role", "role,desc", "organisationId", "organisationId,desc", "enabled", "enabled,desc", "createdAt", "createdAt,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort) {
        ListRequest list = paging.sortedBy(sort);
        Page<UserEntity> found = users.findAll(list.pageable(SORT_FIELDS, "id"));
        Map<String, LoginThrottle.AccountState> logins = throttle.accountStates(found.getContent().stream().map(UserEntity::username).toList());
        return PageResponse.of(found, e -> UserRecords.UserView.of(e, logins.getOrDefault(e.username(), LoginThrottle.AccountState.NONE)));
    }

    @Get("/{id}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getUser", summary = "Get one user account")
    UserRecords.UserView get(@PathVariable long id) {
        return view(service.get(id));
    }

    @Post
    @Answers.Restricted @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createUser", summary = "Create a user account")
    HttpResponse<UserRecords.UserView> create(@Body @Valid UserRecords.CreateUserRequest request, Authentication authentication) {
        UserEntity created = service.create(Actor.of(authentication), request);
        return HttpResponse.created(view(created), URI.create("/users/" + created.id()));
    }

    @Put("/{id}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "updateUser", summary = "Change a user's role, organisation or whether it may log in",
            description = "Send the version you read; when someone else changed the account since, the answer is 409.")
    UserRecords.UserView update(@PathVariable long id, @Body @Valid UserRecords.UpdateUserRequest request, Authentication authentication) {
        return view(service.update(Actor.of(authentication), id, request));
    }

    @Delete("/{id}/login-lock")
    @Status(HttpStatus.NO_CONTENT)
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "unlockUserLogin", summary = "Unlock a user's login",
            description = "Lifts the delay or temporary lock that failed logins put on this account; written to the audit log. "
                    + "404 when the account has no failed logins counted.")
    void unlock(@PathVariable long id, Authentication authentication) {
        service.unlock(Actor.of(authentication), id);
    }

    private UserRecords.UserView view(UserEntity user) {
        return UserRecords.UserView.of(user, throttle.accountStates(List.of(user.username()))
                .getOrDefault(user.username(), LoginThrottle.AccountState.NONE));
    }

    @Post("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @Answers.LoggedIn @Answers.RuleViolated
    @Operation(operationId = "changePassword", summary = "Change your own password", description = "Give your current password and the new one (12 to 200 characters).")
    void changePassword(@Body @Valid UserRecords.ChangePasswordRequest request, Authentication authentication) {
        service.changePassword(Actor.of(authentication), request);
    }
}
