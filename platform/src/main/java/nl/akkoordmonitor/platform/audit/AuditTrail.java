package nl.akkoordmonitor.platform.audit;

import java.util.List;

/** Reads the audit log back for the histories that modules show. */
public interface AuditTrail {

    /** Every recorded change to an agreement and what hangs under it, oldest first. */
    List<AuditRecord> ofAgreement(long agreementId);
}
