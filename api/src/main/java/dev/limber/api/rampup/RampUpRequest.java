package dev.limber.api.rampup;

import dev.limber.api.openapi.ApiDocs;
import dev.limber.api.problem.Problem;
import dev.limber.api.problem.ProblemException;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.RampUp;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.usecase.BuildRampUp;
import dev.limber.formats.document.InputProblems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a ramp is asked with: the lift, its working weight, how many warm-up sets (4 unless
 * given), the bar and the plates (the unit's standard ones unless given) and the unit of the
 * answer (the work's unless given).
 */
@Serdeable
@Schema(name = "RampUpRequest")
public record RampUpRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "back-squat")
        String exercise,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, ref = ApiDocs.WEIGHT)
        String work,

        @Nullable @Schema(minimum = "1", maximum = "8", defaultValue = "4")
        Integer sets,

        // Inline rather than a reference to Weight: an optional reference comes out as
        // "nullable" beside "allOf", which OpenAPI 3.0 does not allow without a type.
        @Nullable
        @Schema(
                type = "string",
                pattern = "^\\s*\\d{1,4}(?:\\.\\d{1,3})?\\s?(?:kg|lb)\\s*$",
                example = "20kg",
                description = "The bar, in the ramp's unit (a weight like `20kg`); 20kg or 45lb unless given.")
        String bar,

        @Nullable
        @ArraySchema(
                schema = @Schema(type = "number", minimum = "0.01", maximum = "100"),
                arraySchema =
                        @Schema(
                                description = "Plate sizes in the ramp's unit; kg: 25, 20, 15, 10, 5, 2.5, 1.25;"
                                        + " lb: 45, 35, 25, 10, 5, 2.5 unless given."))
        List<BigDecimal> plates,

        @Nullable
        @Schema(
                allowableValues = {"kg", "lb"},
                description = "The unit of the answer; the work's unless given.")
        String unit) {

    private static final List<String> FIELDS = List.of("exercise", "work", "sets", "bar", "plates", "unit");

    /**
     * Reads a body and makes the use case's command, reporting every unknown field, wrong type
     * and bad value with its JSON pointer, all at once.
     */
    static BuildRampUp.Command read(JsonMapper json, byte[] body) {
        JsonNode root;
        try {
            root = json.readValue(body, JsonNode.class);
        } catch (IOException unreadable) {
            throw invalid(List.of(new Problem.FieldError("", "is not valid JSON")));
        }
        if (root == null || !root.isObject()) {
            throw invalid(List.of(new Problem.FieldError("", "must be a JSON object")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        ExerciseId exercise = null;
        Weight work = null;
        int sets = 4;
        Weight bar = null;
        List<Weight> plates = null;
        WeightUnit unit = null;
        JsonNode platesNode = null;
        for (Map.Entry<String, JsonNode> field : root.entries()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            String pointer = "/" + name.replace("~", "~0").replace("/", "~1");
            try {
                switch (name) {
                    case "exercise" -> exercise = ExerciseId.of(text(value, pointer, errors));
                    case "work" -> work = weight(value, pointer, errors);
                    case "sets" -> sets = sets(value, pointer, errors);
                    case "bar" -> bar = weight(value, pointer, errors);
                    case "plates" -> platesNode = value;
                    case "unit" -> unit = WeightUnit.parse(text(value, pointer, errors));
                    default ->
                        errors.add(new Problem.FieldError(
                                pointer, "unknown field '" + name + "'; allowed: " + String.join(", ", FIELDS)));
                }
            } catch (InvalidValueException bad) {
                errors.add(new Problem.FieldError(pointer, message(bad)));
            } catch (NotRead skipped) {
                // already reported
            }
        }
        for (String required : List.of("exercise", "work")) {
            if (root.get(required) == null) {
                errors.add(new Problem.FieldError("/" + required, "is required"));
            }
        }
        WeightUnit plateUnit = unit != null ? unit : work != null ? work.unit() : WeightUnit.KG;
        if (platesNode != null) {
            plates = plates(platesNode, plateUnit, errors);
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        try {
            return new BuildRampUp.Command(exercise, work, sets, bar, plates, unit);
        } catch (InvalidValueException bad) {
            String field = bad.field();
            String pointer = "/" + field.replace("[", "/").replace("]", "");
            throw invalid(List.of(new Problem.FieldError(pointer, message(bad))));
        }
    }

    /** A refusal's words without the field's own name in front (the pointer says where). */
    static String message(InvalidValueException bad) {
        String text = bad.getMessage();
        return text.startsWith(bad.field() + " ") ? text.substring(bad.field().length() + 1) : text;
    }

    /** A value already reported as the wrong type. */
    private static final class NotRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotRead() {
            super(null, null, false, false);
        }
    }

    private static String text(JsonNode value, String pointer, List<Problem.FieldError> errors) {
        if (!value.isString()) {
            errors.add(new Problem.FieldError(pointer, "must be text"));
            throw new NotRead();
        }
        return value.getStringValue();
    }

    private static Weight weight(JsonNode value, String pointer, List<Problem.FieldError> errors) {
        if (value.isNumber()) {
            errors.add(new Problem.FieldError(pointer, "needs a unit, like 100kg or 225lb"));
            throw new NotRead();
        }
        return Weight.parse(text(value, pointer, errors));
    }

    private static int sets(JsonNode value, String pointer, List<Problem.FieldError> errors) {
        if (!value.isNumber()
                || value.getNumberValue().doubleValue()
                        != Math.rint(value.getNumberValue().doubleValue())) {
            errors.add(new Problem.FieldError(pointer, "must be a whole number of sets"));
            throw new NotRead();
        }
        double count = value.getNumberValue().doubleValue();
        if (count < 1 || count > RampUp.MAX_SETS) {
            errors.add(new Problem.FieldError(
                    pointer, "must be between 1 and " + RampUp.MAX_SETS + " (was " + value.getNumberValue() + ")"));
            throw new NotRead();
        }
        return (int) count;
    }

    private static List<Weight> plates(JsonNode value, WeightUnit unit, List<Problem.FieldError> errors) {
        if (!value.isArray() || value.size() == 0) {
            errors.add(new Problem.FieldError("/plates", "must be a list of plate sizes, like [25, 20, 10, 5, 2.5]"));
            return null;
        }
        List<Weight> plates = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String pointer = "/plates/" + i;
            try {
                if (item.isNumber()) {
                    plates.add(new Weight(new BigDecimal(item.getNumberValue().toString()), unit));
                } else if (item.isString()) {
                    plates.add(Weight.parse(item.getStringValue()));
                } else {
                    errors.add(new Problem.FieldError(pointer, "must be a plate size, a number like 2.5"));
                }
            } catch (InvalidValueException | NumberFormatException bad) {
                errors.add(new Problem.FieldError(
                        pointer, "must be a plate size of more than 0 and at most 100, like 2.5"));
            }
        }
        return plates;
    }

    static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = InputProblems.bodyDetail(
                errors.size(), errors.get(0).pointer(), errors.get(0).message());
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-body", detail, errors);
    }
}
