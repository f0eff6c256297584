package nl.akkoordmonitor.notifications.internal.inbox;

/**
 * What a notification says, in Dutch, and where it leads.
 *
 * @param kind    what it is about
 * @param subject one line, also the mail's subject
 * @param body    a few sentences that say what happened and what to do
 * @param link    the path of the thing in the application, e.g. /evaluations/12
 */
public record Message(NotificationKind kind, String subject, String body, String link) {
}
