package nl.akkoordmonitor.notifications.internal.outbox;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A mail in the outbox, as the sender reads it. */
@Introspected
record OutboxMail(long id, String messageId, long userId, @Nullable Long organisationId, String recipient,
                  String subject, String text, String html, String unsubscribeUrl, int attempts) {
}
