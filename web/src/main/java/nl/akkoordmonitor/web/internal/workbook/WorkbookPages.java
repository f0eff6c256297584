package nl.akkoordmonitor.web.internal.workbook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.web.internal.api.Api;
import nl.akkoordmonitor.web.internal.api.ApiProblem;
import nl.akkoordmonitor.web.internal.api.ApiViolation;
import nl.akkoordmonitor.web.internal.api.Views;
import nl.akkoordmonitor.web.internal.layout.Form;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The Excel round trip (download the progress template, upload it filled in) and the steering report. */
@Controller
@Hidden
@Secured({"MUNICIPALITY", "GGD", "VWS"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class WorkbookPages {

    private final Pages pages;
    private final Clock clock;

    WorkbookPages(Pages pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    @Get("/voortgangsbestand")
    HttpResponse<?> page(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.empty();
        Page page = pages.page(request, user, Texts.t("workbook.title")).form(form);
        return pages.render(request, page, "workbook/workbook", "form", form, "cells", List.of());
    }

    @Get("/voortgangsbestand/sjabloon")
    HttpResponse<?> template(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        return file(pages.api(user).download("/progress-workbooks/template"));
    }

    @Post(value = "/voortgangsbestand", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, Authentication authentication, @Nullable @Part("file") CompletedFileUpload file) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.empty();
        List<ApiViolation> cells = List.of();
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            form.error("file", Texts.t("workbook.file.missing"));
        } else {
            try {
                Views.UploadReceipt receipt = pages.api(user).upload("/progress-workbooks", "file", file.getFilename(), file.getBytes(),
                        Views.UploadReceipt.class);
                Page page = pages.page(request, user, Texts.t("workbook.title")).form(form)
                        .flash(Texts.t("workbook.stored", receipt.reportsCreated(), receipt.alreadyRecorded()));
                return pages.render(request, page, "workbook/workbook", "form", form, "cells", cells);
            } catch (ApiProblem problem) {
                if (problem.status() != 400 && problem.status() != 422) {
                    throw problem;
                }
                // Every refused cell in a table of its own; the summary links to the file field.
                form.error("file", problem.detail().isBlank() ? Texts.t("workbook.refused") : problem.detail());
                cells = problem.violations();
            } catch (IOException e) {
                form.error("file", Texts.t("workbook.file.missing"));
            }
        }
        Page page = pages.page(request, user, Texts.t("workbook.title")).form(form);
        return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, page, "workbook/workbook", "form", form, "cells", cells);
    }

    @Get("/rapportage")
    HttpResponse<?> reportPage(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        int year = LocalDate.now(clock).getYear();
        Page page = pages.page(request, user, Texts.t("report.title"));
        return pages.render(request, page, "workbook/report", "years", List.of(year, year - 1, year - 2));
    }

    @Get("/rapportage/{year}")
    HttpResponse<?> report(HttpRequest<?> request, Authentication authentication, @PathVariable int year) {
        WebUser user = pages.user(request, authentication);
        // Without a scope the API makes the report of the user's own part of the country.
        return file(pages.api(user).download("/steering-reports/" + year));
    }

    private static HttpResponse<?> file(Api.Download download) {
        return HttpResponse.ok(download.bytes())
                .contentType(download.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
    }
}
