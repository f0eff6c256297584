package nl.akkoordmonitor.agreements.internal.signing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.platform.sql.Rows;

import java.util.List;

/** Gathers the {@link SigningFacts} of an agreement in three queries. */
@Singleton
public class SigningFactsQuery {

    private static final String BINDING_THEMES = """
            SELECT t.id AS core_theme_id, t.code, t.name, ad.id IS NOT NULL AS adopted, COALESCE(ad.deviation, FALSE) AS deviation,
                   ad.justification, (SELECT count(*) FROM agreements.commitment c WHERE c.adoption_id = ad.id) AS commitments
            FROM agreements.core_theme t
            LEFT JOIN agreements.theme_adoption ad ON ad.core_theme_id = t.id AND ad.agreement_id = ?
            WHERE t.agreement_id = ? AND t.binding
            ORDER BY t.code
            """;

    private final Rows rows;

    SigningFactsQuery(Rows rows) {
        this.rows = rows;
    }

    @Transactional
    public SigningFacts of(long agreementId, AgreementLevel level, Long parentId, AgreementStatus parentStatus,
                           long nationalId, List<Long> overlapping) {
        List<SigningFacts.BindingTheme> themes = level == AgreementLevel.NATIONAL ? List.of()
                : rows.list(SigningFacts.BindingTheme.class, BINDING_THEMES, agreementId, nationalId);
        int signatories = rows.value(Integer.class, "SELECT count(*) FROM agreements.party WHERE agreement_id = ? AND role = 'SIGNATORY'",
                agreementId).orElseThrow();
        return new SigningFacts(agreementId, level, parentId, parentStatus, themes, signatories, overlapping);
    }
}
