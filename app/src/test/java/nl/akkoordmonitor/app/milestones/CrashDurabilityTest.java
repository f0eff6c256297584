package nl.akkoordmonitor.app.milestones;

import nl.akkoordmonitor.app.milestones.AgreementWorld.Agreement;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static nl.akkoordmonitor.app.milestones.MilestoneSteps.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a crash does to a server on its embedded database: every progress report that was
 * acknowledged (201) is still there after kill -9 of the Java process and its PostgreSQL, and the
 * first start after kill -9 of the Java process alone succeeds.
 */
class CrashDurabilityTest {

    private static final int WRITERS = 4;
    private static final String PASSWORD = "stroomstoring-na-middernacht";

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedReportSurvivesKillingJavaAndPostgres() throws Exception {
        Path data = directory.resolve("postgres");
        Map<Long, Set<Long>> acknowledged = new ConcurrentHashMap<>();
        List<Long> milestones = new ArrayList<>();
        String user;
        String[] usernameHolder = new String[1];
        try (ServerProcess server = ServerProcess.start(data, Map.of())) {
            Api api = server.api();
            AgreementWorld world = new AgreementWorld(api);
            Place place = world.freshMunicipality();
            Agreement agreement = world.activeLocal(place, 2024, 2026);
            String username = "crash-" + place.municipalityCode().toLowerCase();
            assertEquals(201, api.post(api.admin(), "/users", Map.of("username", username, "password", PASSWORD,
                    "role", "MUNICIPALITY", "organisationId", place.municipalityId())).status());
            user = api.login(username, PASSWORD);
            usernameHolder[0] = username;
            MilestoneSteps steps = new MilestoneSteps(api);
            for (int i = 0; i < WRITERS; i++) {
                milestones.add(steps.planned(user, agreement.commitment(), "Mijlpaal " + i, "2026-12-31"));
            }

            AtomicBoolean writing = new AtomicBoolean(true);
            List<String> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
            CountDownLatch enoughWritten = new CountDownLatch(WRITERS * 20);
            List<Thread> writers = new ArrayList<>();
            for (long milestone : milestones) {
                Set<Long> ids = ConcurrentHashMap.newKeySet();
                acknowledged.put(milestone, ids);
                Thread writer = new Thread(() -> {
                    for (int n = 0; writing.get(); n++) {
                        ApiResponse created = api.post(user, "/milestones/" + milestone + "/reports",
                                report("2026-11-01", "ON_TRACK", n % 100, "Rapport " + n));
                        if (created.status() == 201) {
                            ids.add(((Number) ((Map<?, ?>) created.get("report")).get("id")).longValue());
                            enoughWritten.countDown();
                        } else if (writing.get()) {
                            refusals.add(created.toString());
                        }
                    }
                }, "writer-" + milestone);
                writers.add(writer);
                writer.start();
            }
            assertTrue(enoughWritten.await(120, TimeUnit.SECONDS), () -> "the writers got reports through: " + refusals.stream().limit(3).toList());
            assertEquals(List.of(), refusals, "no write was refused before the kill");

            // Both at once, in the middle of the writes, as a power cut would.
            long postgres = server.postmasterPid();
            server.process().destroyForcibly();
            ProcessHandle.of(postgres).ifPresent(ProcessHandle::destroyForcibly);
            writing.set(false);
            for (Thread writer : writers) {
                writer.join(30_000);
            }
            server.process().waitFor(30, TimeUnit.SECONDS);
        }
        int total = acknowledged.values().stream().mapToInt(Set::size).sum();
        assertTrue(total >= WRITERS * 20, "reports acknowledged before the kill: " + total);

        try (ServerProcess restarted = ServerProcess.start(data, Map.of())) {
            Api api = restarted.api();
            String again = api.login(usernameHolder[0], PASSWORD);
            for (long milestone : milestones) {
                Set<Long> stored = new HashSet<>();
                for (Map<String, Object> report : reports(api.get(again, "/milestones/" + milestone))) {
                    stored.add(((Number) report.get("id")).longValue());
                }
                Set<Long> lost = new HashSet<>(acknowledged.get(milestone));
                lost.removeAll(stored);
                assertTrue(lost.isEmpty(), "acknowledged reports lost after the crash: " + lost);
            }
        }
    }

    @Test
    void theFirstStartAfterKillingJavaAloneSucceeds() throws Exception {
        Path data = directory.resolve("postgres");
        long orphan;
        try (ServerProcess first = ServerProcess.start(data, Map.of())) {
            orphan = first.postmasterPid();
            first.killJava();
            assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                    "PostgreSQL outlives the killed server");

            try (ServerProcess second = ServerProcess.start(data, Map.of())) {
                assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan was stopped");
                assertNotEquals(orphan, second.postmasterPid());
                assertTrue(second.output().contains("left behind by a server that was killed"), second.output());
                Api api = second.api();
                assertEquals(200, api.post(null, "/login", Map.of("username", "admin",
                        "password", nl.akkoordmonitor.app.support.IntegrationTest.ADMIN_PASSWORD)).status());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reports(ApiResponse milestone) {
        assertEquals(200, milestone.status(), milestone.toString());
        return (List<Map<String, Object>>) milestone.get("reports");
    }
}
