package nl.akkoordmonitor.notifications.internal.outbox;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends through the configured SMTP server with Jakarta Mail: plain text and HTML as alternatives. */
@Singleton
class SmtpMailer implements Mailer {

    private final MailSettings settings;

    SmtpMailer(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public void send(OutboxMail mail) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.getHost());
        properties.put("mail.smtp.port", String.valueOf(settings.getPort()));
        properties.put("mail.smtp.auth", String.valueOf(settings.getUsername() != null && !settings.getUsername().isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.isStarttls()));
        // A hanging server must not hold the outbox row's lock for long.
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        Session session = Session.getInstance(properties);

        MimeMessage message = new StableIdMessage(session, mail.messageId());
        message.setFrom(new InternetAddress(settings.getFrom()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        message.saveChanges();

        if (settings.getUsername() != null && !settings.getUsername().isBlank()) {
            Transport.send(message, settings.getUsername(), settings.getPassword());
        } else {
            Transport.send(message);
        }
    }

    /** Keeps the Message-ID the outbox gave the mail, so that a resend after a crash is recognisably the same mail. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
