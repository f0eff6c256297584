package nl.akkoordmonitor.notifications.internal.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.sql.Rows;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads and changes the users' mail settings and their secret links. */
@Singleton
public class RecipientStore {

    private static final String COLUMNS = "user_id, email, delivery, unsubscribe_token, feed_token, version";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcOperations jdbc;
    private final Rows rows;
    private final Clock clock;

    RecipientStore(JdbcOperations jdbc, Rows rows, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
    }

    /** The user's settings, made with the defaults (mail each notification, no address yet) when there are none. */
    public Recipient getOrCreate(long userId) {
        jdbc.prepareStatement("""
                INSERT INTO notifications.recipient (user_id, unsubscribe_token, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO NOTHING""", statement -> {
            statement.setLong(1, userId);
            statement.setString(2, newToken());
            statement.setTimestamp(3, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
        return one("user_id = ?", userId).orElseThrow();
    }

    /** The settings of these users that have any, by user id, in one query. */
    public Map<Long, Recipient> findAll(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return new HashMap<>();
        }
        return rows.list(Recipient.class, "SELECT " + COLUMNS + " FROM notifications.recipient WHERE user_id = ANY (?)", userIds).stream()
                .collect(Collectors.toMap(Recipient::userId, r -> r));
    }

    public Optional<Recipient> find(long userId) {
        return one("user_id = ?", userId);
    }

    public Optional<Recipient> byUnsubscribeToken(String token) {
        return one("unsubscribe_token = ?", token);
    }

    public Optional<Recipient> byFeedToken(String token) {
        return one("feed_token = ?", token);
    }

    /** Changes address and delivery, when nobody else changed them since the caller read version. */
    public Recipient update(long userId, @Nullable String email, Delivery delivery, long version) {
        Recipient before = getOrCreate(userId);
        int changed = jdbc.prepareStatement("""
                UPDATE notifications.recipient SET email = ?, delivery = ?, version = version + 1, updated_at = ?
                WHERE user_id = ? AND version = ?""", statement -> {
            statement.setString(1, email);
            statement.setString(2, delivery.name());
            statement.setTimestamp(3, Timestamp.from(clock.instant()));
            statement.setLong(4, userId);
            statement.setLong(5, version);
            return statement.executeUpdate();
        });
        if (changed == 0) {
            throw new ConflictException(Message.of("NOTIFICATION_SETTINGS_STALE", before.version(), version));
        }
        return find(userId).orElseThrow();
    }

    /** Switches mail off for the holder of the link; false when the link is unknown. */
    public boolean unsubscribe(String token) {
        return jdbc.prepareStatement("""
                UPDATE notifications.recipient SET delivery = 'OFF', version = version + 1, updated_at = ?
                WHERE unsubscribe_token = ?""", statement -> {
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            statement.setString(2, token);
            return statement.executeUpdate();
        }) > 0;
    }

    /** Gives the user a new calendar feed secret; the old link stops working at once. */
    public Recipient renewFeedToken(long userId) {
        getOrCreate(userId);
        jdbc.prepareStatement("UPDATE notifications.recipient SET feed_token = ?, updated_at = ? WHERE user_id = ?", statement -> {
            statement.setString(1, newToken());
            statement.setTimestamp(2, Timestamp.from(clock.instant()));
            statement.setLong(3, userId);
            return statement.executeUpdate();
        });
        return find(userId).orElseThrow();
    }

    private Optional<Recipient> one(String condition, Object value) {
        return rows.one(Recipient.class, "SELECT " + COLUMNS + " FROM notifications.recipient WHERE " + condition, value);
    }

    /** 256 random bits, URL-safe: unguessable, so a link is as good as a password for what it opens. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
