package nl.akkoordmonitor.reporting.internal.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The receipt of one accepted progress workbook. */
@MappedEntity(value = "progress_upload", schema = "reporting")
record ProgressUploadEntity(@Id @GeneratedValue @Nullable Long id,
                            long organisationId,
                            long uploadedBy,
                            Instant uploadedAt,
                            @Nullable String fileName,
                            String contentHash,
                            int rowsRead,
                            int reportsCreated,
                            int alreadyRecorded) {
}
