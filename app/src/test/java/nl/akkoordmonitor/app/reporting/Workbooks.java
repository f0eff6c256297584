package nl.akkoordmonitor.app.reporting;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;


/** Downloads and uploads workbooks the way a browser does, and opens them with POI. */
final class Workbooks {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Api api;
    private final HttpClient client;

    Workbooks(Api api, HttpClient client) {
        this.api = api;
        this.client = client;
    }

    /** A download with the header that names the file, which {@link ApiResponse} does not keep. */
    record Download(int status, String contentDisposition) {
    }

    Download download(String token, String path) {
        try {
            HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), byte[].class);
            return new Download(response.code(), response.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION));
        } catch (HttpClientResponseException e) {
            return new Download(e.getStatus().getCode(), null);
        }
    }

    /** Posts the bytes as the multipart field {@code file}, as an HTML form would. */
    ApiResponse upload(String token, String path, String fileName, byte[] bytes) {
        MultipartBody body = MultipartBody.builder().addPart("file", fileName, MediaType.of(XLSX), bytes).build();
        return api.send(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);
    }

    static XSSFWorkbook open(ApiResponse response) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(response.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("The answer is not a workbook: " + response, e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
