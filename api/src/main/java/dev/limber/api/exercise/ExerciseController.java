package dev.limber.api.exercise;

import dev.limber.api.etag.ConditionalWrites;
import dev.limber.api.etag.ETags;
import dev.limber.api.page.PageView;
import dev.limber.api.page.Paging;
import dev.limber.api.problem.ProblemException;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** The exercise catalog under /api/v1/exercises. */
@Controller("/api/v1/exercises")
final class ExerciseController {
    private static final String BODY = "request body";
    private final FindExercise findExercise;
    private final SaveExercise saveExercise;
    private final DeleteExercise deleteExercise;
    private final DocumentReader reader;
    private final ExerciseReadCache cache;
    private final ExecutorService blocking;

    ExerciseController(
            FindExercise findExercise,
            SaveExercise saveExercise,
            DeleteExercise deleteExercise,
            DocumentReader reader,
            ExerciseReadCache cache,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
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
    CompletableFuture<PageView<ExerciseView>> list(
            @QueryValue @Nullable String kind,
            @QueryValue @Nullable String target,
            @QueryValue @Nullable String q,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        ExerciseQuery query = new ExerciseQuery(
                kind == null || kind.isBlank() ? null : ExerciseKind.parse(kind),
                target == null || target.isBlank() ? null : Target.parse(target),
                ExerciseQuery.searchText("q", q),
                Paging.of(page, size));
        Optional<Page<Exercise>> cached = cache.freshPage(query);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(PageView.of(cached.get(), ExerciseView::of));
        }
        return CompletableFuture.supplyAsync(
                () -> PageView.of(cache.page(query, findExercise::matching), ExerciseView::of), blocking);
    }

    /**
     * One exercise, tagged with its stored version. A fresh cached copy is answered on the event
     * loop; only a read from the store moves to a blocking thread.
     */
    @Get("/{id}")
    @ApiResponse(
            responseCode = "200",
            description = "The exercise; ETag is its stored version.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExerciseView.class)))
    CompletableFuture<HttpResponse<ExerciseView>> byId(@PathVariable String id) {
        ExerciseId exercise = ExerciseId.of(id);
        Optional<Stored<Exercise>> cached = cache.fresh(exercise);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(found(cached.get()));
        }
        return CompletableFuture.supplyAsync(() -> found(cache.get(exercise, findExercise::byId)), blocking);
    }

    private static HttpResponse<ExerciseView> found(Stored<Exercise> stored) {
        return HttpResponse.ok(ExerciseView.of(stored.value()))
                .header(HttpHeaders.ETAG, ETags.ofVersion(stored.version()));
    }

    /**
     * Creates (201) or replaces (200) the exercise; the body is one exercise of the document
     * format. {@code If-Match} makes the replace conditional on the version the client read.
     */
    @Put("/{id}")
    @ApiResponse(
            responseCode = "200",
            description = "Replaced; ETag is the new stored version.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExerciseView.class)))
    @ApiResponse(
            responseCode = "201",
            description = "Created; Location names it and ETag is its stored version.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExerciseView.class)))
    @ExecuteOn(TaskExecutors.BLOCKING)
    @SecurityRequirement(name = "admin")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<ExerciseView> put(
            @PathVariable String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ExerciseView.class)))
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
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @SecurityRequirement(name = "admin")
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
