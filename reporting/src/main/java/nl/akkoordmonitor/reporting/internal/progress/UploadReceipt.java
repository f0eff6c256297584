package nl.akkoordmonitor.reporting.internal.progress;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What an accepted progress workbook did.
 *
 * @param uploadId        the receipt's id
 * @param rowsRead        filled-in rows in the file
 * @param reportsCreated  progress reports recorded now
 * @param alreadyRecorded rows recorded by an earlier upload of the same content, skipped
 */
@Serdeable
public record UploadReceipt(long uploadId, int rowsRead, int reportsCreated, int alreadyRecorded) {
}
