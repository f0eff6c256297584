package nl.akkoordmonitor.notifications.internal.outbox;

/** Hands a mail to the SMTP server. */
interface Mailer {

    void send(OutboxMail mail) throws Exception;
}
