package nl.akkoordmonitor.notifications.internal.settings;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * A user's mail settings and secret links.
 *
 * @param userId           the user
 * @param email            where mail goes; null when the user gave no address
 * @param delivery         immediate, weekly digest or off
 * @param unsubscribeToken the secret in every mail's link that switches mail off
 * @param feedToken        the secret of the calendar feed; null until asked for
 * @param version          for optimistic locking of a change
 */
@Introspected
public record Recipient(long userId, @Nullable String email, Delivery delivery, String unsubscribeToken,
                       @Nullable String feedToken, long version) {

    /** Whether this user wants a mail per notification now. */
    public boolean mailsEach() {
        return delivery == Delivery.IMMEDIATE && email != null;
    }
}
