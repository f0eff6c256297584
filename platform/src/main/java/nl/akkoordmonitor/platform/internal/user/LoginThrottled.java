package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;

/** A login refused by the throttle before its password was checked; answered with 429 (ThrottledLoginHandler). */
class LoginThrottled extends AuthenticationFailed {

    private final LoginThrottle.Block block;

    LoginThrottled(LoginThrottle.Block block) {
        super(block.locked() ? AuthenticationFailureReason.ACCOUNT_LOCKED : AuthenticationFailureReason.UNKNOWN);
        this.block = block;
    }

    LoginThrottle.Block block() {
        return block;
    }
}
