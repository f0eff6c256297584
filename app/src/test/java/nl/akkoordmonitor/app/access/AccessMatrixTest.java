package nl.akkoordmonitor.app.access;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-organisation matrix: every case of every {@link AccessCaseProvider} bean, each a test
 * of its own. A user of another organisation is refused (403 for changes, 403 or 404 for reads,
 * or a list without the other's rows), the refusal is problem+json and leaks none of the owner's
 * data, and the owner's identical request then succeeds.
 * <p>
 * Organisations themselves are public reference data (every logged-in user reads them and may
 * add partner organisations), so they have no cases here.
 */
@MicronautTest(transactional = false)
class AccessMatrixTest extends IntegrationTest {

    @Inject
    List<AccessCaseProvider> providers;

    @TestFactory
    Stream<DynamicTest> anotherOrganisationIsRefusedAndLearnsNothing() {
        AccessWorld world = new AccessWorld(api);
        assertFalse(providers.isEmpty(), "no AccessCaseProvider beans found");
        // Built eagerly, so that a provider failing to set up its data fails here with its own message.
        List<DynamicTest> tests = providers.stream()
                .sorted(Comparator.comparing(p -> p.getClass().getSimpleName()))
                .flatMap(provider -> provider.cases(world).stream()
                        .map(c -> DynamicTest.dynamicTest(provider.getClass().getSimpleName() + " | " + c, () -> check(c))))
                .toList();
        return tests.stream();
    }

    private void check(AccessCase c) {
        ApiResponse refused = send(c, c.intruderToken());
        assertTrue(c.refusedWith().contains(refused.status()), c + " answered " + refused);
        if (refused.status() >= 400) {
            assertTrue(refused.contentType() != null && refused.contentType().startsWith("application/problem+json"),
                    "a refusal must be problem+json: " + refused);
        }
        for (String secret : c.secrets()) {
            assertFalse(refused.text().contains(secret), c + " leaked '" + secret + "': " + refused);
        }
        if (c.ownerToken() != null) {
            ApiResponse allowed = send(c, c.ownerToken());
            assertTrue(allowed.status() >= 200 && allowed.status() < 300,
                    "the owner's identical request must succeed, else the case tests nothing: " + allowed);
            if ("GET".equals(c.method())) {
                for (String secret : c.secrets()) {
                    assertTrue(allowed.text().contains(secret), "the owner should see '" + secret + "', else hiding it proves nothing: " + allowed);
                }
            }
        }
    }

    private ApiResponse send(AccessCase c, String token) {
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.parse(c.method()), c.path());
        if (c.body() != null) {
            request.body(c.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return api.send(request, token);
    }
}
