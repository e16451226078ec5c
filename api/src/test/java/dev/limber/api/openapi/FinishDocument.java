package dev.limber.api.openapi;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Finishes the OpenAPI document micronaut-openapi generated, where its annotations cannot say
 * what the contract is. Run by the api build (exec-maven-plugin, process-test-classes) on
 * {@code target/classes/META-INF/swagger/limber-api.yml}, before the tests read it and the jar
 * serves it:
 *
 * <ul>
 *   <li>{@code info.version} is the service's version (the build's), which annotations cannot read;
 *   <li>an operation without a security requirement is open: it says so with {@code security: []}
 *       (an empty {@code @SecurityRequirements} is dropped by the generator);
 *   <li>a {@code $ref} stands alone: the generator copies a status's reason phrase or a schema
 *       beside it, which OpenAPI 3.0 ignores and linters flag, and wraps a list's referenced items
 *       in an {@code allOf} with their Java type;
 *   <li>a parameter is absent, never {@code null}: the generator marks every {@code @Nullable}
 *       parameter {@code nullable}, wrapping a referenced schema in {@code allOf} to do it.
 * </ul>
 */
public final class FinishDocument {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private FinishDocument() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String version = args[1];
        Map<String, Object> document;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml().load(in);
        }
        finish(document, version);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new Yaml(options).dump(document, out);
        }
    }

    @SuppressWarnings("unchecked")
    static void finish(Map<String, Object> document, String version) {
        ((Map<String, Object>) document.get("info")).put("version", version);
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        paths.values()
                .forEach(item -> ((Map<String, Object>) item).forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        Map<String, Object> op = (Map<String, Object>) operation;
                        op.putIfAbsent("security", new ArrayList<>());
                        List<Object> parameters = (List<Object>) op.getOrDefault("parameters", List.of());
                        parameters.forEach(parameter -> absentNotNull((Map<String, Object>) parameter));
                    }
                }));
        refsStandAlone(document);
    }

    @SuppressWarnings("unchecked")
    private static void absentNotNull(Map<String, Object> parameter) {
        Object schema = parameter.get("schema");
        if (!(schema instanceof Map)) {
            return;
        }
        Map<String, Object> fields = (Map<String, Object>) schema;
        fields.remove("nullable");
        if (fields.size() == 1 && fields.get("allOf") instanceof List<?> all && all.size() == 1) {
            parameter.put("schema", all.get(0));
        }
    }

    @SuppressWarnings("unchecked")
    private static void refsStandAlone(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> fields = (Map<String, Object>) map;
            if (fields.containsKey("$ref")) {
                fields.keySet().retainAll(Set.of("$ref"));
                return;
            }
            Object reference = aliasOf(fields);
            if (reference != null) {
                fields.clear();
                fields.put("$ref", reference);
                return;
            }
            fields.values().forEach(FinishDocument::refsStandAlone);
        } else if (node instanceof List<?> list) {
            list.forEach(FinishDocument::refsStandAlone);
        }
    }

    /**
     * The {@code $ref} of a schema that only restates it: {@code allOf: [{$ref}, {type: string}]}
     * beside {@code type: string}, which the generator writes for a list's items referenced by
     * {@code @ArraySchema} (typescript-fetch then names a type {@code Target & string}).
     */
    @SuppressWarnings("unchecked")
    private static Object aliasOf(Map<String, Object> schema) {
        if (!(schema.get("allOf") instanceof List<?> all)
                || !Set.of("allOf", "type").containsAll(schema.keySet())) {
            return null;
        }
        Object reference = null;
        for (Object part : all) {
            Map<String, Object> piece = (Map<String, Object>) part;
            if (piece.containsKey("$ref") && reference == null) {
                reference = piece.get("$ref");
            } else if (!Set.of("type").containsAll(piece.keySet())) {
                return null;
            }
        }
        return reference;
    }
}
