package nl.akkoordmonitor.app.notifications;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import nl.akkoordmonitor.app.milestones.AgreementWorld;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Agreement;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.milestones.Evaluations;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.notifications.internal.inbox.WeeklyDigest;
import nl.akkoordmonitor.notifications.internal.outbox.OutboxCrash;
import nl.akkoordmonitor.notifications.internal.outbox.OutboxSender;
import nl.akkoordmonitor.notifications.internal.reminder.ReminderScheduler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E-mail as users get it, through a real SMTP server: who gets which mail, reminders made once,
 * nothing lost and nothing twice (a crash, two instances), switching mail off, and the digest.
 */
@MicronautTest(transactional = false)
class NotificationMailTest extends MailTestBase {

    private static final String REASON = "De bijsturing bij rood is te vaag; maak haar concreet";

    @Inject
    ApplicationContext context;
    @Inject
    ReminderScheduler reminders;
    @Inject
    WeeklyDigest digest;

    private AgreementWorld world;
    private Evaluations evaluations;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeAll
    void world() {
        world = new AgreementWorld(api);
        evaluations = new Evaluations(api);
    }

    /** A municipality's submitted 2025 evaluation, with its GGD's token to review it. */
    private record Submitted(Place place, long evaluationId, String ggd) {
    }

    private Submitted submitted(Place place, String municipality) {
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        long id = evaluations.opened(municipality, agreement.id(), 2025);
        evaluations.submitted(municipality, id);
        return new Submitted(place, id, world.ggd(place.regionCode()));
    }

    @Test
    void aReturnedEvaluationMailsTheMunicipalitysUsersAndNotOthers() {
        Place place = world.freshMunicipality();
        Place neighbour = world.freshMunicipalityIn(place.regionCode());
        MailUser first = mailUser("MUNICIPALITY", place.municipalityId(), "IMMEDIATE");
        MailUser second = mailUser("MUNICIPALITY", place.municipalityId(), "IMMEDIATE");
        MailUser other = mailUser("MUNICIPALITY", neighbour.municipalityId(), "IMMEDIATE");
        MailUser reviewer = mailUser("GGD", place.regionId(), "IMMEDIATE");

        Submitted evaluation = submitted(place, first.token());
        assertEquals(0, mailsTo(first).size() + mailsTo(reviewer).size(), "nothing is sent before the sender runs");
        sender.sendDue();
        assertEquals(1, mailsTo(reviewer).size(), "the GGD region reviews the submission");
        assertTrue(subject(mailsTo(reviewer).get(0)).startsWith("Evaluatie 2025 van "), subject(mailsTo(reviewer).get(0)));
        assertEquals(0, mailsTo(first).size(), "the municipality is not told of its own submission");

        ApiResponse returned = evaluations.transition(evaluation.ggd(), evaluation.evaluationId(), "return", REASON);
        assertEquals("RETURNED", returned.get("status"), returned.toString());
        sender.sendDue();

        for (MailUser user : List.of(first, second)) {
            List<MimeMessage> mails = mailsTo(user);
            assertEquals(1, mails.size(), user.email());
            MimeMessage mail = mails.get(0);
            assertTrue(subject(mail).startsWith("Evaluatie 2025 teruggestuurd door "), subject(mail));
            String text = part(mail, "text/plain");
            String html = part(mail, "text/html");
            assertTrue(text.contains(REASON) && html.contains(REASON), text);
            assertTrue(text.contains("https://akkoordmonitor.example.nl/evaluatie/" + evaluation.evaluationId()), text);
            String unsubscribe = header(mail, "List-Unsubscribe");
            assertNotNull(unsubscribe);
            assertTrue(text.contains(unsubscribe.substring(1, unsubscribe.length() - 1)), "the text holds the link that switches mail off");
            assertTrue(html.contains("lang=\"nl\"") && html.contains("E-mail uitzetten"), html);
        }
        assertEquals(0, mailsTo(other).size(), "another municipality of the region hears nothing of it");
        assertEquals(1, mailsTo(reviewer).size(), "the reviewer is not told of its own return");

        // The same notice in the product, unread until read; nobody else can mark it.
        ApiResponse unread = api.get(first.token(), "/notifications?unread=true");
        Map<String, Object> notice = unread.items().stream().filter(n -> "EVALUATION_RETURNED".equals(n.get("kind"))).findFirst().orElseThrow();
        assertEquals("/evaluatie/" + evaluation.evaluationId(), notice.get("link"), "the link opens the page, not the API");
        long noticeId = ((Number) notice.get("id")).longValue();
        assertEquals(404, api.post(other.token(), "/notifications/" + noticeId + "/read", Map.of()).status());
        assertEquals(204, api.post(first.token(), "/notifications/" + noticeId + "/read", Map.of()).status());
        assertTrue(api.get(first.token(), "/notifications?unread=true").items().stream().noneMatch(n -> n.get("id").equals(notice.get("id"))));
        assertEquals(0, api.get(other.token(), "/notifications").items().stream()
                .filter(n -> "EVALUATION_RETURNED".equals(n.get("kind"))).count());
    }

    @Test
    void aDeadlineSevenDaysAheadRemindsEachUserOnceHoweverOftenTheSchedulerRuns() {
        clock.set("2035-06-01T06:00:00Z");
        Place place = world.freshMunicipality();
        MailUser first = mailUser("MUNICIPALITY", place.municipalityId(), "IMMEDIATE");
        MailUser second = mailUser("MUNICIPALITY", place.municipalityId(), "IMMEDIATE");
        MailUser ggd = mailUser("GGD", place.regionId(), "IMMEDIATE");
        String vws = world.vws();
        ApiResponse added = api.post(vws, "/calendar/dates", Map.of("date", "2035-06-08", "title", "Regioplan inleveren bij VWS",
                "kind", "REGIONAL_PLAN", "audience", "MUNICIPALITY"));
        assertEquals(201, added.status(), added.toString());

        for (int run = 0; run < 3; run++) {
            reminders.run();
        }
        sender.sendDue();

        for (MailUser user : List.of(first, second)) {
            List<MimeMessage> mails = mailsTo(user);
            assertEquals(1, mails.size(), "one reminder for " + user.email());
            assertEquals("Herinnering: Regioplan inleveren bij VWS op 8 juni 2035", subject(mails.get(0)));
            assertTrue(part(mails.get(0), "text/plain").contains("over 7 dagen"), part(mails.get(0), "text/plain"));
            assertTrue(part(mails.get(0), "text/plain").contains("https://akkoordmonitor.example.nl/agenda"),
                    "the reminder leads to the calendar page: " + part(mails.get(0), "text/plain"));
        }
        // The reminder as it arrived, for the README.
        writeMail(mailsTo(first).get(0), "herinnering.txt");
        assertEquals(0, mailsTo(ggd).size(), "the date is for municipalities only");

        // A day later it is still the 7-day step: nothing new.
        clock.set("2035-06-02T06:00:00Z");
        reminders.run();
        sender.sendDue();
        assertEquals(1, mailsTo(first).size());
        assertEquals(204, api.delete(vws, "/calendar/dates/" + added.id()).status());
    }

    @Test
    void aCrashBetweenSendingAndMarkingSendsTheMailOnceMoreWithTheSameMessageId() {
        Place place = world.freshMunicipality();
        MailUser user = mailUser("MUNICIPALITY", place.municipalityId(), "IMMEDIATE");
        Submitted evaluation = submitted(place, user.token());
        sender.sendDue();
        evaluations.transition(evaluation.ggd(), evaluation.evaluationId(), "return", REASON);

        OutboxCrash.crashAfterNextSend(sender);
        assertThrows(OutboxCrash.SimulatedCrash.class, () -> sender.sendDue());
        assertEquals(1, mailsTo(user).size(), "the mail went out before the crash");

        sender.sendDue();
        sender.sendDue();
        List<MimeMessage> mails = mailsTo(user);
        assertEquals(2, mails.size(), "sent once more after the crash, and then never again");
        assertEquals(messageId(mails.get(0)), messageId(mails.get(1)));
        assertTrue(messageId(mails.get(0)).endsWith("@akkoordmonitor.example.nl>"), messageId(mails.get(0)));
    }

    @Test
    void twoInstancesOnOneDatabaseSendEachMailOnce() throws Exception {
        Place place = world.freshMunicipality();
        List<MailUser> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            users.add(mailUser("MUNICIPALITY", place.municipalityId(), "IMMEDIATE"));
        }
        Submitted evaluation = submitted(place, users.get(0).token());
        sender.sendDue();
        evaluations.transition(evaluation.ggd(), evaluation.evaluationId(), "return", REASON);
        evaluations.submitted(users.get(0).token(), evaluation.evaluationId());
        evaluations.transition(evaluation.ggd(), evaluation.evaluationId(), "accept", null);

        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("akkoordmonitor.clock.fixed-instant", clock.instant().toString());
        try (ApplicationContext second = ApplicationContext.run(properties)) {
            OutboxSender otherSender = second.getBean(OutboxSender.class);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (OutboxSender instance : List.of(sender, otherSender)) {
                Callable<Integer> run = () -> {
                    start.await();
                    return instance.sendDue();
                };
                runs.add(threads.submit(run));
            }
            start.countDown();
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            threads.shutdown();
            assertTrue(sent >= 12, "both instances together sent everything: " + sent);
        }
        Set<String> seen = new HashSet<>();
        for (MailUser user : users) {
            List<MimeMessage> mails = mailsTo(user);
            assertEquals(2, mails.size(), "returned and accepted, once each, for " + user.email());
            mails.forEach(m -> assertTrue(seen.add(messageId(m)), "sent twice: " + messageId(m)));
        }
    }

    @Test
    void aUserWhoSwitchedMailOffGetsNone() {
        Place place = world.freshMunicipality();
        MailUser keeps = mailUser("MUNICIPALITY", place.municipalityId(), "IMMEDIATE");
        MailUser optedOut = mailUser("MUNICIPALITY", place.municipalityId(), "OFF");
        MailUser unsubscribes = mailUser("MUNICIPALITY", place.municipalityId(), "IMMEDIATE");
        Submitted evaluation = submitted(place, keeps.token());
        sender.sendDue();

        evaluations.transition(evaluation.ggd(), evaluation.evaluationId(), "return", REASON);
        sender.sendDue();
        assertEquals(1, mailsTo(keeps).size());
        assertEquals(1, mailsTo(unsubscribes).size());

        // Returned once more: the mails wait in the outbox while one user switches mail off with the first mail's link.
        evaluations.submitted(keeps.token(), evaluation.evaluationId());
        evaluations.transition(evaluation.ggd(), evaluation.evaluationId(), "return", "Nog een keer: de bevindingen ontbreken");
        String link = header(mailsTo(unsubscribes).get(0), "List-Unsubscribe");
        String path = URI.create(link.substring(1, link.length() - 1)).getPath();
        ApiResponse page = api.get(null, path);
        assertEquals(200, page.status());
        assertTrue(page.text().contains("<form method=\"post\""), "opening the link alone changes nothing: " + page.text());
        assertEquals("IMMEDIATE", api.get(unsubscribes.token(), "/notifications/settings").get("delivery"));
        ApiResponse done = api.post(null, path, Map.of());
        assertEquals(200, done.status(), done.toString());
        assertEquals("OFF", api.get(unsubscribes.token(), "/notifications/settings").get("delivery"));
        assertEquals(404, api.get(null, "/notifications/unsubscribe/not-a-real-token").status());

        sender.sendDue();
        assertEquals(2, mailsTo(keeps).size());
        assertEquals(1, mailsTo(unsubscribes).size(), "no mail after switching it off, also none that was waiting");
        assertEquals(0, mailsTo(optedOut).size(), "no mail at all for a user who chose OFF");
        assertEquals(2, api.get(optedOut.token(), "/notifications").items().stream()
                .filter(n -> "EVALUATION_RETURNED".equals(n.get("kind"))).count(), "the product still shows the notices");
    }

    @Test
    void theDigestCollectsAWeekInOneMail() {
        Place place = world.freshMunicipality();
        MailUser weekly = mailUser("MUNICIPALITY", place.municipalityId(), "DIGEST");
        MailUser each = mailUser("MUNICIPALITY", place.municipalityId(), "IMMEDIATE");
        clock.set("2026-03-09T09:00:00Z");
        Submitted evaluation = submitted(place, each.token());
        // Tuesday: returned; Thursday: resubmitted and accepted.
        clock.set("2026-03-10T09:00:00Z");
        evaluations.transition(evaluation.ggd(), evaluation.evaluationId(), "return", REASON);
        clock.set("2026-03-12T15:00:00Z");
        evaluations.submitted(each.token(), evaluation.evaluationId());
        evaluations.transition(evaluation.ggd(), evaluation.evaluationId(), "accept", null);
        sender.sendDue();
        assertEquals(2, mailsTo(each).size());
        assertEquals(0, mailsTo(weekly).size(), "the weekly reader gets no single mails");

        // Sunday evening the week is not over yet.
        clock.set("2026-03-15T20:00:00Z");
        digest.run();
        sender.sendDue();
        assertEquals(0, mailsTo(weekly).size());
        // Monday morning: one digest, made once however often it runs.
        clock.set("2026-03-16T07:00:00Z");
        digest.run();
        digest.run();
        sender.sendDue();
        List<MimeMessage> digests = mailsTo(weekly);
        assertEquals(1, digests.size());
        assertEquals("Uw overzicht van de week van 9 maart 2026: 2 meldingen", subject(digests.get(0)));
        String text = part(digests.get(0), "text/plain");
        assertTrue(text.contains("Evaluatie 2025 teruggestuurd door") && text.contains("Evaluatie 2025 geaccepteerd door"), text);
        assertTrue(text.indexOf("teruggestuurd") < text.indexOf("geaccepteerd"), "oldest first");
    }

    private static void writeMail(MimeMessage mail, String name) {
        try {
            java.nio.file.Path directory = java.nio.file.Path.of("target", "mails");
            java.nio.file.Files.createDirectories(directory);
            java.nio.file.Files.writeString(directory.resolve(name), "Onderwerp: " + subject(mail) + "\n\n" + part(mail, "text/plain"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
