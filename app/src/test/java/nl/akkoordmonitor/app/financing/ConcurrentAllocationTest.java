package nl.akkoordmonitor.app.financing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static nl.akkoordmonitor.app.financing.Money.euros;
import static nl.akkoordmonitor.app.financing.StreamBuilder.aStream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The budget rule holds when many allocation requests arrive at the same moment. */
@MicronautTest(transactional = false)
class ConcurrentAllocationTest extends IntegrationTest {

    private static final int REQUESTS = 8;

    @Test
    void parallelRequestsThatTogetherExceedTheBudgetNeverPushTheTotalOverIt() throws Exception {
        AgreementFixtures fixtures = new AgreementFixtures(api);
        Money money = new Money(api);
        var builder = fixtures.localAgreement("GM0093").under(fixtures.nationalAgreement().signed());
        for (int i = 0; i < REQUESTS; i++) {
            builder.withCommitment();
        }
        LocalAgreement local = builder.draft();
        String terschelling = fixtures.tokenFor("GM0093");
        // 8 × € 1.500,00 = € 12.000,00 asked of € 10.000,00: six fit, two do not, and € 1.000,00 is left.
        long stream = money.streamWithBudgets(terschelling, aStream().incidental(2024, 2025), "10000.00", 2025);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<Future<ApiResponse>> futures = new ArrayList<>();
        try {
            for (long commitment : local.commitmentIds()) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return money.allocate(terschelling, stream, 2025, commitment, "1500.00");
                }));
            }
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }

            List<ApiResponse> created = responses.stream().filter(r -> r.status() == 201).toList();
            List<ApiResponse> refused = responses.stream().filter(r -> r.status() != 201).toList();
            assertEquals(6, created.size(), responses.toString());
            assertEquals(2, refused.size(), responses.toString());
            for (ApiResponse r : refused) {
                assertEquals(409, r.status(), r.toString());
                assertTrue(((String) r.get("detail")).startsWith("Van de begroting 2025 is nog € 1.000,00 over"), r.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> budget = api.get(terschelling, "/funding-streams/" + stream + "/budgets").items().get(0);
        assertEquals(euros("9000.00"), euros(budget.get("allocated")));
        assertEquals(euros("1000.00"), euros(budget.get("remaining")));
    }
}
