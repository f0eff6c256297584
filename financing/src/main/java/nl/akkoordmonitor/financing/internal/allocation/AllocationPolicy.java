package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Euro;
import nl.akkoordmonitor.financing.internal.stream.FundingStreamPolicy;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether part of a stream's budget for a year may go to a commitment. The central rule: the
 * allocations of a stream in a year never add up to more than its budget for that year.
 */
@Singleton
public class AllocationPolicy {

    /** The rule whose breach is a conflict with the current state (409) rather than bad input. */
    public static final String BUDGET_EXCEEDED = "BUDGET_EXCEEDED";

    /**
     * Everything the rules look at.
     *
     * @param stream              the stream's terms
     * @param year                the year of the allocation
     * @param amount              the amount asked for
     * @param budget              the stream's budget for the year; null when it has none
     * @param allocatedByOthers   what the other allocations of that budget already take
     * @param commitmentFirstYear first year of the commitment's period
     * @param commitmentLastYear  last year of the commitment's period
     * @param agreementClosed     whether the commitment's agreement is closed
     */
    public record Facts(FundingStreamPolicy.Terms stream,
                        int year,
                        BigDecimal amount,
                        @Nullable BigDecimal budget,
                        BigDecimal allocatedByOthers,
                        int commitmentFirstYear,
                        int commitmentLastYear,
                        boolean agreementClosed) {
    }

    public List<Violation> check(Facts facts) {
        List<Violation> violations = new ArrayList<>();
        if (facts.amount().signum() <= 0) {
            violations.add(Violation.at("/amount", Message.of("AMOUNT_NOT_POSITIVE")));
        }
        boolean inStream = facts.stream().covers(facts.year());
        if (!inStream) {
            violations.add(Violation.at("/year", Message.of("YEAR_OUTSIDE_STREAM", facts.year(), facts.stream().period())));
        }
        if (facts.year() < facts.commitmentFirstYear() || facts.year() > facts.commitmentLastYear()) {
            violations.add(Violation.at("/year", Message.of("YEAR_OUTSIDE_COMMITMENT", facts.commitmentFirstYear(), facts.commitmentLastYear(), facts.year())));
        }
        if (facts.agreementClosed()) {
            violations.add(new Violation("AGREEMENT_CLOSED", null, Message.of("AGREEMENT_CLOSED.money")));
        }
        if (facts.budget() == null) {
            if (inStream) {
                violations.add(Violation.at("/year", Message.of("NO_BUDGET", facts.year())));
            }
        } else if (facts.amount().signum() > 0) {
            BigDecimal left = facts.budget().subtract(facts.allocatedByOthers());
            if (facts.amount().compareTo(left) > 0) {
                violations.add(Violation.at("/amount", Message.of("BUDGET_EXCEEDED", Euro.of(left.max(BigDecimal.ZERO)), facts.year(), Euro.of(facts.amount()))));
            }
        }
        return violations;
    }
}
