package nl.akkoordmonitor.platform.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The address of the client a request came from, as login throttling and the audit log need it.
 * <p>
 * By default it is the address of the connection: a header such as {@code X-Forwarded-For} can be
 * written by anyone, so trusting it would let an attacker pick a new address for every attempt.
 * Behind a reverse proxy, {@code akkoordmonitor.security.client-address-header} names the header the
 * proxy sets; its last entry (the one the proxy added) is used.
 * <p>
 * The web pages call this server's own API over the loopback; they pass the user's address on with
 * {@link #forward}, in a header that carries a secret of this process, so that only they can.
 */
@Singleton
public class ClientAddresses {

    static final String FORWARD_HEADER = "X-Akkoordmonitor-Client";

    private final @Nullable String header;
    private final String secret;

    ClientAddresses(@Nullable @Value("${akkoordmonitor.security.client-address-header:}") String header) {
        this.header = header == null || header.isBlank() ? null : header.strip();
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.secret = HexFormat.of().formatHex(random);
    }

    /** The client's address, at most 100 characters. */
    public String of(@Nullable HttpRequest<?> request) {
        if (request == null) {
            return "unknown";
        }
        String forwarded = request.getHeaders().get(FORWARD_HEADER);
        if (forwarded != null && forwarded.startsWith(secret + " ")) {
            return clean(forwarded.substring(secret.length() + 1));
        }
        if (header != null) {
            String value = request.getHeaders().get(header);
            if (value != null && !value.isBlank()) {
                String[] hops = value.split(",");
                return clean(hops[hops.length - 1]);
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : clean(remote.getAddress().getHostAddress());
    }

    /** Passes the address of {@code from} on to a call this server makes to itself on the user's behalf. */
    public void forward(HttpRequest<?> from, MutableHttpRequest<?> to) {
        to.header(FORWARD_HEADER, secret + " " + of(from));
    }

    private static String clean(String address) {
        String stripped = address.strip();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < stripped.length() && kept.length() < 100; i++) {
            char c = stripped.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                kept.append(c);
            }
        }
        return kept.isEmpty() ? "unknown" : kept.toString();
    }
}
