package nl.akkoordmonitor.agreements.internal.agreement;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an agreement may sit in the national frame: who owns which level, which parent it has,
 * and that its years lie inside its parent's (and its children's inside its own). Returns every
 * broken rule at once.
 */
public class AgreementPolicy {

    /** The rules for a new agreement, or for new years of an existing one. */
    public List<Violation> check(AgreementLevel level, Organisation owner, @Nullable AgreementView parent,
                                 int firstYear, int lastYear, List<AgreementView> children) {
        List<Violation> violations = new ArrayList<>();
        OrganisationType expectedOwner = switch (level) {
            case NATIONAL -> OrganisationType.MINISTRY;
            case REGIONAL -> OrganisationType.GGD_REGION;
            case LOCAL -> OrganisationType.MUNICIPALITY;
        };
        if (owner.type() != expectedOwner) {
            violations.add(Violation.at("/ownerId", Message.of("OWNER_MATCHES_LEVEL", level, expectedOwner, owner.name(), owner.type())));
        }
        if (firstYear > lastYear) {
            violations.add(Violation.at("/lastYear", Message.of("PERIOD_ORDER", lastYear, firstYear)));
        }
        checkParent(level, owner, parent, violations);
        if (parent != null && (firstYear < parent.firstYear() || lastYear > parent.lastYear())) {
            violations.add(Violation.at("/firstYear", Message.of("PERIOD_INSIDE_PARENT", firstYear, lastYear, parent.firstYear(), parent.lastYear())));
        }
        for (AgreementView child : children) {
            if (child.firstYear() < firstYear || child.lastYear() > lastYear) {
                violations.add(Violation.at("/firstYear", Message.of("PERIOD_COVERS_CHILDREN", child.id(), child.title(), child.firstYear(), child.lastYear(), firstYear, lastYear)));
            }
        }
        return violations;
    }

    private static void checkParent(AgreementLevel level, Organisation owner, @Nullable AgreementView parent, List<Violation> violations) {
        if (level == AgreementLevel.NATIONAL) {
            if (parent != null) {
                violations.add(Violation.at("/parentId", Message.of("PARENT_MATCHES_LEVEL")));
            }
            return;
        }
        if (parent == null) {
            violations.add(new Violation("PARENT_REQUIRED", "/parentId", Message.of(level == AgreementLevel.REGIONAL
                    ? "PARENT_REQUIRED.regional" : "PARENT_REQUIRED.local")));
            return;
        }
        if (parent.status() == AgreementStatus.CLOSED) {
            violations.add(Violation.at("/parentId", Message.of("PARENT_NOT_CLOSED", parent.id())));
        }
        if (level == AgreementLevel.REGIONAL && parent.level() != AgreementLevel.NATIONAL) {
            violations.add(new Violation("PARENT_MATCHES_LEVEL", "/parentId", Message.of("PARENT_MATCHES_LEVEL.regional", parent.id(), parent.level())));
        }
        if (level == AgreementLevel.LOCAL) {
            if (parent.level() == AgreementLevel.LOCAL) {
                violations.add(new Violation("PARENT_MATCHES_LEVEL", "/parentId", Message.of("PARENT_MATCHES_LEVEL.local", parent.id())));
            } else if (parent.level() == AgreementLevel.REGIONAL && parent.izaRegionId() != null) {
                if (!parent.izaRegionId().equals(owner.izaRegionId())) {
                    violations.add(new Violation("PARENT_IN_OWN_REGION", "/parentId", Message.of("PARENT_IN_OWN_REGION.iza", owner.name(), parent.id())));
                }
            } else if (parent.level() == AgreementLevel.REGIONAL && owner.ggdRegionId() != null
                    && !owner.ggdRegionId().equals(parent.ownerId())) {
                violations.add(new Violation("PARENT_IN_OWN_REGION", "/parentId", Message.of("PARENT_IN_OWN_REGION.ggd", owner.name(), owner.ggdRegionCode(), parent.id(), parent.ownerName())));
            }
        }
    }

    /**
     * The programme rules of a new agreement: only a national agreement continues another national
     * one (AZWA continues GALA), and only a regional agreement is made for an IZA region.
     *
     * @param predecessor the national agreement it continues, if any
     * @param izaRegion   the IZA region it is made for, if any
     */
    public List<Violation> checkProgramme(AgreementLevel level, @Nullable AgreementView predecessor, @Nullable Organisation izaRegion) {
        List<Violation> violations = new ArrayList<>();
        if (predecessor != null && (level != AgreementLevel.NATIONAL || predecessor.level() != AgreementLevel.NATIONAL)) {
            violations.add(Violation.at("/predecessorId", Message.of("PREDECESSOR_IS_NATIONAL", predecessor.id(), predecessor.level(), level)));
        }
        if (izaRegion != null && level != AgreementLevel.REGIONAL) {
            violations.add(Violation.at("/izaRegionId", Message.of("IZA_REGION_ONLY_REGIONAL")));
        }
        if (izaRegion != null && izaRegion.type() != OrganisationType.IZA_REGION) {
            violations.add(Violation.at("/izaRegionId", Message.of("IZA_REGION_TYPE", izaRegion.name(), izaRegion.type())));
        }
        return violations;
    }
}
