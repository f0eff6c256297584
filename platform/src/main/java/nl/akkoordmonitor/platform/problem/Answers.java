package nl.akkoordmonitor.platform.problem;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers an operation can give, as its OpenAPI document says them: put the ones that
 * apply on the controller method ({@code @Answers.Restricted @Answers.NotFound}). Each is declared
 * here once, with the {@link Problem} schema and a Dutch example, so that every operation
 * documents its 4xx answers the same way.
 *
 * <p>Every operation can answer 400: a NUL character or a lone surrogate in the path or a query
 * parameter is refused before any code runs. Hence {@link Public} (400) is part of {@link LoggedIn}
 * (also 401, and the bearer token, security scheme {@value #BEARER}), which is part of
 * {@link Restricted} (also 403).
 */
public final class Answers {

    /** The name of the security scheme: a bearer token from {@code POST /login}. */
    public static final String BEARER = "bearer";

    private Answers() {
    }

    /** 400 only: an operation anyone may call (no login). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "400", description = Texts.BAD_REQUEST, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalidField", value = Texts.BAD_REQUEST_EXAMPLE)))
    public @interface Public {
    }

    /** 400 and 401: an operation every logged-in user may call for themselves. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @Public
    @SecurityRequirement(name = BEARER)
    @ApiResponse(responseCode = "401", description = Texts.UNAUTHORIZED,
            headers = @Header(name = "WWW-Authenticate", description = "Bearer", schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "noToken", value = Texts.UNAUTHORIZED_EXAMPLE)))
    public @interface LoggedIn {
    }

    /** 400, 401 and 403: an operation that depends on the caller's role or organisation. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @LoggedIn
    @ApiResponse(responseCode = "403", description = Texts.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "notYours", value = Texts.FORBIDDEN_EXAMPLE)))
    public @interface Restricted {
    }

    /** 404: the thing named in the path does not exist, or the caller may not know it does. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "404", description = Texts.NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknownId", value = Texts.NOT_FOUND_EXAMPLE)))
    public @interface NotFound {
    }

    /** 409: the request clashes with the current state (a stale version, a closed year, a duplicate). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "409", description = Texts.CONFLICT, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "yearClosed", value = Texts.CONFLICT_EXAMPLE)))
    public @interface Conflict {
    }

    /** 422: a business rule refuses the request; every broken rule is listed. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "422", description = Texts.RULE_VIOLATED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "ruleBroken", value = Texts.RULE_VIOLATED_EXAMPLE)))
    public @interface RuleViolated {
    }

    /** The descriptions and examples, written once. The examples are answers as the server writes them. */
    private static final class Texts {
        static final String BAD_REQUEST = "The request cannot be read or has an invalid field: unreadable JSON, a value of the wrong type, "
                + "an unknown enum value, a field that breaks a constraint, a bad page, size or sort, or a refused upload. "
                + "`field` is a JSON pointer into the body, the name of a query parameter, or the cell of an uploaded sheet.";
        static final String BAD_REQUEST_EXAMPLE = """
                {"type": "https://akkoordmonitor.nl/problems/bad-request", "title": "Ongeldig verzoek", "status": 400,
                 "detail": "/percentComplete: Vul 100 of een kleiner getal in.", "instance": "/milestones/41/reports",
                 "violations": [{"rule": "INVALID_FIELD", "field": "/percentComplete", "message": "Vul 100 of een kleiner getal in."}]}""";
        static final String UNAUTHORIZED = "No valid bearer token: log in with POST /login and send `Authorization: Bearer <access_token>`. "
                + "A token stops working when it expires, or when its user is disabled or gets another password, role or organisation.";
        static final String UNAUTHORIZED_EXAMPLE = """
                {"type": "https://akkoordmonitor.nl/problems/unauthorized", "title": "Niet ingelogd", "status": 401,
                 "detail": "Log eerst in (POST /login) en stuur het token mee als 'Authorization: Bearer <token>'.", "instance": "/milestones"}""";
        static final String FORBIDDEN = "Your role or organisation may not do this, e.g. a municipality changing another's agreement "
                + "or a GGD region reading another region's report.";
        static final String FORBIDDEN_EXAMPLE = """
                {"type": "https://akkoordmonitor.nl/problems/forbidden", "title": "Geen toegang", "status": 403,
                 "detail": "Uw account mag dit niet doen.", "instance": "/users"}""";
        static final String NOT_FOUND = "The thing named in the path does not exist, or you may not know that it does "
                + "(a draft or the inside of another organisation's agreement).";
        static final String NOT_FOUND_EXAMPLE = """
                {"type": "https://akkoordmonitor.nl/problems/not-found", "title": "Niet gevonden", "status": 404,
                 "detail": "Er is geen mijlpaal met id 9999.", "instance": "/milestones/9999"}""";
        static final String CONFLICT = "The request clashes with the current state: someone changed the thing since you read its version, "
                + "the year is closed, or it exists already. Read it again and decide.";
        static final String CONFLICT_EXAMPLE = """
                {"type": "https://akkoordmonitor.nl/problems/conflict", "title": "Conflict met de huidige toestand", "status": 409,
                 "detail": "Het jaar 2025 is afgesloten: de jaarlijkse evaluatie is geaccepteerd. Voortgang in 2025 verandert niet meer, tenzij de beoordelaar het jaar heropent met een reden.",
                 "instance": "/milestones/41/reports",
                 "violations": [{"rule": "YEAR_CLOSED", "field": "/reportedOn", "message": "Het jaar 2025 is afgesloten: de jaarlijkse evaluatie is geaccepteerd. Voortgang in 2025 verandert niet meer, tenzij de beoordelaar het jaar heropent met een reden."}]}""";
        static final String RULE_VIOLATED = "A business rule refuses the request; `violations` lists every rule broken, each with what to do.";
        static final String RULE_VIOLATED_EXAMPLE = """
                {"type": "https://akkoordmonitor.nl/problems/rule-violated", "title": "Regel geschonden", "status": 422,
                 "detail": "Het akkoord kan niet worden ondertekend.", "instance": "/agreements/12/sign",
                 "violations": [{"rule": "SIGNATORY_REQUIRED", "message": "Het akkoord heeft geen partij met de rol SIGNATORY (ondertekenaar); voeg er een toe."}]}""";

        private Texts() {
        }
    }
}
