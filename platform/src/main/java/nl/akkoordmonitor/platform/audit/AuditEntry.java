package nl.akkoordmonitor.platform.audit;

import io.micronaut.core.annotation.Nullable;

/**
 * One change to record in the audit log.
 *
 * @param entity         what kind of thing changed, e.g. {@code agreement}, {@code commitment}
 * @param entityId       its id
 * @param action         what happened, e.g. {@code CREATE}, {@code UPDATE}, {@code SIGN}
 * @param before         the values before the change (any serialisable object), null on create
 * @param after          the values after the change, null on delete
 * @param reason         why, where the user had to say so (changes after signing, returns)
 * @param organisationId the organisation whose data this is
 * @param agreementId    the agreement the change belongs to, for its history; null when none
 */
public record AuditEntry(String entity,
                         @Nullable Object entityId,
                         String action,
                         @Nullable Object before,
                         @Nullable Object after,
                         @Nullable String reason,
                         @Nullable Long organisationId,
                         @Nullable Long agreementId) {

    public static AuditEntry of(String entity, Object entityId, String action) {
        return new AuditEntry(entity, entityId, action, null, null, null, null, null);
    }

    public AuditEntry values(@Nullable Object before, @Nullable Object after) {
        return new AuditEntry(entity, entityId, action, before, after, reason, organisationId, agreementId);
    }

    public AuditEntry reason(@Nullable String why) {
        return new AuditEntry(entity, entityId, action, before, after, why, organisationId, agreementId);
    }

    public AuditEntry organisation(@Nullable Long organisation) {
        return new AuditEntry(entity, entityId, action, before, after, reason, organisation, agreementId);
    }

    public AuditEntry agreement(@Nullable Long agreement) {
        return new AuditEntry(entity, entityId, action, before, after, reason, organisationId, agreement);
    }
}
