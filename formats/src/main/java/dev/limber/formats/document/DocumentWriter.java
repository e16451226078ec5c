package dev.limber.formats.document;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.program.Program;
import dev.limber.formats.json.JsonText;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes catalogs as Limber documents that {@link DocumentReader} reads back to an equal
 * catalog. Durations are written compactly ({@code 30s}, {@code 1m30s}); defaults are left out.
 * YAML is written with the YAML 1.2 core schema the reader uses, so text that would read as a
 * number, boolean or null ({@code "10"}, {@code "true"}, {@code "~"}) is quoted.
 */
public final class DocumentWriter {
    private final DumpSettings yamlSettings = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setSchema(new CoreSchema())
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(120)
            .setDereferenceAliases(true) // equal empty lists are one instance: never write anchors
            .build();

    public String write(Catalog catalog, DocumentFormat format) {
        return text(DocumentTree.document(catalog), format);
    }

    /** One exercise as a JSON object, the shape {@link DocumentReader#readExercise} reads. */
    public String writeExercise(Exercise exercise) {
        return writeExercise(exercise, DocumentFormat.JSON);
    }

    public String writeExercise(Exercise exercise, DocumentFormat format) {
        return text(DocumentTree.exercise(exercise), format);
    }

    /** One program as a JSON object, the shape {@link DocumentReader#readProgram} reads. */
    public String writeProgram(Program program) {
        return writeProgram(program, DocumentFormat.JSON);
    }

    public String writeProgram(Program program, DocumentFormat format) {
        return text(DocumentTree.program(program), format);
    }

    private String text(Map<String, Object> tree, DocumentFormat format) {
        if (format == DocumentFormat.JSON) {
            return JsonText.write(tree);
        }
        return new Dump(yamlSettings).dumpToString(tree);
    }
}
