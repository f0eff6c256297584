package nl.akkoordmonitor.financing.internal.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.akkoordmonitor.financing.EarmarkedUnspent;
import nl.akkoordmonitor.financing.FundingCliff;
import nl.akkoordmonitor.financing.MoneyOverview;
import nl.akkoordmonitor.financing.MoneyScope;
import nl.akkoordmonitor.financing.Overspending;
import nl.akkoordmonitor.financing.SpendingStatementLine;
import nl.akkoordmonitor.financing.StreamMoney;
import nl.akkoordmonitor.platform.security.Actor;

import java.util.List;

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

    private final AnalysisService service;

    AnalysisController(AnalysisService service) {
        this.service = service;
    }

    @Get("/money{?year,region,municipality,agreement}")
    @Operation(summary = "Budgeted, allocated and spent money per legal basis × nature, with totals and the structural share")
    MoneyOverview money(@Nullable @QueryValue Integer year,
                        @Parameter(description = "CBS code of a GGD region, e.g. GG3406") @Nullable @QueryValue String region,
                        @Parameter(description = "CBS code of a municipality, e.g. GM0363") @Nullable @QueryValue String municipality,
                        @Parameter(description = "id of an agreement") @Nullable @QueryValue Long agreement,
                        Authentication authentication) {
        return service.moneyByLawAndNature(scope(authentication, region, municipality, agreement), year(year));
    }

    @Get("/streams{?year,region,municipality,agreement}")
    @Operation(summary = "The same money per funding stream")
    List<StreamMoney> streams(@Nullable @QueryValue Integer year, @Nullable @QueryValue String region,
                              @Nullable @QueryValue String municipality, @Nullable @QueryValue Long agreement,
                              Authentication authentication) {
        return service.moneyPerStream(scope(authentication, region, municipality, agreement), year(year));
    }

    @Get("/funding-cliffs{?region,municipality,agreement}")
    @Operation(summary = "Commitments that run past their incidental money without structural money, with the uncovered years")
    List<FundingCliff> fundingCliffs(@Nullable @QueryValue String region, @Nullable @QueryValue String municipality,
                                     @Nullable @QueryValue Long agreement, Authentication authentication) {
        return service.fundingCliffs(scope(authentication, region, municipality, agreement));
    }

    @Get("/overspending{?year,region,municipality,agreement}")
    @Operation(summary = "Allocations of the year on which more was spent than allocated")
    List<Overspending> overspending(@Nullable @QueryValue Integer year, @Nullable @QueryValue String region,
                                    @Nullable @QueryValue String municipality, @Nullable @QueryValue Long agreement,
                                    Authentication authentication) {
        return service.overspending(scope(authentication, region, municipality, agreement), year(year));
    }

    @Get("/earmarked-unspent{?year,region,municipality,agreement}")
    @Operation(summary = "Earmarked money of the year left unspent at the end of it")
    List<EarmarkedUnspent> earmarkedUnspent(@Nullable @QueryValue Integer year, @Nullable @QueryValue String region,
                                            @Nullable @QueryValue String municipality, @Nullable @QueryValue Long agreement,
                                            Authentication authentication) {
        return service.earmarkedUnspent(scope(authentication, region, municipality, agreement), year(year));
    }

    @Get("/spending-statement{?year,region,municipality,agreement}")
    @Operation(summary = "Spending statement per stream and recipient (SiSa form): spending in year T, cumulative, final accounting")
    List<SpendingStatementLine> spendingStatement(@Nullable @QueryValue Integer year, @Nullable @QueryValue String region,
                                                  @Nullable @QueryValue String municipality,
                                                  @Nullable @QueryValue Long agreement, Authentication authentication) {
        return service.spendingStatement(scope(authentication, region, municipality, agreement), year(year));
    }

    private MoneyScope scope(Authentication authentication, String region, String municipality, Long agreement) {
        Actor actor = Actor.of(authentication);
        return service.authorise(actor, service.scopeFor(actor, region, municipality, agreement));
    }

    private int year(Integer year) {
        return year == null ? service.currentYear() : year;
    }
}
