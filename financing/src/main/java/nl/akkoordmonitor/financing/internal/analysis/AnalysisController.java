package nl.akkoordmonitor.financing.internal.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.akkoordmonitor.financing.EarmarkedUnspent;
import nl.akkoordmonitor.financing.FundingCliff;
import nl.akkoordmonitor.financing.MoneyOverview;
import nl.akkoordmonitor.financing.Overspending;
import nl.akkoordmonitor.financing.SpendingStatementLine;
import nl.akkoordmonitor.financing.StreamMoney;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

/**
 * The money analyses per scope and year. The scope is one of {@code region} (CBS code),
 * {@code municipality} (CBS code) or {@code agreement} (id); without one it is the caller's own:
 * the country for VWS, its region for a GGD, itself for a municipality. The year defaults to this year.
 */
@Controller("/financing/analysis")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Financing analysis")
class AnalysisController {

    /** What {@code spendingStatement} sorts on. */
    static final Sorting<SpendingStatementLine> SPENDING_STATEMENT = Sorting.by("streamName", SpendingStatementLine::streamName)
            .and("legalBasis", SpendingStatementLine::legalBasis)
            .and("spendingYear", SpendingStatementLine::spendingYear)
            .and("cumulativeSpending", SpendingStatementLine::cumulativeSpending)
            .and("deadline", SpendingStatementLine::deadline)
            .and("streamId", SpendingStatementLine::streamId);

    /** What {@code earmarkedUnspent} sorts on. */
    static final Sorting<EarmarkedUnspent> EARMARKED_UNSPENT = Sorting.by("unspent", EarmarkedUnspent::unspent)
            .and("streamName", EarmarkedUnspent::streamName)
            .and("budgeted", EarmarkedUnspent::budgeted)
            .and("spent", EarmarkedUnspent::spent)
            .and("streamId", EarmarkedUnspent::streamId);

    /** What {@code overspending} sorts on. */
    static final Sorting<Overspending> OVERSPENDING = Sorting.by("overspentBy", Overspending::overspentBy)
            .and("streamName", Overspending::streamName)
            .and("spent", Overspending::spent)
            .and("allocated", Overspending::allocated)
            .and("agreementId", Overspending::agreementId)
            .and("allocationId", Overspending::allocationId);

    /** What {@code fundingCliffs} sorts on. */
    static final Sorting<FundingCliff> FUNDING_CLIFFS = Sorting.by("lastIncidentalYear", FundingCliff::lastIncidentalYear)
            .and("lastIncidentalAmount", FundingCliff::lastIncidentalAmount)
            .and("lastYear", FundingCliff::lastYear)
            .and("agreementId", FundingCliff::agreementId)
            .and("commitmentId", FundingCliff::commitmentId);

    /** What {@code streams} sorts on. */
    static final Sorting<StreamMoney> STREAMS = Sorting.by("name", StreamMoney::name)
            .and("legalBasis", StreamMoney::legalBasis)
            .and("nature", StreamMoney::nature)
            .and("budgeted", StreamMoney::budgeted)
            .and("allocated", StreamMoney::allocated)
            .and("spent", StreamMoney::spent)
            .and("streamId", StreamMoney::streamId);

    private final AnalysisService service;

    AnalysisController(AnalysisService service) {
        this.service = service;
    }

    @Get("/money{?year,region,municipality,agreement}")
    @Answers.Restricted
    @Operation(operationId = "getMoneyAnalysis", summary = "Budgeted, allocated and spent money per legal basis × nature, with totals and the structural share")
    MoneyOverview money(@Nullable @QueryValue Integer year,
                        @Parameter(description = "CBS code of a GGD region, e.g. GG3406") @Nullable @QueryValue String region,
                        @Parameter(description = "CBS code of a municipality, e.g. GM0363") @Nullable @QueryValue String municipality,
                        @Parameter(description = "id of an agreement") @Nullable @QueryValue Long agreement,
                        Authentication authentication) {
        return service.moneyByLawAndNature(scope(authentication, region, municipality, agreement), year(year));
    }

    @Get("/streams{?year,region,municipality,agreement}")
    @Answers.Restricted
    @Operation(operationId = "getMoneyPerStream", summary = "The same money per funding stream")
    PageResponse<StreamMoney> streams(@Nullable @QueryValue Integer year, @Nullable @QueryValue String region,
                              @Nullable @QueryValue String municipality, @Nullable @QueryValue Long agreement,
                              @RequestBean Paging paging,
            @Parameter(description = "Sort on name, legalBasis, nature, budgeted, allocated, spent or streamId; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"name", "name,desc", "legalBasis", "legalBasis,desc", "nature", "nature,desc", "budgeted", "budgeted,desc", "allocated", "allocated,desc", "spent", "spent,desc", "streamId", "streamId,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.moneyPerStream(scope(authentication, region, municipality, agreement), year(year)), STREAMS);
    }

    @Get("/funding-cliffs{?region,municipality,agreement}")
    @Answers.Restricted
    @Operation(operationId = "listFundingCliffs", summary = "Commitments that run past their incidental money without structural money, with the uncovered years")
    PageResponse<FundingCliff> fundingCliffs(@Nullable @QueryValue String region, @Nullable @QueryValue String municipality,
                                     @Nullable @QueryValue Long agreement, @RequestBean Paging paging,
            @Parameter(description = "Sort on lastIncidentalYear, lastIncidentalAmount, lastYear, agreementId or commitmentId; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"lastIncidentalYear", "lastIncidentalYear,desc", "lastIncidentalAmount", "lastIncidentalAmount,desc", "lastYear", "lastYear,desc", "agreementId", "agreementId,desc", "commitmentId", "commitmentId,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.fundingCliffs(scope(authentication, region, municipality, agreement)), FUNDING_CLIFFS);
    }

    @Get("/overspending{?year,region,municipality,agreement}")
    @Answers.Restricted
    @Operation(operationId = "listOverspending", summary = "Allocations of the year on which more was spent than allocated")
    PageResponse<Overspending> overspending(@Nullable @QueryValue Integer year, @Nullable @QueryValue String region,
                                    @Nullable @QueryValue String municipality, @Nullable @QueryValue Long agreement,
                                    @RequestBean Paging paging,
            @Parameter(description = "Sort on overspentBy, streamName, spent, allocated, agreementId or allocationId; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"overspentBy", "overspentBy,desc", "streamName", "streamName,desc", "spent", "spent,desc", "allocated", "allocated,desc", "agreementId", "agreementId,desc", "allocationId", "allocationId,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.overspending(scope(authentication, region, municipality, agreement), year(year)), OVERSPENDING);
    }

    @Get("/earmarked-unspent{?year,region,municipality,agreement}")
    @Answers.Restricted
    @Operation(operationId = "listEarmarkedUnspent", summary = "Earmarked money of the year left unspent at the end of it")
    PageResponse<EarmarkedUnspent> earmarkedUnspent(@Nullable @QueryValue Integer year, @Nullable @QueryValue String region,
                                            @Nullable @QueryValue String municipality, @Nullable @QueryValue Long agreement,
                                            @RequestBean Paging paging,
            @Parameter(description = "Sort on unspent, streamName, budgeted, spent or streamId; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"unspent", "unspent,desc", "streamName", "streamName,desc", "budgeted", "budgeted,desc", "spent", "spent,desc", "streamId", "streamId,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.earmarkedUnspent(scope(authentication, region, municipality, agreement), year(year)), EARMARKED_UNSPENT);
    }

    @Get("/spending-statement{?year,region,municipality,agreement}")
    @Answers.Restricted
    @Operation(operationId = "getSpendingStatement", summary = "Spending statement per stream and recipient (SiSa form): spending in year T, cumulative, final accounting")
    PageResponse<SpendingStatementLine> spendingStatement(@Nullable @QueryValue Integer year, @Nullable @QueryValue String region,
                                                  @Nullable @QueryValue String municipality,
                                                  @Nullable @QueryValue Long agreement, @RequestBean Paging paging,
            @Parameter(description = "Sort on streamName, legalBasis, spendingYear, cumulativeSpending, deadline or streamId; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"streamName", "streamName,desc", "legalBasis", "legalBasis,desc", "spendingYear", "spendingYear,desc", "cumulativeSpending", "cumulativeSpending,desc", "deadline", "deadline,desc", "streamId", "streamId,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.spendingStatement(scope(authentication, region, municipality, agreement), year(year)), SPENDING_STATEMENT);
    }

    private Analysed scope(Authentication authentication, String region, String municipality, Long agreement) {
        return service.analysedFor(Actor.of(authentication), region, municipality, agreement);
    }

    private int year(Integer year) {
        return year == null ? service.currentYear() : year;
    }
}
