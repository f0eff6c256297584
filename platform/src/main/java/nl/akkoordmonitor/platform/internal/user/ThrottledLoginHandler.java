package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.config.SecurityConfigurationProperties;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.message.Messages;
import nl.akkoordmonitor.platform.problem.Problem;
import nl.akkoordmonitor.platform.problem.ProblemException;

/**
 * Answers a login the throttle refused with 429 problem+json and {@code Retry-After} (whole seconds,
 * rounded up), saying how long to wait; every other failed login stays a 401 that does not say why.
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
@Requires(property = SecurityConfigurationProperties.PREFIX + ".authentication", value = "bearer")
class ThrottledLoginHandler extends AccessRefreshTokenLoginHandler {

    static final String TYPE = "too-many-attempts";

    private final Messages messages;

    ThrottledLoginHandler(AccessRefreshTokenGenerator generator, Messages messages) {
        super(generator);
        this.messages = messages;
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failed, HttpRequest<?> request) {
        if (!(failed instanceof LoginThrottled throttled)) {
            return super.loginFailed(failed, request);
        }
        LoginThrottle.Block block = throttled.block();
        long seconds = Math.max(1, (block.remaining().toMillis() + 999) / 1000);
        Message detail = block.locked()
                ? Message.of(block.kind() == LoginThrottle.Kind.ACCOUNT ? "LOGIN_LOCKED.account" : "LOGIN_LOCKED.address", (seconds + 59) / 60)
                : Message.of("LOGIN_DELAYED", seconds);
        var language = Languages.of(request);
        Problem problem = new Problem(Problem.TYPE_BASE + TYPE, messages.render(ProblemException.titleOf(TYPE), language),
                HttpStatus.TOO_MANY_REQUESTS.getCode(), messages.render(detail, language), request.getPath(), null);
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(problem).contentType(Problem.MEDIA_TYPE)
                .header(io.micronaut.http.HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    }
}
