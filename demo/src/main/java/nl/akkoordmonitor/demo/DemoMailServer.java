package nl.akkoordmonitor.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SMTP server of demo mode (GreenMail, embedded): it catches every mail the application sends,
 * so that a new user sees what would have been sent, and nothing leaves the machine.
 */
public final class DemoMailServer implements AutoCloseable {

    /** The demo users' addresses end in this domain. */
    public static final String DOMAIN = "demo.akkoordmonitor.nl";

    private final GreenMail greenMail;

    private DemoMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts the server on a free port of this machine only. */
    public static DemoMailServer start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        return new DemoMailServer(greenMail);
    }

    /** The settings that send the application's mail here. */
    public Map<String, Object> properties() {
        return Map.of("akkoordmonitor.smtp.host", "127.0.0.1",
                "akkoordmonitor.smtp.port", greenMail.getSmtp().getPort(),
                "akkoordmonitor.smtp.starttls", false,
                // Mails are sent within seconds, so that the demo shows them right away.
                "akkoordmonitor.notifications.send-interval", "5s",
                "akkoordmonitor.notifications.send-initial-delay", "5s");
    }

    /**
     * A caught mail.
     *
     * @param messageId its Message-ID
     * @param to        the recipient
     * @param subject   the subject
     * @param receivedAt when the server caught it
     * @param text      the plain-text part
     * @param html      the HTML part
     */
    @Serdeable
    public record CaughtMail(String messageId, String to, String subject, Instant receivedAt, String text, String html) {
    }

    /** The mails caught for this address, oldest first. */
    public List<CaughtMail> mailsTo(String address) {
        List<CaughtMail> found = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
                if (to.equalsIgnoreCase(address)) {
                    found.add(new CaughtMail(message.getMessageID(), to, message.getSubject(),
                            message.getReceivedDate() == null ? Instant.now() : message.getReceivedDate().toInstant(),
                            part(message, "text/plain"), part(message, "text/html")));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("a caught mail cannot be read", e);
            }
        }
        return found;
    }

    private static String part(MimeMessage message, String type) throws MessagingException, IOException {
        if (message.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType(type)) {
                    return String.valueOf(multipart.getBodyPart(i).getContent());
                }
            }
            return "";
        }
        return message.isMimeType(type) ? String.valueOf(message.getContent()) : "";
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
