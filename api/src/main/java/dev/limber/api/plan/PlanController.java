package dev.limber.api.plan;

import dev.limber.api.openapi.ApiDocs;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.plan.PlanRequest;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.usecase.PlanWeek;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One week of a stored program over weeks, worked out from its progressions and the athlete's
 * maxes and rounded to the plates. A computation: nothing is stored, so it is open to anyone.
 */
@Controller("/api/v1/programs/{id}/plan")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocs.PROGRAMS)
@ApiResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
@ApiResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
final class PlanController {
    private final PlanWeek planWeek;

    PlanController(PlanWeek planWeek) {
        this.planWeek = planWeek;
    }

    @Get
    @Operation(
            operationId = "planProgramWeek",
            summary = "Plan a week of a program",
            description = "The concrete sessions of one week of a stored program: each step with that week's reps,"
                    + " sets and load, worked out from its progression (linear, double, weekly) and the athlete's"
                    + " reference maxes, then rounded to the unit's standard bar and plates; `notes` say when a"
                    + " load was converted or rounded. Every bad parameter is a 400 problem naming it, a"
                    + " percentage without its max included. Open: nothing is stored.")
    @ApiResponse(
            responseCode = "200",
            description = "The week.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    PlanView plan(
            @Parameter(description = "The program's id (lower-case words joined by hyphens).") @PathVariable String id,
            @Parameter(
                            description = "The week, 1 to the program's weeks.",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "52", defaultValue = "1"))
                    @QueryValue
                    @Nullable
                    String week,
            @Parameter(description = "Only the session of this name.") @QueryValue @Nullable String session,
            @Parameter(
                            description = "A reference max as EXERCISE:LOAD, e.g. back-squat:140kg; repeat for more.",
                            array = @ArraySchema(schema = @Schema(type = "string", example = "back-squat:140kg")))
                    @QueryValue
                    @Nullable
                    List<String> max,
            @Parameter(
                            description = "Missed targets as EXERCISE:N, e.g. back-squat:3 (linear progressions"
                                    + " deload); repeat for more.",
                            array = @ArraySchema(schema = @Schema(type = "string", example = "back-squat:3")))
                    @QueryValue
                    @Nullable
                    List<String> missed,
            @Parameter(
                            description = "The unit of every load; default the program's.",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"kg", "lb"}))
                    @QueryValue
                    @Nullable
                    String unit) {
        ProgramId program = ProgramId.of(id);
        int number = 1;
        if (week != null) {
            try {
                number = Integer.parseInt(week.strip());
            } catch (NumberFormatException notANumber) {
                throw new InvalidValueException("week", week, "must be a whole number from 1 to 52");
            }
        }
        Map<ExerciseId, Weight> maxes = new LinkedHashMap<>();
        for (String pair : max == null ? List.<String>of() : max) {
            String[] parts = pair(pair, "max", "back-squat:140kg");
            try {
                maxes.put(ExerciseId.of(parts[0]), Weight.parse(parts[1]));
            } catch (InvalidValueException refused) {
                throw new InvalidValueException(
                        "max", pair, "must be EXERCISE:LOAD, like back-squat:140kg: " + refused.getMessage());
            }
        }
        Map<ExerciseId, Integer> counts = new LinkedHashMap<>();
        for (String pair : missed == null ? List.<String>of() : missed) {
            String[] parts = pair(pair, "missed", "back-squat:3");
            try {
                counts.put(ExerciseId.of(parts[0]), Integer.parseInt(parts[1]));
            } catch (InvalidValueException | NumberFormatException refused) {
                throw new InvalidValueException("missed", pair, "must be EXERCISE:N, like back-squat:3");
            }
        }
        WeightUnit in = unit == null || unit.isBlank() ? null : WeightUnit.parse(unit);
        return PlanView.of(planWeek.plan(
                new PlanWeek.Command(program, new PlanRequest(number, session, maxes, counts, in, null))));
    }

    private static String[] pair(String text, String parameter, String example) {
        String[] parts = text.split(":", 2);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new InvalidValueException(parameter, text, "must be EXERCISE:VALUE, like " + example);
        }
        return new String[] {parts[0].strip(), parts[1].strip()};
    }
}
