package nl.akkoordmonitor.app.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's three roles, generated once and kept in
 * {@value #FILE} in the data directory, readable and writable by its owner only (0600).
 * Letters and digits only, so they can be written into SQL and connection strings as they are.
 */
record Credentials(String superuser, String owner, String app) {

    static final String FILE = "akkoordmonitor-passwords.properties";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The passwords of an existing cluster. */
    static Credentials load(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " has no password file " + FILE
                    + ". Restore it from a backup of the data directory, or start on an empty data directory.");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        // Whatever happened to the file's permissions since, only its owner reads it.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return new Credentials(required(properties, "superuser", file), required(properties, "owner", file),
                required(properties, "app", file));
    }

    /** New passwords for a new cluster. */
    static Credentials generate() {
        return new Credentials(password(), password(), password());
    }

    /** Writes the passwords into the data directory, readable by its owner only, replacing the file whole. */
    void save(Path dataDirectory) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("superuser", superuser);
        properties.setProperty("owner", owner);
        properties.setProperty("app", app);
        Path temporary = dataDirectory.resolve(FILE + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(temporary, StandardOpenOption.TRUNCATE_EXISTING)) {
            properties.store(writer, "Passwords of the embedded PostgreSQL (roles postgres, " + EmbeddedDatabase.OWNER
                    + ", " + EmbeddedDatabase.APP + "). Generated once; keep this file private.");
        }
        Files.move(temporary, dataDirectory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null || !value.matches("[A-Za-z0-9]{20,}")) {
            throw new IllegalStateException("The password file " + file + " has no valid '" + key
                    + "' password. Restore it from a backup of the data directory.");
        }
        return value;
    }

    private static String password() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}
