package dev.limber.formats.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.exercise.Equipment;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Force;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Level;
import dev.limber.domain.exercise.Mechanic;
import dev.limber.domain.exercise.Media;
import dev.limber.domain.exercise.MediaKind;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps an exercise of a streamed document straight from jackson-core's tokens, without its node
 * tree, when it is simple: only the fields of a document's exercise, each once, each a text, a
 * list of texts, a closed-set name spelled exactly or a list of them, a source or media items
 * of texts, and accepted by the domain as read. Then it is the exercise {@link DocumentMapping}
 * makes of the same object, and the tree would have reported nothing. For anything else it
 * answers null, having read the object to its end, and the caller maps the object through the
 * tree, which words and places every problem as before: this class reports none.
 *
 * <p>Items nest two levels below the exercise here (a media list's objects): a caller uses it
 * only when the limits allow that ({@link #NESTS}).
 */
final class ExerciseTokens {
    /** How deep below a document's top an exercise read here nests: list, item, media list, media item. */
    static final int NESTS = 5;

    private static final List<String> FIELDS = DocumentMapping.EXERCISE_FIELDS;
    private static final int ORIGIN = DocumentMapping.SOURCE_FIELDS.indexOf("origin");
    private static final int ORIGINAL_ID = DocumentMapping.SOURCE_FIELDS.indexOf("originalId");
    private static final int LICENSE = DocumentMapping.SOURCE_FIELDS.indexOf("license");
    private static final int AUTHOR = DocumentMapping.SOURCE_FIELDS.indexOf("author");
    private static final int URL = DocumentMapping.SOURCE_FIELDS.indexOf("url");
    private static final int IMAGE = DocumentMapping.MEDIA_FIELDS.indexOf("image");
    private static final int VIDEO = DocumentMapping.MEDIA_FIELDS.indexOf("video");
    private static final int MEDIA_LICENSE = DocumentMapping.MEDIA_FIELDS.indexOf("license");
    private static final int MEDIA_AUTHOR = DocumentMapping.MEDIA_FIELDS.indexOf("author");

    private static final ExerciseKind[] KINDS = ExerciseKind.values();
    private static final Laterality[] LATERALITIES = Laterality.values();
    private static final Target[] TARGETS = Target.values();
    private static final Level[] LEVELS = Level.values();
    private static final Mechanic[] MECHANICS = Mechanic.values();
    private static final Force[] FORCES = Force.values();

    private final JsonParser parser;
    private final ScalarTokens values;
    /**
     * The last source made and the texts it was made of: a document's exercises mostly share one,
     * so an equal source is kept once rather than once per exercise for as long as the catalog is.
     */
    private String[] lastSourceTexts;

    private Source lastSource;

    // The exercise being read: one set of fields, cleared for each object.
    private long seen;
    private String id;
    private String name;
    private ExerciseKind kind;
    private Laterality laterality;
    private List<Target> primary;
    private List<Target> secondary;
    private Equipment equipment;
    private String startingPosition;
    private List<String> cues;
    private List<String> variations;
    private String caution;
    private Source source;
    private String description;
    private List<String> aliases;
    private Level level;
    private Mechanic mechanic;
    private Force force;
    private List<Media> media;
    private String variationOf;

    ExerciseTokens(JsonParser parser) {
        this.parser = parser;
        this.values = new ScalarTokens(parser);
    }

    /**
     * The exercise whose object starts at the parser's current token ({@code START_OBJECT}), or
     * null when the tree must map it; either way the parser is left at the object's end.
     */
    Exercise exercise() throws IOException {
        clear();
        boolean simple = true;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (simple) {
                simple = field(field, value);
            } else {
                parser.skipChildren();
            }
        }
        return simple ? build() : null;
    }

    private void clear() {
        seen = 0;
        id = null;
        name = null;
        kind = null;
        laterality = Laterality.BILATERAL;
        primary = null;
        secondary = List.of();
        equipment = Equipment.none();
        startingPosition = null;
        cues = List.of();
        variations = List.of();
        caution = null;
        source = DocumentMapping.DEFAULT_SOURCE;
        description = null;
        aliases = List.of();
        level = null;
        mechanic = null;
        force = null;
        media = List.of();
        variationOf = null;
    }

    /** Reads one field's value; false when it is not simple (unknown, repeated, of another type). */
    private boolean field(String field, JsonToken value) throws IOException {
        int index = FIELDS.indexOf(field);
        if (index < 0 || (seen & (1L << index)) != 0) {
            values.skip();
            return false;
        }
        seen |= 1L << index;
        Object read = switch (field) {
            case "id" -> id = values.text(value);
            case "name" -> name = values.text(value);
            case "kind" -> kind = values.named(value, KINDS);
            case "laterality" -> laterality = values.named(value, LATERALITIES);
            case "primary" -> primary = values.namedList(value, TARGETS);
            case "secondary" -> secondary = values.namedList(value, TARGETS);
            case "equipment" -> equipment = equipment(value);
            case "startingPosition" -> startingPosition = values.text(value);
            case "cues" -> cues = values.texts(value);
            case "variations" -> variations = values.texts(value);
            case "caution" -> caution = values.text(value);
            case "source" -> source = source(value);
            case "description" -> description = values.text(value);
            case "aliases" -> aliases = values.texts(value);
            case "level" -> level = values.named(value, LEVELS);
            case "mechanic" -> mechanic = values.named(value, MECHANICS);
            case "force" -> force = values.named(value, FORCES);
            case "media" -> media = media(value);
            case "variationOf" -> variationOf = values.text(value);
            default -> values.skip();
        };
        return read != null;
    }

    /** A list of items, or one line ({@code body weight}, {@code unknown}, one item), as the tree reads it. */
    private Equipment equipment(JsonToken value) throws IOException {
        try {
            if (value == JsonToken.START_ARRAY) {
                List<String> items = values.texts(value);
                return items == null ? null : Equipment.of(items);
            }
            String line = values.text(value);
            return line == null ? null : Equipment.ofLine(line);
        } catch (InvalidValueException refused) {
            return null;
        }
    }

    private Source source(JsonToken value) throws IOException {
        String[] texts = values.textObject(value, DocumentMapping.SOURCE_FIELDS);
        if (texts == null || texts[ORIGIN] == null || texts[LICENSE] == null) {
            return null;
        }
        if (lastSource != null && Arrays.equals(texts, lastSourceTexts)) {
            return lastSource;
        }
        try {
            Source made = new Source(texts[ORIGIN], texts[ORIGINAL_ID], texts[LICENSE], texts[AUTHOR], texts[URL]);
            lastSource = made;
            lastSourceTexts = texts;
            return made;
        } catch (InvalidValueException refused) {
            return null;
        }
    }

    private List<Media> media(JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            return values.skip();
        }
        List<Media> items = new ArrayList<>();
        boolean simple = true;
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            Media one = simple ? mediaItem(item) : values.skip();
            simple = one != null;
            if (simple) {
                items.add(one);
            }
        }
        return simple && items.size() <= Limits.MEDIA ? List.copyOf(items) : null;
    }

    /** Exactly one of image or video, a licence and perhaps an author. */
    private Media mediaItem(JsonToken value) throws IOException {
        String[] texts = values.textObject(value, DocumentMapping.MEDIA_FIELDS);
        if (texts == null || (texts[IMAGE] == null) == (texts[VIDEO] == null) || texts[MEDIA_LICENSE] == null) {
            return null;
        }
        boolean image = texts[IMAGE] != null;
        try {
            return new Media(
                    image ? MediaKind.IMAGE : MediaKind.VIDEO,
                    image ? texts[IMAGE] : texts[VIDEO],
                    texts[MEDIA_LICENSE],
                    texts[MEDIA_AUTHOR]);
        } catch (InvalidValueException refused) {
            return null;
        }
    }

    /** The exercise, or null when a required field is absent or the domain refuses it (the tree words both). */
    private Exercise build() {
        if (id == null || name == null || kind == null || primary == null) {
            return null;
        }
        try {
            return new Exercise(
                    ExerciseId.of(id),
                    name,
                    kind,
                    laterality,
                    primary,
                    secondary,
                    equipment,
                    startingPosition,
                    cues,
                    variations,
                    caution,
                    source,
                    description,
                    aliases,
                    level,
                    mechanic,
                    force,
                    media,
                    variationOf == null ? null : ExerciseId.of(variationOf));
        } catch (InvalidValueException refused) {
            return null;
        }
    }
}
