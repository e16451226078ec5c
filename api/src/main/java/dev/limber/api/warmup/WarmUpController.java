package dev.limber.api.warmup;

import dev.limber.api.openapi.ApiDocs;
import dev.limber.api.problem.Problem;
import dev.limber.api.problem.ProblemException;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.usecase.BuildWarmUp;
import dev.limber.domain.usecase.FindProgram;
import dev.limber.domain.warmup.Budget;
import dev.limber.domain.warmup.WarmUpPlan;
import dev.limber.formats.document.InputProblems;
import dev.limber.formats.warmup.WarmUpText;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds a warm-up from the stored catalog's warm-up moves, for target areas or for what a
 * stored session's main phase loads. Nothing is stored, so it is open to anyone.
 */
@Controller("/api/v1/warm-ups")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocs.WARM_UPS)
@ApiResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
@ApiResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
final class WarmUpController {
    private static final int DEFAULT_MIN = 5;
    private static final int DEFAULT_MAX = 10;
    private final BuildWarmUp buildWarmUp;
    private final FindProgram findProgram;
    private final JsonMapper json;

    WarmUpController(BuildWarmUp buildWarmUp, FindProgram findProgram, JsonMapper json) {
        this.buildWarmUp = buildWarmUp;
        this.findProgram = findProgram;
        this.json = json;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Status(HttpStatus.OK)
    @Operation(
            operationId = "buildWarmUp",
            summary = "Build a warm-up",
            description = "Builds a warm-up from the stored catalog's warm-up moves (dynamic and mobility), either for"
                    + " target areas or for what a stored session's main phase loads, within a budget in minutes (5"
                    + " to 10 unless given; outside that allowed, with a note). Areas are read in any case. A session whose main"
                    + " phase loads nothing is a 400. Open: nothing is stored.")
    @ApiResponse(
            responseCode = "200",
            description = "The warm-up.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WarmUpView.class)))
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    WarmUpView build(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = WarmUpRequest.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "for-areas",
                                                        ref = "#/components/examples/WarmUpForAreas"),
                                                @ExampleObject(
                                                        name = "for-a-session",
                                                        ref = "#/components/examples/WarmUpForSession")
                                            }))
                    @Body
                    byte[] body) {
        WarmUpRequest request = WarmUpRequest.read(json, body);
        boolean byTargets = request.targets() != null;
        boolean byProgram = request.program() != null;
        if (byTargets == byProgram) {
            throw invalid(
                    "",
                    "give either targets or program (with an optional session), not "
                            + (byTargets ? "both" : "neither"));
        }
        Budget budget = budget(request);
        if (byTargets) {
            return WarmUpView.of(buildWarmUp.forAreas(targets(request.targets()), budget), budget);
        }
        ProgramId id = programId(request.program());
        Session session = findProgram.session(id, request.session());
        WarmUpPlan plan = buildWarmUp.forSession(session, budget);
        if (plan.requested().isEmpty()) {
            Program program = findProgram.byId(id).value();
            throw invalid(
                    request.session() == null ? "/program" : "/session",
                    WarmUpText.nothingToWarmUp(program, session) + " with targets");
        }
        return WarmUpView.of(plan, budget);
    }

    private static ProgramId programId(String text) {
        try {
            return ProgramId.of(text);
        } catch (InvalidValueException bad) {
            throw invalid("/program", bad.getMessage());
        }
    }

    private static Set<Target> targets(List<String> names) {
        if (names.isEmpty()) {
            throw invalid("/targets", "must name at least one area");
        }
        Set<Target> targets = EnumSet.noneOf(Target.class);
        for (int i = 0; i < names.size(); i++) {
            try {
                // Any case, as the CLI reads them: "Hamstrings" is hamstrings.
                targets.add(Target.parse(names.get(i).strip().toLowerCase(Locale.ROOT)));
            } catch (InvalidValueException bad) {
                throw invalid("/targets/" + i, bad.getMessage());
            }
        }
        return targets;
    }

    private static Budget budget(WarmUpRequest request) {
        int min = request.minMinutes() == null ? DEFAULT_MIN : request.minMinutes();
        int max = request.maxMinutes() == null ? Math.max(DEFAULT_MAX, min) : request.maxMinutes();
        if (min < 1 || min > 60) {
            throw invalid("/minMinutes", "must be between 1 and 60 (was " + min + ")");
        }
        if (max < min || max > 60) {
            throw invalid("/maxMinutes", "must be between minMinutes and 60 (was " + max + ")");
        }
        return Budget.between(Duration.ofMinutes(min), Duration.ofMinutes(max));
    }

    private static ProblemException invalid(String pointer, String message) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST,
                "invalid-body",
                InputProblems.bodyDetail(1, pointer, message),
                List.of(new Problem.FieldError(pointer, message)));
    }
}
