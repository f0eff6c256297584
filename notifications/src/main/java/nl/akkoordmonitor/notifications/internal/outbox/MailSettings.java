package nl.akkoordmonitor.notifications.internal.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The SMTP server, configured like the database: AKKOORDMONITOR_SMTP_HOST, _PORT, _USERNAME,
 * _PASSWORD, _FROM and _STARTTLS. Without a host, e-mail is off.
 */
@ConfigurationProperties("akkoordmonitor.smtp")
public class MailSettings {

    @Nullable
    private String host;
    private int port = 587;
    @Nullable
    private String username;
    @Nullable
    private String password;
    private String from = "Akkoordmonitor <noreply@akkoordmonitor.nl>";
    private boolean starttls = true;

    public boolean enabled() {
        return host != null && !host.isBlank();
    }

    @Nullable
    public String getHost() {
        return host;
    }

    public void setHost(@Nullable String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    @Nullable
    public String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    @Nullable
    public String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public boolean isStarttls() {
        return starttls;
    }

    public void setStarttls(boolean starttls) {
        this.starttls = starttls;
    }
}
