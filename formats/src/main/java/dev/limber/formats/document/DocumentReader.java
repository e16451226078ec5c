package dev.limber.formats.document;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.program.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads Limber documents (JSON or YAML) into a {@link Catalog}: the one place that knows the
 * format, used by the CLI and the HTTP service. Every problem of every file read in one call is
 * collected and thrown together as a {@link DocumentException}; nothing is returned then. Safe
 * for concurrent use: it holds only its limits.
 */
public final class DocumentReader {
    private final ReadLimits limits;

    public DocumentReader() {
        this(ReadLimits.defaults());
    }

    public DocumentReader(ReadLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    public ReadLimits limits() {
        return limits;
    }

    /** Reads one document given as bytes; {@code source} names it in problems (a file name). */
    public Catalog read(String source, byte[] content, DocumentFormat format) {
        return parse(source, content, format).catalog();
    }

    /** Reads one file, its format told by its extension. */
    public Catalog read(Path file) {
        return parseAll(List.of(file)).catalog();
    }

    /**
     * Reads files and folders as one run: a folder contributes its {@code *.json}, {@code *.yaml}
     * and {@code *.yml} files (not its subfolders), sorted by name. An id defined twice in the run
     * is a problem that names both places.
     */
    public Catalog readAll(List<Path> paths) {
        return parseAll(paths).catalog();
    }

    /** Like {@link #read(String, byte[], DocumentFormat)}, keeping a locator for later problems. */
    public ParsedDocument parse(String source, byte[] content, DocumentFormat format) {
        Run run = new Run();
        run.add(source, content, format);
        return run.finish();
    }

    /** Like {@link #read(Path)}, keeping a locator for later problems. */
    public ParsedDocument parse(Path file) {
        return parseAll(List.of(file));
    }

    /** Like {@link #readAll(List)}, keeping a locator that knows which file each item came from. */
    public ParsedDocument parseAll(List<Path> paths) {
        return parseAll(paths, null);
    }

    /**
     * Like {@link #parseAll(List)}, reading every file as {@code format} whatever its extension
     * ({@code null}: by extension). Folders still give their *.json, *.yaml and *.yml files.
     */
    public ParsedDocument parseAll(List<Path> paths, DocumentFormat format) {
        return parseAll(paths, format, ReadProgress.NONE);
    }

    /**
     * Like {@link #parseAll(List, DocumentFormat)}, telling {@code progress} how far it has come:
     * the syntax of every file is read first, then every item is checked.
     */
    public ParsedDocument parseAll(List<Path> paths, DocumentFormat format, ReadProgress progress) {
        Run run = new Run();
        if (paths.isEmpty()) {
            run.problems.add(Problem.at("", "", "no document given"));
        }
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            run.inReadingOrder(path.toString());
            documentsAt(path, run.problems).forEach(file -> {
                run.inReadingOrder(file.toString());
                files.add(file);
            });
        }
        progress.reading(files.stream().mapToLong(DocumentReader::sizeOrZero).sum());
        List<Syntax> read = new ArrayList<>();
        long before = 0;
        for (Path file : files) {
            long from = before;
            run.syntax(file, format, bytes -> progress.readUpTo(from + bytes)).ifPresent(read::add);
            before += sizeOrZero(file);
        }
        progress.checking(read.stream().mapToLong(Syntax::items).sum());
        read.forEach(syntax -> run.map(syntax, progress::checked));
        return run.finish();
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            return 0; // reported when the file is read
        }
    }

    /**
     * Reads one exercise object (the fields of an item of {@code exercises}), as an HTTP body. The
     * view's {@code equipmentKnown: false} (with an empty equipment list) is accepted and read as
     * "not known", so an exercise read from the service can be sent back unchanged.
     */
    public Exercise readExercise(String source, byte[] json) {
        return readOne(source, json, true, (mapping, node) -> mapping.exercise(node, ""));
    }

    /**
     * Reads one program object (the fields of an item of {@code programs}), as an HTTP body. The
     * totals the service computes ({@code totalDuration}, {@code totalSeconds} of the program and
     * of each session) are accepted and ignored, so a program read from the service can be sent
     * back unchanged.
     */
    public Program readProgram(String source, byte[] json) {
        return readOne(source, json, true, (mapping, node) -> mapping.program(node, ""));
    }

    private <T> T readOne(
            String source, byte[] json, java.util.function.BiFunction<DocumentMapping, Node, Optional<T>> map) {
        return readOne(source, json, false, map);
    }

    private <T> T readOne(
            String source,
            byte[] json,
            boolean acceptComputed,
            java.util.function.BiFunction<DocumentMapping, Node, Optional<T>> map) {
        Problems problems = new Problems(source);
        Optional<Node> root = SyntaxReader.read(json, DocumentFormat.JSON, limits, problems);
        Optional<T> value = root.flatMap(node -> map.apply(new DocumentMapping(problems, acceptComputed), node));
        if (!problems.isEmpty() || value.isEmpty()) {
            throw new DocumentException(
                    problems.isEmpty() ? List.of(Problem.at(source, "", "cannot be read")) : problems.list());
        }
        return value.get();
    }

    private List<Path> documentsAt(Path path, List<Problem> problems) {
        String source = path.toString();
        if (Files.isDirectory(path)) {
            try (Stream<Path> entries = Files.list(path)) {
                List<Path> files = entries.filter(p -> Files.isRegularFile(p)
                                && DocumentFormat.isDocumentName(p.getFileName().toString()))
                        .sorted((a, b) -> a.getFileName()
                                .toString()
                                .compareTo(b.getFileName().toString()))
                        .toList();
                if (files.isEmpty()) {
                    problems.add(Problem.at(source, "", "is a folder without documents (*.json, *.yaml, *.yml)"));
                }
                return files;
            } catch (IOException e) {
                problems.add(Problem.at(source, "", "cannot list the folder: " + describe(e)));
                return List.of();
            }
        }
        if (!Files.exists(path)) {
            problems.add(Problem.at(source, "", "does not exist"));
            return List.of();
        }
        return List.of(path);
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /**
     * One file's node tree, with the problems found so far in that file; or, for JSON read as a
     * stream, its items already mapped (and {@code root} its top fields without them).
     */
    private record Syntax(Problems problems, Node root, StreamedDocument.Read streamed) {
        Syntax(Problems problems, Node root) {
            this(problems, root, null);
        }

        Syntax(StreamedDocument.Read streamed) {
            this(streamed.problems(), streamed.root(), streamed);
        }

        /** How many exercises and programs the file holds. */
        long items() {
            return streamed == null ? DocumentMapping.items(root) : streamed.items();
        }
    }

    /** One call's worth of reading: its problems, its items and their places. */
    private final class Run {
        private final List<Problem> problems = new ArrayList<>();
        private final List<Located<Exercise>> exercises = new ArrayList<>();
        private final List<Located<Program>> programs = new ArrayList<>();
        private String firstSource;
        private Node firstRoot;
        /** Files in the order they were read: problems are reported file by file in this order. */
        private final Map<String, Integer> sourceOrder = new HashMap<>();

        /** One file's syntax, or empty with its problems noted. */
        Optional<Syntax> syntax(Path file, DocumentFormat override, LongConsumer readUpTo) {
            String source = file.toString();
            DocumentFormat format = override;
            try {
                if (format == null) {
                    format = DocumentFormat.fromFileName(file.getFileName().toString());
                }
            } catch (IllegalArgumentException e) {
                problems.add(Problem.at(source, "", e.getMessage()));
                return Optional.empty();
            }
            byte[] content;
            try {
                long size = Files.size(file);
                if (size > limits.maxBytes()) {
                    problems.add(Problem.at(source, "", SourceText.tooLarge(size, limits)));
                    return Optional.empty();
                }
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(Problem.at(source, "", "cannot be read: " + describe(e)));
                return Optional.empty();
            }
            return syntax(source, content, format, readUpTo);
        }

        Optional<Syntax> syntax(String source, byte[] content, DocumentFormat format, LongConsumer readUpTo) {
            inReadingOrder(source);
            Problems found = new Problems(source);
            Optional<String> text = SyntaxReader.text(content, limits, found, readUpTo);
            if (text.isEmpty()) {
                problems.addAll(found.list());
                return Optional.empty();
            }
            if (format == DocumentFormat.JSON) {
                Optional<StreamedDocument.Read> streamed = StreamedDocument.read(
                        text.get(), source, limits, SyntaxReader.charsAsBytes(text.get(), content.length, readUpTo));
                if (streamed.isPresent()) {
                    readUpTo.accept(content.length);
                    return Optional.of(new Syntax(streamed.get()));
                }
            }
            Optional<Node> root = SyntaxReader.read(text.get(), content.length, format, limits, found, readUpTo);
            if (root.isEmpty()) {
                problems.addAll(found.list());
            }
            return root.map(node -> new Syntax(found, node));
        }

        void inReadingOrder(String source) {
            sourceOrder.putIfAbsent(source, sourceOrder.size());
        }

        /** Maps one file's items, telling {@code checked} after each. */
        void map(Syntax syntax, Runnable checked) {
            if (firstRoot == null) {
                firstSource = syntax.problems().source();
                firstRoot = syntax.root();
            }
            if (syntax.streamed() != null) {
                // Checked while it was read: the items are only counted off.
                exercises.addAll(syntax.streamed().exercises());
                programs.addAll(syntax.streamed().programs());
                for (long i = 0; i < syntax.items(); i++) {
                    checked.run();
                }
            } else {
                DocumentMapping.Content content =
                        new DocumentMapping(syntax.problems()).document(syntax.root(), checked);
                exercises.addAll(content.exercises());
                programs.addAll(content.programs());
            }
            problems.addAll(syntax.problems().list());
        }

        void add(String source, byte[] content, DocumentFormat format) {
            syntax(source, content, format, bytes -> {}).ifPresent(syntax -> map(syntax, () -> {}));
        }

        ParsedDocument finish() {
            duplicates(exercises, e -> e.id().value(), "exercise");
            duplicates(programs, p -> p.id().value(), "program");
            if (!problems.isEmpty()) {
                throw new DocumentException(inOrder(problems));
            }
            Catalog catalog = new Catalog(
                    exercises.stream().map(Located::value).toList(),
                    programs.stream().map(Located::value).toList());
            return new ParsedDocument(
                    catalog, Locator.of(firstSource == null ? "" : firstSource, firstRoot, exercises, programs));
        }

        /** The problems by source (in reading order), then line and column. */
        private List<Problem> inOrder(List<Problem> found) {
            found.forEach(p -> sourceOrder.putIfAbsent(p.source(), sourceOrder.size()));
            List<Problem> sorted = new ArrayList<>(found);
            sorted.sort(java.util.Comparator.<Problem>comparingInt(p -> sourceOrder.get(p.source()))
                    .thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column));
            return sorted;
        }

        private <T> void duplicates(List<Located<T>> items, Function<T, String> id, String what) {
            Map<String, Located<T>> seen = new HashMap<>();
            for (Located<T> item : items) {
                Located<T> first = seen.putIfAbsent(id.apply(item.value()), item);
                if (first != null) {
                    Problem here = Locator.of(item.source(), item.node()).at("/id", "");
                    Problem there = Locator.of(first.source(), first.node()).at("/id", "");
                    problems.add(new Problem(
                            here.source(),
                            here.line(),
                            here.column(),
                            item.pointer() + "/id",
                            "duplicate " + what + " id '" + id.apply(item.value()) + "': already defined at "
                                    + there.withPointer(first.pointer() + "/id").place()));
                }
            }
        }
    }
}
