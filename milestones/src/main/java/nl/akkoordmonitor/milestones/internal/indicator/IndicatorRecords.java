package nl.akkoordmonitor.milestones.internal.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.milestones.IndicatorDirection;
import nl.akkoordmonitor.milestones.IndicatorFamily;
import nl.akkoordmonitor.milestones.IndicatorSource;
import nl.akkoordmonitor.milestones.Judgement;

import java.math.BigDecimal;
import java.util.List;

final class IndicatorRecords {

    private IndicatorRecords() {
    }

    @Serdeable
    record IndicatorRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]+", message = "{INDICATOR_CODE_FORMAT}") String code,
                            @NotBlank @Size(max = 200) String name,
                            @NotBlank @Size(max = 40) String unit,
                            @NotNull IndicatorDirection direction,
                            @NotNull IndicatorSource source,
                            @NotNull IndicatorFamily family,
                            @Nullable Long version) {
    }

    @Serdeable
    record IndicatorView(long id, String code, String name, String unit, IndicatorDirection direction,
                         IndicatorSource source, IndicatorFamily family, long version) {
        static IndicatorView of(IndicatorEntity e) {
            return new IndicatorView(e.id(), e.code(), e.name(), e.unit(), e.direction(), e.source(), e.family(), e.version());
        }
    }

    @Serdeable
    record MeasurementRequest(@NotNull Long organisationId,
                              @NotNull @Min(1990) @Max(2100) Integer year,
                              @NotNull @Digits(integer = 10, fraction = 4) BigDecimal value) {
    }

    @Serdeable
    record MeasurementUpdate(@NotNull @Digits(integer = 10, fraction = 4) BigDecimal value, @NotNull Long version) {
    }

    @Serdeable
    record MeasurementView(long id, long indicatorId, long organisationId, int year, BigDecimal value, long version) {
        static MeasurementView of(MeasurementEntity e) {
            return new MeasurementView(e.id(), e.indicatorId(), e.organisationId(), e.year(), e.value(), e.version());
        }
    }

    @Serdeable
    record TargetRequest(@NotNull Long indicatorId,
                         @NotNull @Digits(integer = 10, fraction = 4) BigDecimal baselineValue,
                         @NotNull @Min(1990) @Max(2100) Integer baselineYear,
                         @NotNull @Digits(integer = 10, fraction = 4) BigDecimal targetValue,
                         @NotNull @Min(1990) @Max(2100) Integer targetYear,
                         @Nullable Long version) {
    }

    /** A measurement of the agreement's owner, set against the path from baseline to target. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record JudgedMeasurement(int year, @Nullable BigDecimal value, BigDecimal expectedValue, Judgement judgement) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TargetView(long id, long agreementId, IndicatorView indicator,
                      BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear, long version,
                      List<JudgedMeasurement> measurements, @Schema(type = "object") @Nullable JudgedMeasurement latest, Judgement latestJudgement) {
    }
}
