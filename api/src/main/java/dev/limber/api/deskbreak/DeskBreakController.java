package dev.limber.api.deskbreak;

import dev.limber.api.openapi.ApiDocs;
import dev.limber.api.problem.Problem;
import dev.limber.api.problem.ProblemException;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.deskbreak.DeskBreakPlan;
import dev.limber.domain.usecase.PlanDeskBreaks;
import dev.limber.formats.calendar.DeskBreakCalendar;
import dev.limber.formats.deskbreak.DeskBreakInput;
import dev.limber.formats.document.InputProblems;
import dev.limber.formats.duration.NotADurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Breaks from sitting through a working day: as JSON, or as an iCalendar file a calendar app
 * imports ({@code Accept: text/calendar}).
 */
@Controller("/api/v1/desk-breaks")
@Tag(name = ApiDocs.DESK_BREAKS)
@ApiResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
final class DeskBreakController {
    static final String TEXT_CALENDAR = "text/calendar";
    private final PlanDeskBreaks planDeskBreaks;
    private final Clock clock = Clock.systemUTC();

    DeskBreakController(PlanDeskBreaks planDeskBreaks) {
        this.planDeskBreaks = planDeskBreaks;
    }

    /**
     * The plan from {@code start} to {@code end} (HH:mm, default 09:00–17:00) with a break
     * {@code every} 30 to 60 minutes ({@code 45m}, default 45m). The calendar form puts the
     * breaks on {@code date} (ISO, default today).
     */
    @Get
    @Produces({MediaType.APPLICATION_JSON, TEXT_CALENDAR})
    @Operation(
            operationId = "planDeskBreaks",
            summary = "Plan breaks from sitting",
            description = "The plan from `start` to `end` with a break `every` 30 to 60 minutes, each with the"
                    + " built-in one-minute routine: as JSON, or with `Accept: text/calendar` an iCalendar file"
                    + " (RFC 5545) whose events start on `date` and repeat Monday to Friday.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, ref = ApiDocs.IF_NONE_MATCH_READ)
    @ApiResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(
            responseCode = "200",
            headers = {@Header(name = "ETag", ref = ApiDocs.ETAG), @Header(name = "Vary", ref = ApiDocs.VARY)},
            description = "The plan as JSON, or as an iCalendar file with Accept: text/calendar.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DeskBreakView.class)),
                @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = "string"))
            })
    HttpResponse<?> plan(
            @Parameter(
                            description = "When the working day starts (H:mm or HH:mm).",
                            schema = @Schema(defaultValue = "09:00", pattern = "^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$"))
                    @QueryValue
                    @Nullable
                    String start,
            @Parameter(
                            description =
                                    "When it ends (H:mm or HH:mm); before the start for a night shift (22:00 to 02:00).",
                            schema = @Schema(defaultValue = "17:00", pattern = "^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$"))
                    @QueryValue
                    @Nullable
                    String end,
            @Parameter(
                            description = "How often to break: 30 to 60 minutes (`45m`, `1h`, `PT45M`).",
                            schema = @Schema(ref = ApiDocs.DURATION))
                    @QueryValue
                    @Nullable
                    String every,
            @Parameter(
                            description = "The first day of the calendar form (ISO date; today when absent).",
                            schema = @Schema(type = "string", format = "date"))
                    @QueryValue
                    @Nullable
                    String date,
            HttpRequest<?> request) {
        DeskBreakPlan plan;
        try {
            plan = planDeskBreaks.plan(
                    time("start", start, LocalTime.of(9, 0)), time("end", end, LocalTime.of(17, 0)), interval(every));
        } catch (InvalidValueException refused) {
            // The domain names its own fields; the client knows the query parameters.
            String parameter = refused.field().equals("interval") ? "every" : refused.field();
            throw invalid(parameter, refused.getMessage());
        }
        if (plan.breaks().isEmpty()) {
            String why = DeskBreakInput.noBreakFits(plan);
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST, "invalid-parameter", why, List.of(new Problem.FieldError("end", why)));
        }
        if (!wantsCalendar(request)) {
            return HttpResponse.ok(DeskBreakView.of(plan)).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        LocalDate day = date(date);
        // Stamped with the day it was made, so the same plan made twice a day has the same ETag.
        return HttpResponse.ok(DeskBreakCalendar.of(plan, day, clock.instant(), ExerciseLookup.builtIn()))
                .contentType(TEXT_CALENDAR + ";charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"desk-breaks-" + day + ".ics\"")
                .header("Vary", "Accept");
    }

    private static boolean wantsCalendar(HttpRequest<?> request) {
        List<MediaType> byPreference = request.accept().stream()
                .sorted(Comparator.comparing(MediaType::getQualityAsNumber).reversed())
                .toList();
        for (MediaType type : byPreference) {
            String name = type.getName().toLowerCase(Locale.ROOT);
            if (name.equals(TEXT_CALENDAR)) {
                return true;
            }
            if (name.equals(MediaType.APPLICATION_JSON) || name.equals("*/*") || name.equals("application/*")) {
                return false;
            }
        }
        return false;
    }

    private static LocalTime time(String name, String text, LocalTime fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return DeskBreakInput.timeOfDay(text);
        } catch (DeskBreakInput.RefusedException bad) {
            throw invalid(name, bad.getMessage());
        }
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return DeskBreakCalendar.today(clock.instant());
        }
        try {
            return DeskBreakInput.date(text);
        } catch (DeskBreakInput.RefusedException bad) {
            throw invalid("date", bad.getMessage());
        }
    }

    /**
     * The duration grammar of documents ({@code 45m}, {@code 1h}, {@code PT45M}), 30 to 60 minutes,
     * refused as typed; 45 minutes when absent.
     */
    static Duration interval(String text) {
        if (text == null || text.isBlank()) {
            return Duration.ofMinutes(45);
        }
        try {
            return DeskBreakInput.interval(text);
        } catch (NotADurationException | DeskBreakInput.RefusedException bad) {
            throw invalid("every", bad.getMessage());
        }
    }

    private static ProblemException invalid(String parameter, String message) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                InputProblems.parameterDetail(parameter, message),
                List.of(new Problem.FieldError(parameter, message)));
    }
}
