package nl.akkoordmonitor.app.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Calls the API as a user would: with a bearer token, JSON in and out, and every status,
 * error or not, returned as an {@link ApiResponse} for the test to check.
 */
public final class Api {

    private final HttpClient client;
    private final JsonMapper json;

    public Api(HttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    public ApiResponse get(String token, String path) {
        return send(HttpRequest.GET(path), token);
    }

    public ApiResponse post(String token, String path, Object body) {
        return send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE), token);
    }

    public ApiResponse put(String token, String path, Object body) {
        return send(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON_TYPE), token);
    }

    public ApiResponse patch(String token, String path, Object body) {
        return send(HttpRequest.PATCH(path, body).contentType(MediaType.APPLICATION_JSON_TYPE), token);
    }

    public ApiResponse delete(String token, String path) {
        return send(HttpRequest.DELETE(path), token);
    }

    /** Sends a body exactly as given, e.g. malformed JSON. */
    public ApiResponse postRaw(String token, String path, String rawBody) {
        return send(HttpRequest.POST(path, rawBody).contentType(MediaType.APPLICATION_JSON_TYPE), token);
    }

    public ApiResponse send(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        HttpResponse<byte[]> response;
        try {
            response = client.toBlocking().exchange(request, Argument.of(byte[].class), Argument.of(byte[].class));
        } catch (HttpClientResponseException e) {
            response = (HttpResponse<byte[]>) e.getResponse();
            Optional<byte[]> body = e.getResponse().getBody(byte[].class);
            return toApiResponse(response.code(), response.getContentType().map(MediaType::toString).orElse(null), body.orElse(new byte[0]));
        }
        return toApiResponse(response.code(), response.getContentType().map(MediaType::toString).orElse(null),
                response.getBody().orElse(new byte[0]));
    }

    private ApiResponse toApiResponse(int status, String contentType, byte[] bytes) {
        Object parsed = null;
        if (contentType != null && contentType.contains("json") && bytes.length > 0) {
            try {
                parsed = json.readValue(bytes, Object.class);
            } catch (IOException e) {
                throw new UncheckedIOException("The server sent invalid JSON: " + new String(bytes), e);
            }
        }
        return new ApiResponse(status, contentType, bytes, parsed);
    }

    /** Logs in and returns the bearer token; fails the test when login fails. */
    public String login(String username, String password) {
        ApiResponse response = post(null, "/login", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("Login of " + username + " failed: " + response);
        }
        return (String) response.get("access_token");
    }

    public String admin() {
        return login("admin", IntegrationTest.ADMIN_PASSWORD);
    }

    /** Creates a user with a fresh name for the given role and organisation, and logs it in. */
    public String userFor(String role, Long organisationId) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("role", role);
        if (organisationId != null) {
            body.put("organisationId", organisationId);
        }
        ApiResponse created = post(admin(), "/users", body);
        if (created.status() != 201) {
            throw new AssertionError("Could not create test user: " + created);
        }
        return login(username, password);
    }

    /** The id of a reference organisation by its CBS code (or VWS). */
    public long organisationId(String token, String code) {
        ApiResponse page = get(token, "/organisations?code=" + code);
        return page.items().stream().findFirst()
                .map(o -> ((Number) o.get("id")).longValue())
                .orElseThrow(() -> new AssertionError("No organisation with code " + code));
    }
}
