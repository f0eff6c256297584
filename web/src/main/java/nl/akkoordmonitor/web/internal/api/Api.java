package nl.akkoordmonitor.web.internal.api;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.security.ClientAddresses;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The HTTP API of this same server, called by the pages with the user's own token. Going through
 * the API (and not around it) gives the pages exactly the API's access rules, validation and Dutch
 * problem messages, from the same code. A call costs a loopback round trip of about a millisecond.
 */
@Singleton
public class Api {

    private final BeanProvider<EmbeddedServer> server;
    private final JsonMapper json;
    private final ClientAddresses clientAddresses;
    private volatile HttpClient client;

    Api(BeanProvider<EmbeddedServer> server, JsonMapper json, ClientAddresses clientAddresses) {
        this.server = server;
        this.json = json;
        this.clientAddresses = clientAddresses;
    }

    /** Calls made on behalf of the user whose token this is (null: not logged in, e.g. the login itself). */
    public Caller as(String token) {
        return new Caller(blocking(), json, token, null);
    }

    /**
     * The login of the person who sent this request: the API sees their address, not this server's
     * own, so that login throttling counts per person and the audit log names where they came from.
     */
    public Caller loginFrom(HttpRequest<?> request) {
        return new Caller(blocking(), json, null, call -> clientAddresses.forward(request, call));
    }

    private BlockingHttpClient blocking() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
                    // A steering report of a whole region takes a few seconds to make.
                    configuration.setReadTimeout(Duration.ofSeconds(120));
                    configuration.setMaxContentLength(64 * 1024 * 1024);
                    client = HttpClient.create(server.get().getURL(), configuration);
                }
                c = client;
            }
        }
        return c.toBlocking();
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** A file the API answered with. */
    public record Download(byte[] bytes, String contentType, String fileName) {
    }

    /** The page size in which {@link Caller#getList} reads a list: the largest the API gives. */
    private static final int LIST_PAGE = 1000;

    /** The calls of one user. Every failure answer becomes an {@link ApiProblem}. */
    public static final class Caller {

        private final BlockingHttpClient http;
        private final JsonMapper json;
        private final String token;
        private final Consumer<MutableHttpRequest<?>> decorate;

        Caller(BlockingHttpClient http, JsonMapper json, String token, Consumer<MutableHttpRequest<?>> decorate) {
            this.http = http;
            this.json = json;
            this.token = token;
            this.decorate = decorate;
        }

        public <T> T get(String path, Class<T> type) {
            return exchange(HttpRequest.GET(path), Argument.of(type));
        }

        /** Every item of a list answer, page by page ({@code {items, page, size, totalItems, totalPages}}). */
        public <T> List<T> getList(String path, Class<T> type) {
            List<T> all = new ArrayList<>();
            String separator = path.contains("?") ? "&" : "?";
            for (int page = 0; ; page++) {
                Views.Paged<T> answer = exchange(HttpRequest.GET(path + separator + "size=" + LIST_PAGE + "&page=" + page), Views.paged(type));
                all.addAll(answer.items() == null ? List.of() : answer.items());
                if ((long) (page + 1) * LIST_PAGE >= answer.totalItems()) {
                    return all;
                }
            }
        }

        public <T> T get(String path, Argument<T> type) {
            return exchange(HttpRequest.GET(path), type);
        }

        public <T> T post(String path, Object body, Class<T> type) {
            return exchange(HttpRequest.POST(path, body), Argument.of(type));
        }

        public void post(String path, Object body) {
            exchange(HttpRequest.POST(path, body), Argument.of(String.class));
        }

        public <T> T put(String path, Object body, Class<T> type) {
            return exchange(HttpRequest.PUT(path, body), Argument.of(type));
        }

        public void delete(String path) {
            exchange(HttpRequest.DELETE(path), Argument.of(String.class));
        }

        public <T> T upload(String path, String field, String fileName, byte[] content, Class<T> type) {
            MultipartBody body = MultipartBody.builder()
                    .addPart(field, fileName, MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), content)
                    .build();
            return exchange(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), Argument.of(type));
        }

        public Download download(String path) {
            HttpResponse<byte[]> response = send(HttpRequest.GET(path).accept(MediaType.ALL_TYPE), Argument.of(byte[].class));
            String disposition = response.getHeaders().get("Content-Disposition");
            String fileName = Optional.ofNullable(disposition)
                    .map(d -> d.replaceAll("(?i).*filename=\"?([^\";]+)\"?.*", "$1"))
                    .orElse("download");
            return new Download(response.body() == null ? new byte[0] : response.body(),
                    response.getContentType().map(MediaType::toString).orElse("application/octet-stream"), fileName);
        }

        private ProblemBody problem(byte[] body) {
            try {
                return json.readValue(body, ProblemBody.class);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private <T> T exchange(MutableHttpRequest<?> request, Argument<T> type) {
            return send(request, type).body();
        }

        private <T> HttpResponse<T> send(MutableHttpRequest<?> request, Argument<T> type) {
            if (token != null) {
                request.bearerAuth(token);
            }
            if (decorate != null) {
                decorate.accept(request);
            }
            try {
                return http.exchange(request, type, Argument.of(byte[].class));
            } catch (HttpClientResponseException e) {
                // application/problem+json is JSON, but the client's codec only decodes application/json.
                ProblemBody problem = e.getResponse().getBody(byte[].class).map(this::problem).orElse(null);
                throw problem == null
                        ? new ApiProblem(e.getStatus().getCode(), e.getStatus().getReason(), null, null)
                        : new ApiProblem(e.getStatus().getCode(), problem.title(), problem.detail(),
                        problem.violations() == null ? null : problem.violations().stream().map(ApiViolation::withFormField).toList());
            }
        }
    }
}
