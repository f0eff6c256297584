package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.akkoordmonitor.platform.paging.PageResponse;

import java.net.URI;

/** User accounts; only an ADMIN manages them. */
@Controller("/users")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
class UserController {

    private final UserService service;
    private final UserRepository users;

    UserController(UserService service, UserRepository users) {
        this.service = service;
        this.users = users;
    }

    @Get
    PageResponse<UserRecords.UserView> list(Pageable pageable) {
        return PageResponse.of(users.findAll(pageable), UserRecords.UserView::of);
    }

    @Post
    HttpResponse<UserRecords.UserView> create(@Body @Valid UserRecords.CreateUserRequest request) {
        UserEntity created = service.create(request);
        return HttpResponse.created(UserRecords.UserView.of(created), URI.create("/users/" + created.id()));
    }
}
