package nl.akkoordmonitor.agreements.internal.signing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Gathers the {@link SigningFacts} of an agreement in three queries. */
@Singleton
public class SigningFactsQuery {

    private static final String BINDING_THEMES = """
            SELECT t.id, t.code, t.name, ad.id AS adoption_id, ad.deviation, ad.justification,
                   (SELECT count(*) FROM agreements.commitment c WHERE c.adoption_id = ad.id) AS commitments
            FROM agreements.core_theme t
            LEFT JOIN agreements.theme_adoption ad ON ad.core_theme_id = t.id AND ad.agreement_id = ?
            WHERE t.agreement_id = ? AND t.binding
            ORDER BY t.code
            """;

    private final JdbcOperations jdbc;

    SigningFactsQuery(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public SigningFacts of(long agreementId, AgreementLevel level, Long parentId, AgreementStatus parentStatus,
                           long nationalId, List<Long> overlapping) {
        List<SigningFacts.BindingTheme> themes = level == AgreementLevel.NATIONAL ? List.of()
                : jdbc.prepareStatement(BINDING_THEMES, statement -> {
            statement.setLong(1, agreementId);
            statement.setLong(2, nationalId);
            try (ResultSet rs = statement.executeQuery()) {
                List<SigningFacts.BindingTheme> rows = new ArrayList<>();
                while (rs.next()) {
                    rs.getLong("adoption_id");
                    boolean adopted = !rs.wasNull();
                    rows.add(new SigningFacts.BindingTheme(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                            adopted, adopted && rs.getBoolean("deviation"), rs.getString("justification"), rs.getInt("commitments")));
                }
                return rows;
            }
        });
        int signatories = jdbc.prepareStatement(
                "SELECT count(*) FROM agreements.party WHERE agreement_id = ? AND role = 'SIGNATORY'", statement -> {
                    statement.setLong(1, agreementId);
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
        return new SigningFacts(agreementId, level, parentId, parentStatus, themes, signatories, overlapping);
    }
}
