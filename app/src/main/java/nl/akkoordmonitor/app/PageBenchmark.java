package nl.akkoordmonitor.app;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the pages of a municipality, the GGD, VWS and the administrator on the running server with the
 * national-scale dataset loaded: each page is asked for many times over the loopback, as a browser
 * with a session would, and the 50th and 99th percentile of the answer time are printed. The time
 * includes the loopback (well under a millisecond), so it is the server's time to within that.
 */
final class PageBenchmark {

    /** Warm-up requests per page, untimed: the JIT and the database's caches. */
    private static final int WARM_UP = 15;
    /** Timed requests per page; enough for a 99th percentile that is not just the maximum. */
    private static final int RUNS = 200;

    private record Target(String who, String path, long limitMillis) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    PageBenchmark(String base) {
        this.base = base;
    }

    void run(String adminPassword, int year, PrintStream out) throws Exception {
        String admin = token("admin", adminPassword);
        String vws = token(user(admin, "benchmark-vws", "VWS", organisation(admin, "VWS")), PASSWORD);
        String ggd = token(user(admin, "benchmark-ggd", "GGD", organisation(admin, "GG3406")), PASSWORD);
        long amsterdam = organisation(admin, "GM0363");
        String municipality = token(user(admin, "benchmark-gemeente", "MUNICIPALITY", amsterdam), PASSWORD);
        long agreement = firstId(get("/agreements?owner=" + amsterdam + "&size=1", municipality));
        List<Target> targets = List.of(
                new Target(municipality, "/mijn-akkoord", 100),
                new Target(municipality, "/akkoord/" + agreement, 100),
                new Target(municipality, "/mijlpalen", 100),
                new Target(municipality, "/mijlpalen?sorteer=status", 100),
                new Target(municipality, "/geld?jaar=" + year, 100),
                new Target(municipality, "/indicatoren", 100),
                new Target(municipality, "/evaluatie", 100),
                new Target(vws, "/sturing?jaar=" + year, 300),
                new Target(vws, "/sturing/dekking?jaar=" + year, 100),
                new Target(vws, "/sturing/mijlpalen?jaar=" + year, 100),
                new Target(vws, "/sturing/evaluaties?jaar=" + year, 100),
                new Target(vws, "/sturing/evaluaties?jaar=" + year + "&regio=GG3406&cijfer=MISSING", 100),
                new Target(vws, "/sturing/geld?jaar=" + year, 100),
                new Target(vws, "/regio/GG3406?jaar=" + year, 100),
                new Target(vws, "/gemeente/GM0363?jaar=" + year, 100),
                new Target(vws, "/beoordelen?jaar=" + year, 100),
                new Target(vws, "/rapporten?jaar=" + year, 100),
                new Target(ggd, "/regio/GG3406?jaar=" + year + "&sorteer=te-laat", 100),
                new Target(ggd, "/beoordelen?jaar=" + year, 100),
                new Target(admin, "/beheer/gebruikers", 100),
                new Target(admin, "/beheer/audit?wat=agreement", 100));
        out.println();
        out.printf(Locale.ROOT, "Pages, %d requests each after %d to warm up (milliseconds)%n", RUNS, WARM_UP);
        out.printf(Locale.ROOT, "  %-62s %8s %8s %8s%n", "page", "p50", "p99", "target");
        for (Target target : targets) {
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + target.path()))
                        .header("Cookie", "akkoord_sessie=" + target.who()).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(target.path() + " answered " + response.statusCode());
                }
                if (i >= WARM_UP) {
                    nanos.add(took);
                }
            }
            Collections.sort(nanos);
            double p50 = nanos.get(nanos.size() / 2) / 1e6;
            double p99 = nanos.get((int) Math.ceil(nanos.size() * 0.99) - 1) / 1e6;
            out.printf(Locale.ROOT, "  %-62s %8.1f %8.1f %6s %s%n", target.path(), p50, p99, "< " + target.limitMillis(),
                    p99 < target.limitMillis() ? "" : "  ABOVE TARGET");
        }
    }

    private static final String PASSWORD = "benchmark-" + Long.toHexString(System.nanoTime()) + "-pages";
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private String token(String username, String password) throws Exception {
        String body = post("/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        Matcher m = TOKEN.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("could not log in as " + username + ": " + body);
        }
        return m.group(1);
    }

    private String user(String admin, String username, String role, long organisation) throws Exception {
        post("/users", admin, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role
                + "\",\"organisationId\":" + organisation + "}");
        return username;
    }

    private long organisation(String admin, String code) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/organisations?code=" + code))
                .header("Authorization", "Bearer " + admin).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = ID.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no organisation " + code + ": " + response.body());
        }
        return Long.parseLong(m.group(1));
    }

    private String get(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long firstId(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("nothing found: " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private String post(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
