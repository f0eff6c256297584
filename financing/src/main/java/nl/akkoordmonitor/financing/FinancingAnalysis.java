package nl.akkoordmonitor.financing;

import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.platform.security.Actor;

import java.util.List;

/**
 * The money analyses, for the reporting module: the same figures the
 * {@code /financing/analysis/...} endpoints answer. The methods other than {@link #authorise}
 * do not check access; call {@code authorise} first with the requesting user.
 */
public interface FinancingAnalysis {

    /**
     * Checks that the actor may read the money of the scope: VWS and ADMIN everything, a GGD user
     * its region and its municipalities, a municipality its own.
     *
     * @return the scope, when allowed
     * @throws nl.akkoordmonitor.platform.problem.ForbiddenException when not (403)
     * @throws nl.akkoordmonitor.platform.problem.NotFoundException  when the region or municipality
     *                                                               does not exist (404)
     */
    Scope authorise(Actor actor, Scope scope);

    /** Budgeted, allocated and spent money per legal basis × nature, with totals and the structural share. */
    MoneyOverview moneyByLawAndNature(Scope scope, int year);

    /** The same money per funding stream that has a budget, allocation or spending in the year. */
    List<StreamMoney> moneyPerStream(Scope scope, int year);

    /**
     * The overview of {@link #moneyByLawAndNature(Scope, int)} made from the lines that
     * {@link #moneyPerStream} answered for the same scope and year, without asking the database again.
     */
    MoneyOverview moneyByLawAndNature(Scope scope, int year, List<StreamMoney> streams);

    /** Every commitment in scope that runs past its incidental money without structural money. */
    List<FundingCliff> fundingCliffs(Scope scope);

    /** The allocations of the year on which more was spent than allocated. */
    List<Overspending> overspending(Scope scope, int year);

    /** Earmarked money of the year left unspent. */
    List<EarmarkedUnspent> earmarkedUnspent(Scope scope, int year);

    /** The spending statement (SiSa form) of year T per stream and recipient. */
    List<SpendingStatementLine> spendingStatement(Scope scope, int year);
}
