package dev.limber.api.warmup;

import dev.limber.api.openapi.ApiDocs;
import dev.limber.api.problem.Problem;
import dev.limber.api.problem.ProblemException;
import dev.limber.formats.document.InputProblems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to warm up for: target areas ({@code targets}) or a stored program's session
 * ({@code program}, optional {@code session}, the first when absent), and a time budget in
 * minutes (5 to 10 unless given).
 */
@Serdeable
public record WarmUpRequest(
        @Nullable @ArraySchema(schema = @Schema(ref = ApiDocs.TARGET))
        List<String> targets,

        @Nullable String program,
        @Nullable String session,

        @Nullable @Schema(minimum = "1", maximum = "60", defaultValue = "5")
        Integer minMinutes,

        @Nullable
        @Schema(minimum = "1", maximum = "60", description = "10 unless given (or minMinutes when that is more).")
        Integer maxMinutes) {

    private static final Set<String> FIELDS = Set.of("targets", "program", "session", "minMinutes", "maxMinutes");

    /**
     * Reads a body the way the document reader reads documents: every unknown field, wrong type
     * or {@code null} is reported with its JSON pointer, all at once. (A typo such as
     * {@code minutes} must not silently fall back to the default budget.)
     */
    static WarmUpRequest read(JsonMapper json, byte[] body) {
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
        List<String> targets = null;
        String program = null;
        String session = null;
        Integer min = null;
        Integer max = null;
        for (Map.Entry<String, JsonNode> field : root.entries()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            String pointer = "/" + name.replace("~", "~0").replace("/", "~1");
            if (!FIELDS.contains(name)) {
                errors.add(new Problem.FieldError(
                        pointer,
                        "unknown field '" + name + "'; allowed: targets, program,"
                                + " session, minMinutes, maxMinutes"));
            } else if (name.equals("targets")) {
                targets = strings(value, pointer, errors);
            } else if (name.equals("program")) {
                program = string(value, pointer, errors);
            } else if (name.equals("session")) {
                session = string(value, pointer, errors);
            } else if (name.equals("minMinutes")) {
                min = integer(value, pointer, errors);
            } else {
                max = integer(value, pointer, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new WarmUpRequest(targets, program, session, min, max);
    }

    private static List<String> strings(JsonNode value, String pointer, List<Problem.FieldError> errors) {
        if (!value.isArray()) {
            errors.add(new Problem.FieldError(pointer, "must be a list of areas"));
            return null;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String item = string(value.get(i), pointer + "/" + i, errors);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static String string(JsonNode value, String pointer, List<Problem.FieldError> errors) {
        if (!value.isString()) {
            errors.add(new Problem.FieldError(pointer, "must be text"));
            return null;
        }
        return value.getStringValue();
    }

    private static Integer integer(JsonNode value, String pointer, List<Problem.FieldError> errors) {
        if (!value.isNumber()
                || value.getNumberValue().doubleValue()
                        != Math.rint(value.getNumberValue().doubleValue())
                || Math.abs(value.getNumberValue().doubleValue()) > Integer.MAX_VALUE) {
            errors.add(new Problem.FieldError(pointer, "must be a whole number of minutes"));
            return null;
        }
        return value.getNumberValue().intValue();
    }

    private static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = InputProblems.bodyDetail(
                errors.size(), errors.get(0).pointer(), errors.get(0).message());
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-body", detail, errors);
    }
}
