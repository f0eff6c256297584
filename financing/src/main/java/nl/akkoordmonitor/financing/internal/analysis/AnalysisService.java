package nl.akkoordmonitor.financing.internal.analysis;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.financing.EarmarkedUnspent;
import nl.akkoordmonitor.financing.FinancingAnalysis;
import nl.akkoordmonitor.financing.FundingCliff;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.financing.MoneyLine;
import nl.akkoordmonitor.financing.MoneyOverview;
import nl.akkoordmonitor.financing.Overspending;
import nl.akkoordmonitor.financing.SpendingStatementLine;
import nl.akkoordmonitor.financing.StreamMoney;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.security.Actor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    public Scope authorise(Actor actor, Scope scope) {
        // An unknown region or municipality is a 404 first; a municipality's GGD reads its money too.
        Long municipalityRegion = switch (scope.level()) {
            case NATIONAL -> null;
            case REGION -> {
                organisation(scope.organisationId(), OrganisationType.GGD_REGION, "REGION_NOT_FOUND");
                yield null;
            }
            case MUNICIPALITY -> organisation(scope.organisationId(), OrganisationType.MUNICIPALITY, "MUNICIPALITY_NOT_FOUND")
                    .ggdRegionId();
        };
        if (!scope.within(agreementAccess.scopeOf(actor), municipalityRegion)) {
            throw new ForbiddenException(Message.of(switch (scope.level()) {
                case NATIONAL -> "MONEY_NATIONAL_FOR_VWS";
                case REGION -> "MONEY_REGION_ONLY";
                case MUNICIPALITY -> "MONEY_MUNICIPALITY_ONLY";
            }));
        }
        return scope;
    }

    /**
     * The agreement when the actor may read its money: when the part of the country it belongs to
     * lies in the actor's (VWS and ADMIN, its owner, the GGD of its region).
     */
    private AgreementSummary moneyReadable(Actor actor, long agreementId) {
        AgreementSummary agreement = agreementAccess.readable(actor, agreementId);
        if (!Scope.of(agreement).within(agreementAccess.scopeOf(actor), agreement.ggdRegionId())) {
            throw new ForbiddenException(Message.of("MONEY_AGREEMENT_ONLY"));
        }
        return agreement;
    }

    private Organisation organisation(long id, OrganisationType type, String notFoundKey) {
        return organisations.find(id).filter(o -> o.type() == type)
                .orElseThrow(() -> new NotFoundException(Message.of(notFoundKey, id)));
    }

    @Override
    public MoneyOverview moneyByLawAndNature(Scope scope, int year) {
        return moneyByLawAndNature(Analysed.of(scope), year);
    }

    MoneyOverview moneyByLawAndNature(Analysed analysed, int year) {
        return overview(analysed, year, queries.moneyPerStream(analysed, year));
    }

    @Override
    public MoneyOverview moneyByLawAndNature(Scope scope, int year, List<StreamMoney> streams) {
        return overview(Analysed.of(scope), year, streams);
    }

    /**
     * The streams' money added up per legal basis × nature, per legal basis, per nature and in all:
     * the money per stream and the overview are one reading of the database, so they always agree.
     */
    private static MoneyOverview overview(Analysed analysed, int year, List<StreamMoney> streams) {
        List<MoneyLine> lines = new ArrayList<>();
        List<MoneyLine> perLegalBasis = new ArrayList<>();
        for (LegalBasis legalBasis : LegalBasis.values()) {
            for (FundingNature nature : FundingNature.values()) {
                lines.add(sum(streams, s -> s.legalBasis() == legalBasis && s.nature() == nature, legalBasis, nature));
            }
            perLegalBasis.add(sum(streams, s -> s.legalBasis() == legalBasis, legalBasis, null));
        }
        MoneyLine structural = sum(streams, s -> s.nature() == FundingNature.STRUCTURAL, null, FundingNature.STRUCTURAL);
        MoneyLine incidental = sum(streams, s -> s.nature() == FundingNature.INCIDENTAL, null, FundingNature.INCIDENTAL);
        MoneyLine total = sum(streams, s -> true, null, null);
        return new MoneyOverview(analysed.scope(), analysed.agreementId(), year, lines, perLegalBasis, structural, incidental, total,
                new MoneyOverview.StructuralShare(percent(structural.budgeted(), total.budgeted()),
                        percent(structural.allocated(), total.allocated()), percent(structural.spent(), total.spent())));
    }

    private static MoneyLine sum(List<StreamMoney> streams, Predicate<StreamMoney> which, LegalBasis legalBasis, FundingNature nature) {
        BigDecimal budgeted = ZERO;
        BigDecimal allocated = ZERO;
        BigDecimal spent = ZERO;
        for (StreamMoney stream : streams) {
            if (which.test(stream)) {
                budgeted = budgeted.add(stream.budgeted());
                allocated = allocated.add(stream.allocated());
                spent = spent.add(stream.spent());
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
    public List<StreamMoney> moneyPerStream(Scope scope, int year) {
        return moneyPerStream(Analysed.of(scope), year);
    }

    List<StreamMoney> moneyPerStream(Analysed analysed, int year) {
        return queries.moneyPerStream(analysed, year);
    }

    @Override
    public List<FundingCliff> fundingCliffs(Scope scope) {
        return fundingCliffs(Analysed.of(scope));
    }

    List<FundingCliff> fundingCliffs(Analysed analysed) {
        return queries.fundingCliffs(analysed);
    }

    @Override
    public List<Overspending> overspending(Scope scope, int year) {
        return overspending(Analysed.of(scope), year);
    }

    List<Overspending> overspending(Analysed analysed, int year) {
        return queries.overspending(analysed, year);
    }

    @Override
    public List<EarmarkedUnspent> earmarkedUnspent(Scope scope, int year) {
        return earmarkedUnspent(Analysed.of(scope), year);
    }

    List<EarmarkedUnspent> earmarkedUnspent(Analysed analysed, int year) {
        return queries.earmarkedUnspent(analysed, year, LocalDate.now(clock).getYear());
    }

    @Override
    public List<SpendingStatementLine> spendingStatement(Scope scope, int year) {
        return spendingStatement(Analysed.of(scope), year);
    }

    List<SpendingStatementLine> spendingStatement(Analysed analysed, int year) {
        return queries.spendingStatement(analysed, year);
    }

    /**
     * The money a request names (a region, a municipality or an agreement), or the caller's own
     * part of the country when it names none; 403 or 404 when the caller may not read it.
     */
    Analysed analysedFor(Actor actor, String region, String municipality, Long agreement) {
        int named = (region == null ? 0 : 1) + (municipality == null ? 0 : 1) + (agreement == null ? 0 : 1);
        if (named > 1) {
            throw new BadRequestException(Violation.at("scope", Message.of("MONEY_ONE_SCOPE")));
        }
        if (agreement != null) {
            return Analysed.agreement(moneyReadable(actor, agreement));
        }
        Scope scope;
        if (region != null) {
            scope = Scope.region(byCode(region, OrganisationType.GGD_REGION, "region"));
        } else if (municipality != null) {
            scope = Scope.municipality(byCode(municipality, OrganisationType.MUNICIPALITY, "municipality"));
        } else {
            scope = agreementAccess.scopeOf(actor);
        }
        return Analysed.of(authorise(actor, scope));
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
