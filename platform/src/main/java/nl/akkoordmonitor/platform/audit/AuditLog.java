package nl.akkoordmonitor.platform.audit;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.platform.security.Actor;

/**
 * Writes the append-only audit log. Call it inside the transaction of the change it
 * describes, so that the change and its record are stored together or not at all.
 */
public interface AuditLog {

    /**
     * Records a change.
     *
     * @param actor who made it; null for the system itself (start-up, a failed anonymous login)
     * @param entry what changed
     */
    void record(@Nullable Actor actor, AuditEntry entry);
}
