package nl.akkoordmonitor.app.foundation;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class OpenApiDocumentTest extends IntegrationTest {

    @Inject
    Router router;

    @Test
    void theDocumentListsEveryEndpointTheServerServes() {
        ApiResponse document = api.get(null, "/swagger/akkoordmonitor-0.1.yml");
        assertEquals(200, document.status(), document.toString());
        Set<String> documented = document.text().lines()
                .filter(l -> l.matches("^  /\\S*:\\s*$"))
                .map(l -> l.strip().replaceAll(":$", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> served = router.uriRoutes()
                // The web pages are not part of the HTTP API.
                .filter(r -> !r.getTargetMethod().getDeclaringType().getName().startsWith("nl.akkoordmonitor.web."))
                .map(UriRouteInfo::getUriMatchTemplate)
                .map(t -> t.toPathString().replaceAll("\\{([^}?/]+)[^}]*}", "{$1}"))
                .filter(p -> !p.startsWith("/swagger"))
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), "Endpoints missing from the OpenAPI document: " + missing
                + ". Add their controllers to @OpenAPIInclude on Application.");
    }

    @Test
    void theSwaggerUiPageIsServedWithoutLogin() {
        ApiResponse page = api.get(null, "/swagger-ui/index.html");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.text().contains("swagger"), "not a Swagger UI page");
    }
}
