package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * One milestone with its current state and newest report, as lists, the API and the steering
 * report show it.
 *
 * @param id                        the milestone's id
 * @param commitmentId              the commitment it belongs to
 * @param agreementId               the commitment's agreement
 * @param ownerOrganisationId       the agreement's owner (municipality, GGD region or ministry)
 * @param ggdRegionId               the agreement's GGD region; null for a national agreement
 * @param coreThemeId               the national core theme of the commitment
 * @param coreThemeCode             its code
 * @param coreThemeName             its name
 * @param title                     what is to be done
 * @param dueDate                   when it is due
 * @param responsibleOrganisationId who carries it out
 * @param state                     the current state, derived from the newest report and the due date today
 * @param latestStatus              the status of the newest report; null without reports
 * @param percentComplete           the percent complete of the newest report; null without reports
 * @param latestReportDate          the date of the newest report; null without reports
 * @param latestNarrative           the narrative of the newest report
 * @param version                   the version to send back with a change
 * @param carriedFromId             the milestone of the predecessor programme this one was carried over from, if any
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MilestoneRow(long id,
                           long commitmentId,
                           long agreementId,
                           long ownerOrganisationId,
                           @Nullable Long ggdRegionId,
                           long coreThemeId,
                           String coreThemeCode,
                           String coreThemeName,
                           String title,
                           LocalDate dueDate,
                           long responsibleOrganisationId,
                           MilestoneState state,
                           @Schema(type = "string") @Nullable ProgressStatus latestStatus,
                           @Nullable Integer percentComplete,
                           @Nullable LocalDate latestReportDate,
                           @Nullable String latestNarrative,
                           long version,
                           @Nullable Long carriedFromId) {

    /** Still to be reported on: neither achieved nor cancelled. */
    public boolean open() {
        return state != MilestoneState.ACHIEVED && state != MilestoneState.CANCELLED;
    }
}
