package dev.limber.formats.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.program.Program;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A Limber document in JSON read as a stream: jackson-core's parser goes through the text once.
 * A simple exercise is mapped straight from its tokens ({@link ExerciseTokens}); any other item of
 * {@code exercises} and {@code programs} is built as a node tree ({@link JsonSyntax}), mapped by
 * {@link DocumentMapping} and let go before the next one is read. Reading the whole tree first
 * held every node of every item until the last was mapped, and a tree per item was still most of
 * a 100,000-exercise read's garbage. Of a mapped item only where its text starts and ends is kept
 * ({@link StreamedItem}); its tree is read again from there if a later problem must be placed in
 * it.
 *
 * <p>The document's own fields are read as a tree whose two lists are left empty, and checked by
 * the same {@link DocumentMapping#document} as before, so every problem is the same, at the same
 * place. Only a well-formed JSON object within the limits is read this way; for anything else
 * (malformed JSON, a list at the top, a limit passed, more problems than a file reports) it
 * answers empty, and the caller reads the text through the tree, which places and words the
 * problem as before.
 */
final class StreamedDocument {
    private static final List<String> STREAMED = List.of("exercises", "programs");

    /**
     * One document read: its problems (the document's own fields', then its items', as the tree
     * reading adds them), its top fields as a tree with the lists empty, its mapped items and how
     * many items it held.
     */
    record Read(
            Problems problems,
            Node root,
            List<Located<Exercise>> exercises,
            List<Located<Program>> programs,
            long items) {}

    private final String text;
    private final String source;
    private final ReadLimits limits;
    private final LongConsumer charsRead;
    private final Problems exerciseProblems;
    private final Problems programProblems;
    private final DocumentMapping exerciseMapping;
    private final DocumentMapping programMapping;
    /**
     * Items are mapped first from trees without marks, their problems counted here and dropped:
     * an item with none (nearly all) is never given a place; one with some is mapped again from
     * its marked tree, so its problems are the tree reading's, at the same places.
     */
    private final Problems unplaced;

    private final DocumentMapping unplacedMapping;
    /** Reads again, without marks, an item that was not simple enough for {@link ExerciseTokens}. */
    private final JsonSyntax again;

    private final List<Located<Exercise>> exercises = new ArrayList<>();
    private final List<Located<Program>> programs = new ArrayList<>();
    private long items;

    private StreamedDocument(String text, String source, ReadLimits limits, LongConsumer charsRead) {
        this.text = text;
        this.source = source;
        this.limits = limits;
        this.charsRead = charsRead;
        this.exerciseProblems = new Problems(source);
        this.programProblems = new Problems(source);
        this.exerciseMapping = new DocumentMapping(exerciseProblems);
        this.programMapping = new DocumentMapping(programProblems);
        this.unplaced = new Problems(source);
        this.unplacedMapping = new DocumentMapping(unplaced);
        this.again = JsonSyntax.unmarked(source, limits);
    }

    /** The document read, or empty when the caller should read it through the tree. */
    static Optional<Read> read(String text, String source, ReadLimits limits, LongConsumer charsRead) {
        if (JsonSyntax.hasSurrogates(text)) {
            return Optional.empty();
        }
        return new StreamedDocument(text, source, limits, charsRead).read();
    }

    private Optional<Read> read() {
        Node root;
        try (JsonParser parser = JsonSyntax.FACTORY.createParser(text)) {
            root = top(parser);
            if (root == null || parser.nextToken() != null) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException refused) {
            return Optional.empty();
        }
        // The order in which the tree reading adds problems, which decides what is kept past the
        // limit: the document's own fields, then the exercises, then the programs.
        Problems found = new Problems(source);
        new DocumentMapping(found).document(root);
        exerciseProblems.addTo(found);
        programProblems.addTo(found);
        if (found.size() > Problems.MAX) {
            return Optional.empty();
        }
        return Optional.of(new Read(found, root, exercises, programs, items));
    }

    /** The top object with its lists of items left empty, or null when the tree reading should answer. */
    private Node top(JsonParser parser) throws IOException {
        JsonSyntax syntax = JsonSyntax.over(parser, source, limits);
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Optional<Mark> start = syntax.mark(parser.currentTokenLocation());
        List<NodeTuple> tuples = new ArrayList<>();
        // A repeated field is reported by DocumentMapping, which reads only its first value.
        Set<String> streamed = new HashSet<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
            String name = parser.currentName();
            Node key = syntax.scalar(Tag.STR, name, syntax.mark(parser.currentTokenLocation()));
            JsonToken value = parser.nextToken();
            Node node;
            if (value == JsonToken.START_ARRAY && STREAMED.contains(name) && streamed.add(name)) {
                node = items(parser, syntax, name);
            } else {
                node = syntax.node(value, 2);
            }
            if (node == null) {
                return null;
            }
            tuples.add(new NodeTuple(key, node));
        }
        return new MappingNode(Tag.MAP, true, tuples, FlowStyle.FLOW, start, syntax.end());
    }

    /** Reads and maps the items of one list (at depth 2: {@link ReadLimits} allows at least that). */
    private Node items(JsonParser parser, JsonSyntax syntax, String name) throws IOException {
        Optional<Mark> start = syntax.mark(parser.currentTokenLocation());
        JsonSyntax unmarked = JsonSyntax.unmarkedOver(parser, source, limits);
        boolean ofExercises = name.equals("exercises");
        ExerciseTokens tokens =
                ofExercises && limits.maxDepth() >= ExerciseTokens.NESTS ? new ExerciseTokens(parser) : null;
        StreamedItem.InList list = new StreamedItem.InList(text, source, limits, Pointers.child("", name));
        int index = 0;
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
            JsonLocation from = parser.currentTokenLocation();
            int begin = (int) from.getCharOffset();
            Exercise simple = null;
            Node item = null;
            if (tokens != null && next == JsonToken.START_OBJECT) {
                simple = tokens.exercise();
            } else {
                item = unmarked.node(next, StreamedItem.DEPTH);
                if (item == null) {
                    return null;
                }
            }
            int end = (int) parser.currentLocation().getCharOffset();
            StreamedItem<Void> at =
                    new StreamedItem<>(null, list, begin, end, from.getLineNr(), from.getColumnNr(), index++);
            items++;
            if (simple != null) {
                exercises.add(at.holding(simple));
            } else {
                if (item == null) {
                    // Not simple: read through the tree, as every item was before.
                    item = again.readAgain(text.substring(begin, end), StreamedItem.DEPTH)
                            .orElse(null);
                    if (item == null) {
                        return null;
                    }
                }
                map(ofExercises, item, at);
            }
            if (exerciseProblems.size() + programProblems.size() > Problems.MAX) {
                return null;
            }
            charsRead.accept(end);
        }
        return new SequenceNode(Tag.SEQ, true, new ArrayList<>(), FlowStyle.FLOW, start, syntax.end());
    }

    /**
     * Maps an item from its tree without marks; one with a problem is mapped again from its
     * marked tree, so that its problems are the tree reading's, at the same places.
     */
    private void map(boolean ofExercises, Node item, StreamedItem<Void> at) {
        String pointer = at.pointer();
        int before = unplaced.size();
        if (ofExercises) {
            Optional<Exercise> exercise = unplacedMapping.exercise(item, pointer);
            if (unplaced.size() != before) {
                exercise = exerciseMapping.exercise(at.node(), pointer);
            }
            exercise.ifPresent(e -> exercises.add(at.holding(e)));
        } else {
            Optional<Program> program = unplacedMapping.program(item, pointer);
            if (unplaced.size() != before) {
                program = programMapping.program(at.node(), pointer);
            }
            program.ifPresent(p -> programs.add(at.holding(p)));
        }
    }
}
