package dev.limber.api.openapi;

/**
 * Names the controllers' OpenAPI annotations share: the tags, and references to what
 * {@code src/main/openapi/limber-components.yml} declares once (error responses, enums, the
 * duration grammar, the conditional-request headers). Constants, so a typo fails the compile
 * rather than leaving a dangling {@code $ref} (OpenApiTest and the lint catch the rest).
 */
public final class ApiDocs {
    public static final String EXERCISES = "exercises";
    public static final String PROGRAMS = "programs";
    public static final String FINDINGS = "findings";
    public static final String TIMELINES = "timelines";
    public static final String CARDS = "cards";
    public static final String WARM_UPS = "warm-ups";
    public static final String RAMP_UPS = "ramp-ups";
    public static final String DESK_BREAKS = "desk-breaks";
    public static final String SERVICE = "service";

    /** The security scheme of writes: the admin token as a bearer token. */
    public static final String ADMIN = "admin";

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final String RESPONSES = "#/components/responses/";
    public static final String NOT_MODIFIED = RESPONSES + "NotModified";
    public static final String BAD_REQUEST = RESPONSES + "BadRequest";
    public static final String UNAUTHORIZED = RESPONSES + "Unauthorized";
    public static final String NOT_FOUND = RESPONSES + "NotFound";
    public static final String NOT_ACCEPTABLE = RESPONSES + "NotAcceptable";
    public static final String CONFLICT = RESPONSES + "Conflict";
    public static final String PRECONDITION_FAILED = RESPONSES + "PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = RESPONSES + "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = RESPONSES + "UnsupportedMediaType";
    public static final String INTERNAL_ERROR = RESPONSES + "InternalError";
    public static final String SERVICE_UNAVAILABLE = RESPONSES + "ServiceUnavailable";

    private static final String PARAMETERS = "#/components/parameters/";
    public static final String IF_NONE_MATCH_READ = PARAMETERS + "IfNoneMatchRead";
    public static final String PAGE_TOTAL = PARAMETERS + "PageTotal";
    public static final String IF_MATCH = PARAMETERS + "IfMatch";
    public static final String ACCEPT_LANGUAGE = PARAMETERS + "AcceptLanguage";
    public static final String IF_NONE_MATCH_WRITE = PARAMETERS + "IfNoneMatchWrite";

    private static final String HEADERS = "#/components/headers/";
    public static final String ETAG = HEADERS + "ETag";
    public static final String LOCATION = HEADERS + "Location";
    public static final String VARY = HEADERS + "Vary";
    public static final String VARY_LANGUAGE = HEADERS + "VaryLanguage";
    public static final String CONTENT_LANGUAGE = HEADERS + "ContentLanguage";

    private static final String SCHEMAS = "#/components/schemas/";
    public static final String DURATION = SCHEMAS + "Duration";
    public static final String LOAD = SCHEMAS + "Load";
    public static final String WEIGHT = SCHEMAS + "Weight";
    public static final String EXERCISE_KIND = SCHEMAS + "ExerciseKind";
    public static final String LATERALITY = SCHEMAS + "Laterality";
    public static final String TARGET = SCHEMAS + "Target";
    public static final String PHASE_KIND = SCHEMAS + "PhaseKind";
    public static final String DOSE_SOURCE = SCHEMAS + "DoseSource";
    public static final String SEVERITY = SCHEMAS + "Severity";
    public static final String SEGMENT_KIND = SCHEMAS + "SegmentKind";
    public static final String SIDE = SCHEMAS + "Side";
    public static final String LEVEL = SCHEMAS + "Level";
    public static final String MECHANIC = SCHEMAS + "Mechanic";
    public static final String FORCE = SCHEMAS + "Force";

    private ApiDocs() {}
}
