package nl.akkoordmonitor.reporting.internal.workbook;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;

/** How a workbook leaves the server: the xlsx content type and a download file name. */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }

    /** The workbook as a download; file names are ASCII by construction (codes, years, dates). */
    public static HttpResponse<byte[]> attachment(String fileName, byte[] bytes) {
        return HttpResponse.ok(bytes)
                .contentType(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }
}
