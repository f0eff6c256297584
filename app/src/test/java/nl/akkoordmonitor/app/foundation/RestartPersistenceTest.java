package nl.akkoordmonitor.app.foundation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.akkoordmonitor.app.database.EmbeddedDatabase;
import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stops the server and its embedded database, starts both again, and finds the data still there. */
class RestartPersistenceTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataWrittenBeforeARestartIsStillThere() {
        long id;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0);
             EmbeddedServer server = start(database)) {
            Api api = api(server);
            ApiResponse created = api.post(api.admin(), "/organisations",
                    Map.of("name", "Trimbos-instituut", "type", "KNOWLEDGE_INSTITUTE"));
            assertEquals(201, created.status(), created.toString());
            id = created.id();
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0);
             EmbeddedServer server = start(database)) {
            Api api = api(server);
            ApiResponse fetched = api.get(api.admin(), "/organisations/" + id);
            assertEquals(200, fetched.status(), fetched.toString());
            assertEquals("Trimbos-instituut", fetched.get("name"));
        }
    }

    private static EmbeddedServer start(EmbeddedDatabase database) {
        Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("akkoordmonitor.admin.initial-password", IntegrationTest.ADMIN_PASSWORD);
        properties.put("akkoordmonitor.security.bcrypt-cost", 4);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private static Api api(EmbeddedServer server) {
        HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        return new Api(client, server.getApplicationContext().getBean(JsonMapper.class));
    }
}
