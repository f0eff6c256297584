package nl.akkoordmonitor.financing.internal.analysis;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.financing.EarmarkedUnspent;
import nl.akkoordmonitor.financing.FinancingAnalysis;
import nl.akkoordmonitor.financing.FundingCliff;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.financing.MoneyLine;
import nl.akkoordmonitor.financing.MoneyOverview;
import nl.akkoordmonitor.financing.MoneyScope;
import nl.akkoordmonitor.financing.Overspending;
import nl.akkoordmonitor.financing.SpendingStatementLine;
import nl.akkoordmonitor.financing.StreamMoney;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** The money analyses behind both the HTTP API and the reporting module. */
@Singleton
class AnalysisService implements FinancingAnalysis {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AnalysisQueries queries;
    private final Organisations organisations;
    private final AgreementAccess agreementAccess;
    private final Clock clock;

    AnalysisService(AnalysisQueries queries, Organisations organisations, AgreementAccess agreementAccess, Clock clock) {
        this.queries = queries;
        this.organisations = organisations;
        this.agreementAccess = agreementAccess;
        this.clock = clock;
    }

    @Override
    public MoneyScope authorise(Actor actor, MoneyScope scope) {
        switch (scope.level()) {
            case NATIONAL -> {
                if (!actor.isNational()) {
                    throw new ForbiddenException(Message.of("MONEY_NATIONAL_FOR_VWS"));
                }
            }
            case GGD_REGION -> {
                organisation(scope.id(), OrganisationType.GGD_REGION, "REGION_NOT_FOUND");
                if (!actor.isNational() && !actor.actsFor(scope.id())) {
                    throw new ForbiddenException(Message.of("MONEY_REGION_ONLY"));
                }
            }
            case MUNICIPALITY -> {
                Organisation municipality = organisation(scope.id(), OrganisationType.MUNICIPALITY, "MUNICIPALITY_NOT_FOUND");
                boolean ownRegion = actor.role() == Role.GGD && actor.actsFor(municipality.ggdRegionId());
                if (!actor.isNational() && !actor.actsFor(scope.id()) && !ownRegion) {
                    throw new ForbiddenException(Message.of("MONEY_MUNICIPALITY_ONLY"));
                }
            }
            case AGREEMENT -> {
                AgreementSummary agreement = agreementAccess.readable(actor, scope.id());
                boolean ownRegion = actor.role() == Role.GGD && actor.actsFor(agreement.ggdRegionId());
                if (!actor.isNational() && !actor.actsFor(agreement.ownerId()) && !ownRegion) {
                    throw new ForbiddenException(Message.of("MONEY_AGREEMENT_ONLY"));
                }
            }
        }
        return scope;
    }

    private Organisation organisation(long id, OrganisationType type, String notFoundKey) {
        return organisations.find(id).filter(o -> o.type() == type)
                .orElseThrow(() -> new NotFoundException(Message.of(notFoundKey, id)));
    }

    @Override
    public MoneyOverview moneyByLawAndNature(MoneyScope scope, int year) {
        List<MoneyLine> found = queries.moneyByLawAndNature(scope, year);
        List<MoneyLine> lines = new ArrayList<>();
        List<MoneyLine> perLegalBasis = new ArrayList<>();
        for (LegalBasis legalBasis : LegalBasis.values()) {
            for (FundingNature nature : FundingNature.values()) {
                lines.add(sum(found, l -> l.legalBasis() == legalBasis && l.nature() == nature, legalBasis, nature));
            }
            perLegalBasis.add(sum(found, l -> l.legalBasis() == legalBasis, legalBasis, null));
        }
        MoneyLine structural = sum(found, l -> l.nature() == FundingNature.STRUCTURAL, null, FundingNature.STRUCTURAL);
        MoneyLine incidental = sum(found, l -> l.nature() == FundingNature.INCIDENTAL, null, FundingNature.INCIDENTAL);
        MoneyLine total = sum(found, l -> true, null, null);
        return new MoneyOverview(scope, year, lines, perLegalBasis, structural, incidental, total,
                new MoneyOverview.StructuralShare(percent(structural.budgeted(), total.budgeted()),
                        percent(structural.allocated(), total.allocated()), percent(structural.spent(), total.spent())));
    }

    private static MoneyLine sum(List<MoneyLine> lines, Predicate<MoneyLine> which, LegalBasis legalBasis, FundingNature nature) {
        BigDecimal budgeted = ZERO;
        BigDecimal allocated = ZERO;
        BigDecimal spent = ZERO;
        for (MoneyLine line : lines) {
            if (which.test(line)) {
                budgeted = budgeted.add(line.budgeted());
                allocated = allocated.add(line.allocated());
                spent = spent.add(line.spent());
            }
        }
        return new MoneyLine(legalBasis, nature, budgeted, allocated, spent);
    }

    /** A share in percent, one decimal, half up; null when there is nothing to share. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    @Override
    public List<StreamMoney> moneyPerStream(MoneyScope scope, int year) {
        return queries.moneyPerStream(scope, year);
    }

    @Override
    public List<FundingCliff> fundingCliffs(MoneyScope scope) {
        return queries.fundingCliffs(scope);
    }

    @Override
    public List<Overspending> overspending(MoneyScope scope, int year) {
        return queries.overspending(scope, year);
    }

    @Override
    public List<EarmarkedUnspent> earmarkedUnspent(MoneyScope scope, int year) {
        return queries.earmarkedUnspent(scope, year, LocalDate.now(clock).getYear());
    }

    @Override
    public List<SpendingStatementLine> spendingStatement(MoneyScope scope, int year) {
        return queries.spendingStatement(scope, year);
    }

    /** The scope a request names, or the caller's own when it names none. */
    MoneyScope scopeFor(Actor actor, String region, String municipality, Long agreement) {
        int named = (region == null ? 0 : 1) + (municipality == null ? 0 : 1) + (agreement == null ? 0 : 1);
        if (named > 1) {
            throw new BadRequestException(Violation.at("scope", Message.of("MONEY_ONE_SCOPE")));
        }
        if (region != null) {
            return MoneyScope.region(byCode(region, OrganisationType.GGD_REGION, "region"));
        }
        if (municipality != null) {
            return MoneyScope.municipality(byCode(municipality, OrganisationType.MUNICIPALITY, "municipality"));
        }
        if (agreement != null) {
            return MoneyScope.agreement(agreement);
        }
        if (actor.isNational()) {
            return MoneyScope.national();
        }
        long own = Objects.requireNonNull(actor.organisationId());
        return actor.role() == Role.GGD ? MoneyScope.region(own) : MoneyScope.municipality(own);
    }

    private long byCode(String code, OrganisationType type, String field) {
        return organisations.findByCode(code.strip().toUpperCase()).filter(o -> o.type() == type).map(Organisation::id)
                .orElseThrow(() -> new BadRequestException(Violation.at(field, Message.of(type == OrganisationType.GGD_REGION
                        ? "REGION_CODE_UNKNOWN" : "MUNICIPALITY_CODE_UNKNOWN", code))));
    }

    int currentYear() {
        return LocalDate.now(clock).getYear();
    }
}
