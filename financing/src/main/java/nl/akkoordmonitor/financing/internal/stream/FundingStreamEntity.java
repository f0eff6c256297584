package nl.akkoordmonitor.financing.internal.stream;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.FundingSource;
import nl.akkoordmonitor.financing.LegalBasis;

import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity(value = "funding_stream", schema = "financing")
public record FundingStreamEntity(@Id @GeneratedValue @Nullable Long id,
                                  String name,
                                  FundingSource source,
                                  LegalBasis legalBasis,
                                  FundingNature nature,
                                  int firstYear,
                                  @Nullable Integer lastYear,
                                  boolean earmarked,
                                  @Nullable String conditions,
                                  long recipientId,
                                  @Nullable Long recipientGgdRegionId,
                                  @Version @Nullable Long version,
                                  @DateCreated @Nullable Instant createdAt,
                                  BigDecimal carryOverShare,
                                  BigDecimal coFinancingShare,
                                  @Nullable Long coFinancesStreamId,
                                  @Nullable String sisaCode) {
}
