package nl.akkoordmonitor.agreements.internal.signing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;

import java.util.List;

/**
 * What {@link SigningPolicy} needs to know about an agreement at the moment of signing.
 *
 * @param agreementId   the agreement to sign
 * @param level         its level
 * @param parentId      its parent, null for a national agreement
 * @param parentStatus  the parent's status, null for a national agreement
 * @param bindingThemes every binding theme of the national frame and how this agreement fills it in
 * @param signatories   how many parties sign it
 * @param overlapping   ids of the owner's other ACTIVE agreements of the same level in overlapping years
 */
public record SigningFacts(long agreementId,
                           AgreementLevel level,
                           @Nullable Long parentId,
                           @Nullable AgreementStatus parentStatus,
                           List<BindingTheme> bindingThemes,
                           int signatories,
                           List<Long> overlapping) {

    /**
     * A binding theme of the national frame as this agreement fills it in.
     *
     * @param adopted       whether the agreement adopted it (with an ambition or as a deviation)
     * @param deviation     whether the adoption is a deviation
     * @param justification the deviation's justification
     * @param commitments   how many commitments hang under the adoption
     */
    @Introspected
    public record BindingTheme(long coreThemeId, String code, String name, boolean adopted, boolean deviation,
                               @Nullable String justification, int commitments) {
    }
}
