package nl.akkoordmonitor.app.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.akkoordmonitor.app.support.IntegrationTest;
import nl.akkoordmonitor.client.ApiClient;
import nl.akkoordmonitor.client.ApiException;
import nl.akkoordmonitor.client.api.AgreementsApi;
import nl.akkoordmonitor.client.api.CommitmentsApi;
import nl.akkoordmonitor.client.api.CoreThemesAndAdoptionApi;
import nl.akkoordmonitor.client.api.EvaluationsApi;
import nl.akkoordmonitor.client.api.FinancingApi;
import nl.akkoordmonitor.client.api.LoginApi;
import nl.akkoordmonitor.client.api.MilestonesApi;
import nl.akkoordmonitor.client.api.OrganisationsApi;
import nl.akkoordmonitor.client.api.PartiesApi;
import nl.akkoordmonitor.client.api.ReportingApi;
import nl.akkoordmonitor.client.api.UsersApi;
import nl.akkoordmonitor.client.model.AgreementLevel;
import nl.akkoordmonitor.client.model.AgreementRecordsCreateAgreementRequest;
import nl.akkoordmonitor.client.model.AgreementStatus;
import nl.akkoordmonitor.client.model.AllocationRecordsAllocationView;
import nl.akkoordmonitor.client.model.AllocationRecordsCreateAllocationRequest;
import nl.akkoordmonitor.client.model.AllocationRecordsExpenditureRequest;
import nl.akkoordmonitor.client.model.AllocationRecordsExpenditureView;
import nl.akkoordmonitor.client.model.CommitmentRecordsCommitmentRequest;
import nl.akkoordmonitor.client.model.CommitmentView;
import nl.akkoordmonitor.client.model.CoreThemeEntity;
import nl.akkoordmonitor.client.model.EvaluationRecordsEditRequest;
import nl.akkoordmonitor.client.model.EvaluationRecordsEvaluationView;
import nl.akkoordmonitor.client.model.EvaluationRecordsOpenRequest;
import nl.akkoordmonitor.client.model.EvaluationRecordsThemeInput;
import nl.akkoordmonitor.client.model.EvaluationRecordsTransitionRequest;
import nl.akkoordmonitor.client.model.EvaluationStatus;
import nl.akkoordmonitor.client.model.FundingNature;
import nl.akkoordmonitor.client.model.FundingSource;
import nl.akkoordmonitor.client.model.FundingStreamRecordsCreateBudgetRequest;
import nl.akkoordmonitor.client.model.FundingStreamRecordsStreamRequest;
import nl.akkoordmonitor.client.model.FundingStreamRecordsStreamView;
import nl.akkoordmonitor.client.model.LegalBasis;
import nl.akkoordmonitor.client.model.LivingEnvironment;
import nl.akkoordmonitor.client.model.LoginRequest;
import nl.akkoordmonitor.client.model.MilestoneRecordsMilestoneRequest;
import nl.akkoordmonitor.client.model.MilestoneRecordsReportRequest;
import nl.akkoordmonitor.client.model.MilestoneRow;
import nl.akkoordmonitor.client.model.PartyRecordsAddPartyRequest;
import nl.akkoordmonitor.client.model.PartyRole;
import nl.akkoordmonitor.client.model.PreventionLevel;
import nl.akkoordmonitor.client.model.ProgressStatus;
import nl.akkoordmonitor.client.model.Rating;
import nl.akkoordmonitor.client.model.Role;
import nl.akkoordmonitor.client.model.TargetGroup;
import nl.akkoordmonitor.client.model.ThemeRecordsAdoptionRequest;
import nl.akkoordmonitor.client.model.ThemeRecordsAdoptionView;
import nl.akkoordmonitor.client.model.ThemeRecordsCreateCoreThemeRequest;
import nl.akkoordmonitor.client.model.UserRecordsCreateUserRequest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plays a municipality's year with nothing but the Java client that the build generated from the
 * OpenAPI document (openapi-generator-maven-plugin in app/pom.xml): the administrator makes the
 * users, VWS signs a national frame, the municipality signs its local agreement under it, reports
 * progress on a milestone, reports spending, submits its evaluation and downloads its steering report.
 *
 * <p>The client refuses a field the document does not name, and every answer's status must be one
 * the document lists for its operation, so a document that lies about a path, a parameter, a body,
 * a status or an answer's fields fails this test and the build.
 */
@MicronautTest(transactional = false)
class GeneratedClientYearTest extends IntegrationTest {

    private static final int YEAR = 2025;
    private static final String MUNICIPALITY = "GM0344"; // Utrecht

    @Inject
    EmbeddedServer server;

    /** Every answer whose status the document does not list for its operation. */
    private final List<String> undocumented = new ArrayList<>();
    private List<DocumentedOperation> operations;

    @Test
    void aMunicipalityPlaysItsYearWithTheGeneratedClient() throws Exception {
        operations = DocumentedOperation.read();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = loggedIn("admin", ADMIN_PASSWORD);
        long vwsId = organisationId(admin, "VWS");
        long municipalityId = organisationId(admin, MUNICIPALITY);
        ApiClient vws = userFor(admin, Role.VWS, vwsId, "vws-" + suffix);
        ApiClient municipality = userFor(admin, Role.MUNICIPALITY, municipalityId, "utrecht-" + suffix);

        // VWS: a national frame with one binding core theme, signed.
        var national = new AgreementsApi(vws).createAgreement(new AgreementRecordsCreateAgreementRequest()
                .level(AgreementLevel.NATIONAL).title("Landelijk kader " + suffix).ownerId(vwsId).firstYear(YEAR).lastYear(YEAR + 1));
        CoreThemeEntity theme = new CoreThemesAndAdoptionApi(vws).addCoreTheme(national.getId(), new ThemeRecordsCreateCoreThemeRequest()
                .code("K" + suffix).name("Gezonde leefstijl " + suffix).description("Bewegen en gezond eten").binding(true));
        new PartiesApi(vws).addParty(national.getId(), new PartyRecordsAddPartyRequest().organisationId(vwsId).role(PartyRole.SIGNATORY));
        assertEquals(AgreementStatus.ACTIVE, new AgreementsApi(vws).signAgreement(national.getId()).getStatus());

        // The municipality: its local agreement, adopting the binding theme with a commitment, signed.
        AgreementsApi agreements = new AgreementsApi(municipality);
        var local = agreements.createAgreement(new AgreementRecordsCreateAgreementRequest().level(AgreementLevel.LOCAL)
                .title("Lokaal akkoord Utrecht " + suffix).ownerId(municipalityId).parentId(national.getId()).firstYear(YEAR).lastYear(YEAR + 1));
        ThemeRecordsAdoptionView adoption = new CoreThemesAndAdoptionApi(municipality).adoptTheme(local.getId(),
                new ThemeRecordsAdoptionRequest().coreThemeId(theme.getId()).ambition("Meer kinderen sporten"));
        CommitmentView commitment = new CommitmentsApi(municipality).addCommitment(local.getId(), adoption.getId(),
                new CommitmentRecordsCommitmentRequest().title("Sportclubs op school").description("Elke basisschool een sportclub")
                        .addTargetGroupsItem(TargetGroup.YOUTH).livingEnvironment(LivingEnvironment.EDUCATION)
                        .preventionLevel(PreventionLevel.UNIVERSAL).responsibleOrganisationId(municipalityId).firstYear(YEAR).lastYear(YEAR + 1));
        new PartiesApi(municipality).addParty(local.getId(), new PartyRecordsAddPartyRequest().organisationId(municipalityId).role(PartyRole.SIGNATORY));
        assertEquals(AgreementStatus.ACTIVE, agreements.signAgreement(local.getId()).getStatus());

        // Progress on a milestone.
        MilestonesApi milestones = new MilestonesApi(municipality);
        MilestoneRow milestone = milestones.planMilestone(commitment.getId(), new MilestoneRecordsMilestoneRequest()
                .title("Twintig scholen doen mee").dueDate(LocalDate.of(YEAR, 11, 30)));
        var report = milestones.reportMilestoneProgress(milestone.getId(), new MilestoneRecordsReportRequest()
                .reportDate(LocalDate.of(YEAR, 6, 30)).status(ProgressStatus.ON_TRACK).percentComplete(60).narrative("Twaalf scholen doen mee"));
        assertEquals(60, milestones.getMilestone(milestone.getId()).getMilestone().getPercentComplete(), "report " + report);

        // Spending: a stream the municipality receives, its budget, an allocation to the commitment, what was spent.
        FinancingApi financing = new FinancingApi(municipality);
        FundingStreamRecordsStreamView stream = financing.createFundingStream(new FundingStreamRecordsStreamRequest()
                .name("Sportakkoord " + suffix).source(FundingSource.NATIONAL_GOVERNMENT).legalBasis(LegalBasis.WPG)
                .nature(FundingNature.INCIDENTAL).firstYear(YEAR).lastYear(YEAR + 1).earmarked(false));
        financing.addBudget(stream.getId(), new FundingStreamRecordsCreateBudgetRequest().year(YEAR).amount(new BigDecimal("50000.00")));
        AllocationRecordsAllocationView allocation = financing.createAllocation(new AllocationRecordsCreateAllocationRequest()
                .streamId(stream.getId()).year(YEAR).commitmentId(commitment.getId()).amount(new BigDecimal("20000.00")));
        AllocationRecordsExpenditureView spent = financing.reportSpending(allocation.getId(),
                new AllocationRecordsExpenditureRequest().year(YEAR).amount(new BigDecimal("18250.50")));
        assertEquals(0, new BigDecimal("18250.50").compareTo(spent.getAmount()));

        // The yearly evaluation: drafted, every theme rated, submitted.
        EvaluationsApi evaluations = new EvaluationsApi(municipality);
        EvaluationRecordsEvaluationView evaluation = evaluations.startEvaluation(local.getId(), new EvaluationRecordsOpenRequest().year(YEAR));
        evaluation = evaluations.editEvaluation(evaluation.getId(), new EvaluationRecordsEditRequest().version(evaluation.getVersion())
                .generalConclusion("Het akkoord ligt op koers")
                .addThemesItem(new EvaluationRecordsThemeInput().coreThemeCode(theme.getCode()).rating(Rating.GREEN)
                        .findings("Twaalf scholen doen mee").lessons("Vroeg beginnen met scholen")));
        evaluation = evaluations.submitEvaluation(evaluation.getId(), new EvaluationRecordsTransitionRequest().version(evaluation.getVersion()));
        assertEquals(EvaluationStatus.SUBMITTED, evaluation.getStatus());

        // The steering report of the year for the municipality, and next round's progress template: Excel workbooks.
        assertExcel(new ReportingApi(municipality).downloadSteeringReport(YEAR, MUNICIPALITY, null));
        assertExcel(new ReportingApi(municipality).downloadProgressTemplate());

        // An error answer comes back as the documented problem, with its status.
        ApiException refused = assertThrows(ApiException.class, () -> milestones.getMilestone(Long.MAX_VALUE));
        assertEquals(404, refused.getCode());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), refused.getResponseBody());

        assertEquals(List.of(), undocumented, "answers with a status the OpenAPI document does not list for their operation");
    }

    private static void assertExcel(File file) throws Exception {
        try (ZipFile xlsx = new ZipFile(file)) {
            assertTrue(xlsx.getEntry("xl/workbook.xml") != null, "not an Excel workbook: " + file);
        } finally {
            Files.deleteIfExists(file.toPath());
        }
    }

    /** A client of the running server, logged in with the generated LoginApi. */
    private ApiClient loggedIn(String username, String password) throws ApiException {
        ApiClient anonymous = client(null);
        String token = new LoginApi(anonymous).login(new LoginRequest().username(username).password(password)).getAccessToken();
        return client(token);
    }

    private ApiClient userFor(ApiClient admin, Role role, long organisationId, String username) throws ApiException {
        String password = "wachtwoord-" + UUID.randomUUID();
        new UsersApi(admin).createUser(new UserRecordsCreateUserRequest().username(username).password(password).role(role).organisationId(organisationId));
        return loggedIn(username, password);
    }

    private static long organisationId(ApiClient client, String code) throws ApiException {
        return new OrganisationsApi(client).listOrganisations(null, null, code, null, null, null, null).getItems().get(0).getId();
    }

    /** An operation of the document the build made: its method, path as a pattern, and the statuses it lists. */
    private record DocumentedOperation(String id, String method, Pattern path, int literalSegments, Set<String> statuses) {

        boolean matches(String method, String path) {
            return this.method.equalsIgnoreCase(method) && this.path.matcher(path).matches();
        }

        /** Literal paths first (/milestones/overview before /milestones/{id}), as the server matches them. */
        @SuppressWarnings("unchecked")
        static List<DocumentedOperation> read() throws Exception {
            Map<String, Object> document;
            try (InputStream in = GeneratedClientYearTest.class.getClassLoader().getResourceAsStream("META-INF/swagger/akkoordmonitor-0.1.yml")) {
                document = new Yaml().load(in);
            }
            List<DocumentedOperation> operations = new ArrayList<>();
            ((Map<String, Map<String, Object>>) document.get("paths")).forEach((template, item) -> item.forEach((method, value) -> {
                if (value instanceof Map<?, ?> operation && operation.containsKey("responses")) {
                    String regex = Arrays.stream(template.split("/")).map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
                            .collect(Collectors.joining("/"));
                    int literal = (int) Arrays.stream(template.split("/")).filter(segment -> !segment.startsWith("{")).count();
                    operations.add(new DocumentedOperation((String) operation.get("operationId"), method, Pattern.compile(regex), literal,
                            ((Map<Object, Object>) operation.get("responses")).keySet().stream().map(String::valueOf).collect(Collectors.toSet())));
                }
            }));
            operations.sort(Comparator.comparingInt(DocumentedOperation::literalSegments).reversed());
            return operations;
        }
    }

    private ApiClient client(String token) {
        ObjectMapper strict = ApiClient.createDefaultObjectMapper()
                // A field the document does not name is a lie of the document.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ApiClient client = new ApiClient(HttpClient.newBuilder(), strict, server.getURL().toString());
        client.setResponseInterceptor(response -> {
            String method = response.request().method();
            String path = response.request().uri().getPath();
            String status = Integer.toString(response.statusCode());
            DocumentedOperation operation = operations.stream().filter(o -> o.matches(method, path)).findFirst()
                    .orElseThrow(() -> new AssertionError(method + " " + path + " is not in the OpenAPI document"));
            if (!operation.statuses().contains(status)) {
                undocumented.add(method + " " + path + " answered " + status + "; " + operation.id() + " documents " + operation.statuses());
            }
        });
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }
}
