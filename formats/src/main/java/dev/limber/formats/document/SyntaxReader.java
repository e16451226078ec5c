package dev.limber.formats.document;

import java.util.Optional;
import java.util.function.LongConsumer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Reads bytes into snakeyaml-engine's composed node tree, which keeps the line and column of
 * every node, with the parser's limits on. Well-formed JSON takes {@link JsonSyntax}, the fast
 * path to the same tree; any other JSON goes through the same YAML 1.2 parser (JSON is YAML 1.2)
 * with the JSON schema, after a cheap check that it starts with {@code {} or {@code [}, and with
 * {@link GuardedParser} reporting YAML-only syntax. Syntax errors stop the
 * parse: they are reported with the parser's own position, one per document.
 */
final class SyntaxReader {
    private SyntaxReader() {}

    static Optional<Node> read(byte[] content, DocumentFormat format, ReadLimits limits, Problems problems) {
        return read(content, format, limits, problems, bytes -> {});
    }

    /**
     * Like {@link #read(byte[], DocumentFormat, ReadLimits, Problems)}, telling {@code readUpTo}
     * how many of the content's bytes have been read (as the JSON fast path goes, item by item;
     * the YAML parser only when it is done).
     */
    static Optional<Node> read(
            byte[] content, DocumentFormat format, ReadLimits limits, Problems problems, LongConsumer readUpTo) {
        return text(content, limits, problems, readUpTo)
                .flatMap(text -> read(text, content.length, format, limits, problems, readUpTo));
    }

    /** The content as text, or empty with the problem noted (too large, not UTF-8, blank). */
    static Optional<String> text(byte[] content, ReadLimits limits, Problems problems, LongConsumer readUpTo) {
        Optional<String> text = SourceText.decode(content, limits, problems);
        if (text.isEmpty()) {
            readUpTo.accept(content.length);
        }
        return text;
    }

    /** Like {@link #read(byte[], DocumentFormat, ReadLimits, Problems, LongConsumer)}, for content already decoded. */
    static Optional<Node> read(
            String text,
            int bytes,
            DocumentFormat format,
            ReadLimits limits,
            Problems problems,
            LongConsumer readUpTo) {
        Optional<Node> root = compose(text, format, limits, problems, charsAsBytes(text, bytes, readUpTo));
        readUpTo.accept(bytes);
        return root;
    }

    /** Characters read, scaled to bytes: exact for ASCII, close enough for a progress bar. */
    static LongConsumer charsAsBytes(String text, int bytes, LongConsumer readUpTo) {
        double bytesPerChar = text.isEmpty() ? 0 : (double) bytes / text.length();
        return chars -> readUpTo.accept((long) (chars * bytesPerChar));
    }

    private static Optional<Node> compose(
            String text, DocumentFormat format, ReadLimits limits, Problems problems, LongConsumer charsRead) {
        if (format == DocumentFormat.JSON) {
            if (!startsAsJson(text, problems)) {
                return Optional.empty();
            }
            Optional<Node> wellFormed = JsonSyntax.read(text, problems.source(), limits, charsRead);
            if (wellFormed.isPresent()) {
                return wellFormed;
            }
        }
        return composeAsYaml(text, format, limits, problems);
    }

    /** The YAML parser's reading; for JSON also the one that places and words every problem. */
    static Optional<Node> composeAsYaml(String text, DocumentFormat format, ReadLimits limits, Problems problems) {
        String input = format == DocumentFormat.JSON ? tabsOutsideStringsToSpaces(text) : text;
        Schema schema = format == DocumentFormat.JSON ? new JsonSchema() : new CoreSchema();
        LoadSettings settings = LoadSettings.builder()
                .setLabel(problems.source())
                .setSchema(schema)
                .setAllowDuplicateKeys(true) // reported by DocumentMapping, all of them, with both places
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(limits.maxAliasesForCollections())
                .setCodePointLimit((int) limits.maxBytes())
                .setUseMarks(true)
                .build();
        GuardedParser parser = new GuardedParser(
                new ParserImpl(settings, new StreamReader(settings, input)),
                limits.maxDepth(),
                format == DocumentFormat.JSON,
                schema.getScalarResolver(),
                problems);
        Composer composer = new Composer(settings, parser);
        try {
            if (!composer.hasNext()) {
                problems.add(Problem.at(problems.source(), "", "is empty: a document holds at least 'limber: 1'"));
                return Optional.empty();
            }
            Node root = composer.next();
            if (composer.hasNext()) {
                problems.add(
                        parser.peekEvent().getStartMark(),
                        "",
                        "holds a second YAML document (after ---); a file holds one document");
            }
            return Optional.of(root);
        } catch (GuardedParser.LimitExceeded e) {
            problems.add(e.mark(), "", e.getMessage());
        } catch (MarkedYamlEngineException e) {
            problems.add(
                    e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark(), "", malformed(format, e));
        } catch (ReaderException e) {
            int[] lineColumn = lineColumn(input, e.getPosition());
            problems.add(
                    lineColumn[0],
                    lineColumn[1],
                    "",
                    String.format(
                            "holds the character U+%04X, which a %s document may not contain",
                            e.getCodePoint(), format.externalName().toUpperCase(java.util.Locale.ROOT)));
        } catch (YamlEngineException e) {
            // Limits without a position (aliases, recursive keys): blame the last event read.
            problems.add(parser.lastMark(), "", limitMessage(e.getMessage()));
        }
        return Optional.empty();
    }

    private static String malformed(DocumentFormat format, MarkedYamlEngineException e) {
        String kind = format == DocumentFormat.JSON ? "malformed JSON: " : "malformed YAML: ";
        String problem = e.getProblem() == null ? "" : oneLine(e.getProblem());
        String context = e.getContext() == null ? "" : oneLine(e.getContext());
        if (!context.isEmpty()
                && e.getContextMark().isPresent()
                && e.getProblemMark().isPresent()
                && !e.getContextMark().equals(e.getProblemMark())) {
            Mark mark = e.getContextMark().get();
            context += " started at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        }
        if (problem.isEmpty()) {
            return kind + context;
        }
        return kind + problem + (context.isEmpty() ? "" : " (" + context + ")");
    }

    private static String limitMessage(String message) {
        String text = message == null ? "cannot be read" : oneLine(message);
        if (text.contains("aliases")) {
            return "uses too many YAML aliases to lists or objects (" + text
                    + "); aliases are limited to stop alias bombs";
        }
        return "cannot be read: " + text;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private static boolean startsAsJson(String text, Problems problems) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                return true;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                column++;
            } else {
                problems.add(
                        line,
                        column,
                        "",
                        "malformed JSON: a JSON document starts with { or [, found '"
                                + new String(Character.toChars(text.codePointAt(i))) + "'");
                return false;
            }
        }
        return true;
    }

    /**
     * YAML refuses tabs in some places where JSON allows them as white space. Outside string
     * literals a tab is only white space, so it becomes one space (columns stay the same).
     */
    private static String tabsOutsideStringsToSpaces(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        boolean inString = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '\t') {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** 1-based line and column of a code point index. */
    private static int[] lineColumn(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePointIndex; seen++) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(cp);
        }
        return new int[] {line, column};
    }
}
