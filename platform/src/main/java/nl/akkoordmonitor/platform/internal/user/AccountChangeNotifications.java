package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Tells every server on the database at once when an account changed, so that each forgets its
 * cached view of it (AccountCache) and a disabled user, or a token of before a new password, is
 * refused everywhere at the next request, not only when the cache entry expires.
 * <p>
 * The change sends a PostgreSQL NOTIFY in its own transaction: PostgreSQL delivers it exactly when
 * that transaction commits, and never when it rolls back. Each server LISTENs on a connection of
 * its own; when that connection is lost it forgets every account, since it may have missed a change.
 */
@Singleton
class AccountChangeNotifications {

    static final String CHANNEL = "akkoordmonitor_accounts";
    private static final Logger LOG = LoggerFactory.getLogger(AccountChangeNotifications.class);

    private final JdbcOperations jdbc;
    private final DataSource dataSource;
    private final AccountCache cache;
    private volatile boolean running;
    private Thread listener;

    AccountChangeNotifications(JdbcOperations jdbc, DataSource dataSource, AccountCache cache) {
        this.jdbc = jdbc;
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.cache = cache;
    }

    /** Sends the change to every server, delivered when the current transaction commits. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void changed(long userId) {
        jdbc.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)", statement -> {
            statement.setString(1, String.valueOf(userId));
            return statement.execute();
        });
    }

    @EventListener
    synchronized void onStartup(StartupEvent event) {
        if (listener == null) {
            running = true;
            listener = new Thread(this::listen, "account-change-listener");
            listener.setDaemon(true);
            listener.start();
        }
    }

    @EventListener
    synchronized void onShutdown(ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
            listener = null;
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                // Whatever changed while this server was not listening is unknown: forget everything.
                cache.forgetAll();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            forget(notification.getParameter());
                        }
                    }
                }
            } catch (Exception e) {
                if (running) {
                    LOG.debug("Listening for account changes failed; trying again in a second", e);
                    sleep();
                }
            }
        }
    }

    private void forget(String userId) {
        try {
            cache.forget(Long.parseLong(userId));
        } catch (NumberFormatException e) {
            cache.forgetAll();
        }
    }

    private void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
