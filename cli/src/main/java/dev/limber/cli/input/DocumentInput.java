package dev.limber.cli.input;

import dev.limber.cli.option.SourceFormat;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.program.Program;
import dev.limber.formats.document.DocumentException;
import dev.limber.formats.document.DocumentFormat;
import dev.limber.formats.document.DocumentReader;
import dev.limber.formats.document.FreeExerciseDbReader;
import dev.limber.formats.document.ParsedDocument;
import dev.limber.formats.document.Problem;
import dev.limber.formats.document.ReadLimits;
import dev.limber.formats.document.ReadProgress;
import dev.limber.formats.document.WgerReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the files of one run with the formats module, in the spelling the command line asks
 * for, and collects every problem of every file before giving up. Limber documents are
 * {@link DocumentReader#parseAll(List, DocumentFormat)}; free-exercise-db files are read one by one
 * and joined here, ids that repeat across files being reported at both places as the document
 * reader does.
 */
public final class DocumentInput {
    private final ReadLimits limits;

    public DocumentInput() {
        this(ReadLimits.defaults());
    }

    public DocumentInput(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads {@code paths}; throws {@link DocumentException} with every problem found.
     *
     * @param format      Limber documents or the free-exercise-db dataset
     * @param inputFormat JSON or YAML for every file, or {@code null} to go by extension
     */
    public ReadDocuments read(List<Path> paths, SourceFormat format, DocumentFormat inputFormat) {
        return read(paths, format, inputFormat, ReadProgress.NONE);
    }

    /** Like {@link #read(List, SourceFormat, DocumentFormat)}, telling {@code progress} how far it has come. */
    public ReadDocuments read(
            List<Path> paths, SourceFormat format, DocumentFormat inputFormat, ReadProgress progress) {
        if (format == SourceFormat.FREE_EXERCISE_DB) {
            return dataset(paths, progress);
        }
        if (format == SourceFormat.WGER) {
            return wger(paths, progress);
        }
        ParsedDocument parsed = new DocumentReader(limits).parseAll(paths, inputFormat, progress);
        return new ReadDocuments(
                parsed.catalog(),
                Map.of(),
                Map.of(),
                List.of(new ReadDocuments.Part(parsed.catalog(), parsed.locator())));
    }

    private ReadDocuments dataset(List<Path> paths, ReadProgress progress) {
        FreeExerciseDbReader reader = new FreeExerciseDbReader(limits);
        List<Problem> problems = new ArrayList<>();
        List<ReadDocuments.Part> parts = new ArrayList<>();
        Map<String, String> renamed = new TreeMap<>();
        for (Path file : files(paths, SourceFormat.FREE_EXERCISE_DB, problems)) {
            try {
                FreeExerciseDbReader.Import read = reader.parse(file, progress);
                parts.add(new ReadDocuments.Part(read.catalog(), read.locator()));
                renamed.putAll(read.renamed());
            } catch (DocumentException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        return joined(parts, renamed, Map.of(), problems);
    }

    /** wger exerciseinfo files (each a page or a list of results), read as one catalog. */
    private ReadDocuments wger(List<Path> paths, ReadProgress progress) {
        WgerReader reader = new WgerReader(limits);
        List<Problem> problems = new ArrayList<>();
        List<ReadDocuments.Part> parts = new ArrayList<>();
        Map<String, String> renamed = new TreeMap<>();
        Map<String, String> skipped = new TreeMap<>();
        for (Path file : files(paths, SourceFormat.WGER, problems)) {
            try {
                WgerReader.Import read = reader.parse(file, progress);
                parts.add(new ReadDocuments.Part(read.catalog(), read.locator()));
                renamed.putAll(read.renamed());
                skipped.putAll(read.skipped());
            } catch (DocumentException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        return joined(parts, renamed, skipped, problems);
    }

    /** The dataset files named; a folder is a problem (a dataset is read from its JSON files). */
    private static List<Path> files(List<Path> paths, SourceFormat format, List<Problem> problems) {
        if (paths.isEmpty()) {
            problems.add(Problem.at("", "", "no document given"));
        }
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            String source = path.toString();
            if (Files.isDirectory(path)) {
                problems.add(Problem.at(
                        source,
                        "",
                        "is a folder: --format " + format.externalName() + " reads "
                                + (format == SourceFormat.WGER
                                        ? "files saved from wger's /api/v2/exerciseinfo/"
                                        : "the dataset's exercises.json file")));
            } else if (!Files.exists(path)) {
                problems.add(Problem.at(source, "", "does not exist"));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** The parts as one catalog; an id in two parts is a problem at the second, naming the first. */
    private static ReadDocuments joined(
            List<ReadDocuments.Part> parts,
            Map<String, String> renamed,
            Map<String, String> skipped,
            List<Problem> problems) {
        List<Exercise> exercises = new ArrayList<>();
        List<Program> programs = new ArrayList<>();
        Map<String, Problem> exerciseIds = new HashMap<>();
        Map<String, Problem> programIds = new HashMap<>();
        for (ReadDocuments.Part part : parts) {
            List<Exercise> partExercises = part.catalog().exercises();
            for (int i = 0; i < partExercises.size(); i++) {
                if (unique(
                        part,
                        "/exercises/" + i,
                        partExercises.get(i).id().value(),
                        "exercise",
                        exerciseIds,
                        problems)) {
                    exercises.add(partExercises.get(i));
                }
            }
            List<Program> partPrograms = part.catalog().programs();
            for (int i = 0; i < partPrograms.size(); i++) {
                if (unique(part, "/programs/" + i, partPrograms.get(i).id().value(), "program", programIds, problems)) {
                    programs.add(partPrograms.get(i));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
        return new ReadDocuments(new Catalog(exercises, programs), renamed, skipped, parts);
    }

    private static boolean unique(
            ReadDocuments.Part part,
            String pointer,
            String id,
            String what,
            Map<String, Problem> seen,
            List<Problem> problems) {
        Problem here = part.locator().at(pointer + "/id", "");
        Problem first = seen.putIfAbsent(id, here);
        if (first == null) {
            return true;
        }
        problems.add(new Problem(
                here.source(),
                here.line(),
                here.column(),
                here.pointer(),
                "duplicate " + what + " id '" + id + "': already defined at " + first.place()));
        return false;
    }

    /** The problems as a terminal shows them. */
    public static List<String> lines(DocumentException invalid) {
        return invalid.problems().stream().map(Problem::toString).toList();
    }
}
