package nl.akkoordmonitor.notifications.internal.outbox;

/** A mail's subject and its two bodies, the same text as plain text and as HTML. */
public record MailContent(String subject, String text, String html) {
}
