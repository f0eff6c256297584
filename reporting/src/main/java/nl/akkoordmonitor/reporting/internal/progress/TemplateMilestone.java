package nl.akkoordmonitor.reporting.internal.progress;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * One open milestone as the template shows it: what it is, and where it stood at the last report.
 *
 * @param milestoneId      the id the upload is matched on
 * @param agreementTitle   its agreement
 * @param themeName        its core theme
 * @param commitmentTitle  its commitment
 * @param title            the milestone
 * @param dueDate          its due date
 * @param lastStatus       the status last reported, as the vocabulary's word in the template's language ("Niet gestart" without a report)
 * @param overdue          past its due date while not afgerond or geannuleerd
 * @param lastPercent      percent complete at the newest report, null when none
 */
public record TemplateMilestone(long milestoneId,
                                String agreementTitle,
                                String themeName,
                                String commitmentTitle,
                                String title,
                                LocalDate dueDate,
                                String lastStatus,
                                boolean overdue,
                                @Nullable Integer lastPercent) {
}
