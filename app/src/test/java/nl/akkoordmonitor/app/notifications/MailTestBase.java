package nl.akkoordmonitor.app.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.akkoordmonitor.app.milestones.MutableClock;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import nl.akkoordmonitor.notifications.internal.outbox.OutboxSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The application with e-mail on, sending to a real SMTP server (GreenMail) inside the test, and a
 * clock the test moves (each test class makes it its Clock bean with {@code @MockBean}). The outbox
 * is sent when the test says so.
 */
abstract class MailTestBase extends IntegrationTest {

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-15T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    protected GreenMail greenMail;

    @Inject
    protected OutboxSender sender;

    /** A mail user: the token, the address, and the user's name. */
    record MailUser(String token, String email) {
    }

    @Override
    protected Map<String, String> extraProperties() {
        // A free port: other test runs on this machine may have an SMTP server of their own.
        if (greenMail == null) {
            greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            greenMail.start();
        }
        Map<String, String> properties = new HashMap<>();
        properties.put("akkoordmonitor.smtp.host", "127.0.0.1");
        properties.put("akkoordmonitor.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        properties.put("akkoordmonitor.smtp.starttls", "false");
        properties.put("akkoordmonitor.public-url", "https://akkoordmonitor.example.nl");
        return properties;
    }

    @AfterAll
    void stopGreenMail() {
        greenMail.stop();
    }

    /** Sends what earlier tests left in the outbox and forgets every mail caught so far. */
    @BeforeEach
    void emptyMailboxes() throws Exception {
        clock.set("2026-03-15T10:00:00Z");
        sender.sendDue();
        greenMail.purgeEmailFromAllMailboxes();
    }

    /** A user of the role and organisation who gave an address and chose how to get mail. */
    protected MailUser mailUser(String role, long organisationId, String delivery) {
        String token = api.userFor(role, organisationId);
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        ApiResponse current = api.get(token, "/notifications/settings");
        assertEquals(200, current.status(), current.toString());
        ApiResponse changed = api.put(token, "/notifications/settings",
                Map.of("email", email, "delivery", delivery, "version", current.get("version")));
        assertEquals(200, changed.status(), changed.toString());
        return new MailUser(token, email);
    }

    protected List<MimeMessage> mailsTo(MailUser user) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m).equals(user.email())).toList();
    }

    protected static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of the given type (text/plain or text/html) of a multipart/alternative mail. */
    protected static String part(MimeMessage message, String type) {
        try {
            MimeMultipart multipart = (MimeMultipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType(type)) {
                    return (String) multipart.getBodyPart(i).getContent();
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
