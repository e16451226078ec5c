package dev.limber.api.card;

import dev.limber.api.openapi.ApiDocs;
import dev.limber.api.problem.ProblemException;
import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.card.RoutineCards;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.usecase.FindProgram;
import dev.limber.formats.card.CardFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;

/**
 * The routine card of a stored program (or of one of its sessions) in the form the client
 * accepts: plain text (the default), Markdown, or a printable HTML page.
 */
@Controller("/api/v1/programs/{id}/card")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocs.CARDS)
@ApiResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
@ApiResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
final class CardController {
    static final String TEXT_MARKDOWN = "text/markdown";
    private static final List<String> OFFERED = List.of(MediaType.TEXT_PLAIN, TEXT_MARKDOWN, MediaType.TEXT_HTML);
    private final FindProgram findProgram;
    private final RoutineCards cards;

    CardController(FindProgram findProgram, RoutineCards cards) {
        this.findProgram = findProgram;
        this.cards = cards;
    }

    @Get
    @Produces({MediaType.TEXT_PLAIN, TEXT_MARKDOWN, MediaType.TEXT_HTML})
    @Operation(
            operationId = "getProgramCard",
            summary = "A printable routine card",
            description = "The program's card (or one session's) in the type `Accept` prefers: plain text 48"
                    + " characters wide (the default, and for `*/*`), Markdown, or a printable HTML page on A6"
                    + " sheets, as many as the program needs, each headed with the program and the session. Every"
                    + " step shows its dose, starting position and cues; times estimated from rep counts are"
                    + " marked ≈.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_NONE_MATCH_READ)
    @ApiResponse(
            responseCode = "200",
            description = "The card; ETag is a hash of it, one per type (`Vary: Accept`).",
            headers = {@Header(name = "ETag", ref = ApiDocs.ETAG), @Header(name = "Vary", ref = ApiDocs.VARY)},
            content = {
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string")),
                @Content(mediaType = TEXT_MARKDOWN, schema = @Schema(type = "string")),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"))
            })
    @ApiResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    HttpResponse<String> card(
            @Parameter(description = "The program's id.") @PathVariable String id,
            @Parameter(description = "One session's name; the whole program when absent.") @QueryValue @Nullable
                    String session,
            HttpRequest<?> request) {
        String type = negotiate(request);
        Program program = findProgram.byId(ProgramId.of(id)).value();
        RoutineCard card;
        if (session == null || session.isBlank()) {
            card = cards.of(program);
        } else {
            Session chosen = program.session(session).orElseThrow(() -> new NotFoundException("session", session));
            card = cards.of(program, chosen);
        }
        CardFormat format = type.equals(MediaType.TEXT_HTML)
                ? CardFormat.HTML
                : type.equals(TEXT_MARKDOWN) ? CardFormat.MARKDOWN : CardFormat.TEXT;
        String body = format.render(card);
        return HttpResponse.ok(body).contentType(type + ";charset=utf-8").header("Vary", "Accept");
    }

    /** The offered type the client prefers most (plain text when it accepts anything); 406 when none. */
    static String negotiate(HttpRequest<?> request) {
        java.util.Collection<MediaType> accepted = request.accept();
        if (accepted.isEmpty()) {
            return MediaType.TEXT_PLAIN;
        }
        List<MediaType> byPreference = accepted.stream()
                .sorted(Comparator.comparing(MediaType::getQualityAsNumber).reversed())
                .toList();
        for (MediaType wanted : byPreference) {
            if (wanted.getQualityAsNumber().doubleValue() <= 0) {
                continue;
            }
            for (String offered : OFFERED) {
                if (matches(wanted, offered)) {
                    return offered;
                }
            }
        }
        throw new ProblemException(
                HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "A card is served as " + String.join(", ", OFFERED) + ".");
    }

    private static boolean matches(MediaType wanted, String offered) {
        MediaType type = MediaType.of(offered);
        boolean typeMatches = wanted.getType().equals("*") || wanted.getType().equalsIgnoreCase(type.getType());
        boolean subtypeMatches =
                wanted.getSubtype().equals("*") || wanted.getSubtype().equalsIgnoreCase(type.getSubtype());
        return typeMatches && subtypeMatches;
    }
}
