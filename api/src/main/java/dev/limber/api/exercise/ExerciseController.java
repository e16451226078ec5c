package dev.limber.api.exercise;

import dev.limber.api.etag.ConditionalWrites;
import dev.limber.api.etag.ETags;
import dev.limber.api.openapi.ApiDocs;
import dev.limber.api.page.PageView;
import dev.limber.api.page.PageViews;
import dev.limber.api.page.Paging;
import dev.limber.api.problem.ProblemException;
import dev.limber.api.problem.Problems;
import dev.limber.domain.Limits;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.Stored;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.domain.usecase.DeleteExercise;
import dev.limber.domain.usecase.FindExercise;
import dev.limber.domain.usecase.SaveExercise;
import dev.limber.formats.document.DocumentReader;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** The exercise catalog under /api/v1/exercises. */
@Controller("/api/v1/exercises")
@Tag(name = ApiDocs.EXERCISES)
@ApiResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
@ApiResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
final class ExerciseController {
    private static final String BODY = "request body";
    private final FindExercise findExercise;
    private final SaveExercise saveExercise;
    private final DeleteExercise deleteExercise;
    private final DocumentReader reader;
    private final ExerciseReadCache cache;
    private final ExecutorService blocking;
    private final PageViews views;
    private final EncodedExercises encoded;

    ExerciseController(
            FindExercise findExercise,
            SaveExercise saveExercise,
            DeleteExercise deleteExercise,
            DocumentReader reader,
            ExerciseReadCache cache,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
            PageViews views,
            EncodedExercises encoded) {
        this.views = views;
        this.encoded = encoded;
        this.findExercise = findExercise;
        this.saveExercise = saveExercise;
        this.deleteExercise = deleteExercise;
        this.reader = reader;
        this.cache = cache;
        this.blocking = blocking;
    }

    /**
     * A page of the catalog sorted by name, filtered by kind, area worked and part of the name. A
     * fresh cached page is answered on the event loop; only a read from the store moves to a
     * blocking thread.
     */
    @Get
    @Operation(
            operationId = "listExercises",
            summary = "List exercises",
            description = "A page of the catalog sorted by name, filtered by kind, area worked, part of the name and"
                    + " the exercise they are a variation of.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_NONE_MATCH_READ)
    @ApiResponse(
            responseCode = "200",
            description = "A page of exercises; ETag is a hash of it.",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG))
    @ApiResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    CompletableFuture<PageView<ExerciseView>> list(
            @Parameter(description = "Only exercises of this kind.", schema = @Schema(ref = ApiDocs.EXERCISE_KIND))
                    @QueryValue
                    @Nullable
                    String kind,
            @Parameter(
                            description = "Only exercises that work this area (primary or secondary), itself or"
                                    + " through a finer part of it (shoulders: also front-delts).",
                            schema = @Schema(ref = ApiDocs.TARGET))
                    @QueryValue
                    @Nullable
                    String target,
            @Parameter(description = "A case-insensitive part of the name (one line, at most 200 characters).")
                    @QueryValue
                    @Nullable
                    String q,
            @Parameter(description = "The page, counting from 0.", schema = @Schema(minimum = "0", defaultValue = "0"))
                    @QueryValue
                    @Nullable
                    Integer page,
            @Parameter(
                            description = "Items per page.",
                            schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryValue
                    @Nullable
                    Integer size,
            @Parameter(ref = ApiDocs.PAGE_TOTAL) @QueryValue @Nullable String total,
            @Parameter(
                            description = "Only the variations of this exercise: those whose `variationOf` is this"
                                    + " id (an id nothing links to gives an empty page).",
                            schema = @Schema(maxLength = Limits.SLUG, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$"))
                    @QueryValue
                    @Nullable
                    String variationOf) {
        ExerciseQuery query = new ExerciseQuery(
                        kind == null || kind.isBlank() ? null : ExerciseKind.parse(kind),
                        target == null || target.isBlank() ? null : Target.parse(target),
                        ExerciseQuery.searchText("q", q),
                        Paging.of(page, size, total))
                .variationsOf(
                        variationOf == null || variationOf.isBlank()
                                ? null
                                : ExerciseId.named("variationOf", variationOf.strip()));
        Optional<Page<Exercise>> cached = cache.freshPage(query);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(views.of(cached.get(), ExerciseView::of));
        }
        return CompletableFuture.supplyAsync(
                () -> views.of(cache.page(query, findExercise::matching), ExerciseView::of), blocking);
    }

    /**
     * One exercise, tagged with its stored version. A fresh cached copy is answered on the event
     * loop, from bytes encoded once per copy ({@link EncodedExercises}); only a read from the store
     * moves to a blocking thread.
     */
    @Get("/{id}")
    @Operation(
            operationId = "getExercise",
            summary = "Read an exercise",
            description = "One exercise, tagged with its stored version (`ETag: \"v3\"`).")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_NONE_MATCH_READ)
    @ApiResponse(
            responseCode = "200",
            description = "The exercise; ETag is its stored version.",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExerciseView.class),
                            examples = @ExampleObject(name = "leg-swings", ref = "#/components/examples/LegSwings")))
    @ApiResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    CompletableFuture<HttpResponse<?>> byId(
            @Parameter(description = "The exercise's id (lower-case words joined by hyphens).") @PathVariable
                    String id) {
        ExerciseId exercise = ExerciseId.of(id);
        Optional<Stored<Exercise>> cached = cache.fresh(exercise);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(encoded.found(cached.get()));
        }
        return CompletableFuture.supplyAsync(() -> found(cache.get(exercise, findExercise::byId)), blocking);
    }

    private static HttpResponse<?> found(Stored<Exercise> stored) {
        return HttpResponse.ok(ExerciseView.of(stored.value()))
                .header(HttpHeaders.ETAG, ETags.ofVersion(stored.version()));
    }

    /**
     * Creates (201) or replaces (200) the exercise; the body is one exercise of the document
     * format. {@code If-Match} makes the replace conditional on the version the client read. 409
     * {@code breaks-programs} when stored programs would no longer fit the replacement.
     */
    @Put("/{id}")
    @Operation(
            operationId = "putExercise",
            summary = "Create or replace an exercise",
            description = "Creates (201) or replaces (200) the exercise; the body is one exercise of the document"
                    + " format, and what `getExercise` answers can be sent back unchanged. `If-Match` makes the"
                    + " replace conditional on the version the client read; `If-None-Match: *` creates only. A"
                    + " replacement that stored programs would no longer fit (a bilateral exercise they dose per"
                    + " side) is refused with 409 `breaks-programs`, naming each step.")
    @SecurityRequirement(name = ApiDocs.ADMIN)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_MATCH)
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_NONE_MATCH_WRITE)
    @ApiResponse(
            responseCode = "200",
            description = "Replaced; ETag is the new stored version.",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExerciseView.class)))
    @ApiResponse(
            responseCode = "201",
            description = "Created; Location names it and ETag is its stored version.",
            headers = {@Header(name = "ETag", ref = ApiDocs.ETAG), @Header(name = "Location", ref = ApiDocs.LOCATION)},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExerciseView.class)))
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @ApiResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @ApiResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<ExerciseView> put(
            @PathVariable String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ExerciseView.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "cat-cow",
                                                            ref = "#/components/examples/CatCow")))
                    @Body
                    byte[] body,
            HttpRequest<?> request) {
        ExerciseId path = ExerciseId.of(id);
        ETags.Precondition precondition = ETags.precondition(request);
        Exercise exercise = reader.readExercise(BODY, body);
        ProblemException.requireSameId(exercise.id(), path);
        if (precondition.mustExist() && findExercise.find(path).isEmpty()) {
            throw ProblemException.preconditionFailed("If-Match: * but no exercise " + path + " exists");
        }
        SaveExercise.Command save = new SaveExercise.Command(exercise, precondition.expected());
        return ConditionalWrites.save(
                precondition,
                () -> cache.forgetAfter(path, () -> saveExercise.save(save)),
                ExerciseView::of,
                "/api/v1/exercises/" + path);
    }

    /** Deletes the exercise (204); 409 naming the programs while programs use it. */
    @Delete("/{id}")
    // A DELETE that works has no body: its only body is a problem, so a client may accept only that.
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(
            operationId = "deleteExercise",
            summary = "Delete an exercise",
            description = "Deletes the exercise (204); 409 `in-use`, naming the programs in `programs`, while"
                    + " programs use it. `If-Match` makes it conditional on the version the client read.")
    @SecurityRequirement(name = ApiDocs.ADMIN)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_MATCH)
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @ApiResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Void> delete(@PathVariable String id, HttpRequest<?> request) {
        ExerciseId path = ExerciseId.of(id);
        ETags.Precondition precondition = ETags.precondition(request);
        return ConditionalWrites.delete(
                precondition,
                "exercise",
                path,
                () -> cache.forgetAfter(
                        path, () -> deleteExercise.delete(new DeleteExercise.Command(path, precondition.expected()))));
    }
}
