package dev.limber.formats.document;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Quote;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Equipment;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Media;
import dev.limber.domain.exercise.MediaKind;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads wger's exercises as its public REST API v2 gives them ({@code /api/v2/exerciseinfo/}:
 * one page {@code {"count": …, "results": [...]}} or a list of results) into a catalog of
 * exercises, with located problems like {@link DocumentReader}. The mapping (docs/document-format.md):
 * <ul>
 *   <li>the English translation ({@code language} 2) gives the name, the description (HTML to
 *       plain paragraphs) and the notes (as cues); an exercise without one is skipped and
 *       listed, since Limber's catalog is English;</li>
 *   <li>category → kind and muscles → targets by {@link WgerVocabulary}'s tables; a muscle or
 *       category outside them is a problem;</li>
 *   <li>equipment names as a list; none listed reads as unknown, wger's {@code none (bodyweight
 *       exercise)} as nothing needed (body weight);</li>
 *   <li>images and videos → media, by URL, each with its own licence and author;</li>
 *   <li>a variation group ({@code variations}, or {@code variation_group} in later releases) →
 *       {@code variationOf}: every member links to the member of the file with the lowest wger
 *       id, which links to none;</li>
 *   <li>two exercises named alike but for a closing {@code left}/{@code right} become one
 *       per-side exercise;</li>
 *   <li>source: origin {@value #ORIGIN}, wger's id, the licence's short name; author: the
 *       English translation's {@code license_author} and the exercise's, each once, joined with
 *       {@code ", "}; url: the exercise in wger's API, {@value #API_URL}{@code <id>/} (of the
 *       first id of a joined pair);</li>
 *   <li>the description's paragraphs, one a line, also become the description (the cues stay the
 *       notes, else those paragraphs, as before); the translation's aliases become aliases;</li>
 *   <li>an exercise that names no muscle (running, carries) is kept with no targets.</li>
 * </ul>
 * Fields wger adds in later releases are passed over; the fields above must have the shape the
 * API documents.
 */
public final class WgerReader {
    public static final String ORIGIN = "wger";
    /** wger's language id for English. */
    static final int ENGLISH = 2;
    /** wger's own name for "no equipment". */
    static final String WGER_BODY_WEIGHT = "none (bodyweight exercise)";
    /** What Limber says when wger lists no equipment: not known, which is not "none". */
    static final String UNKNOWN_EQUIPMENT = Equipment.UNKNOWN_WORD;
    /** Where each imported exercise links to: wger's public API entry of it, which holds every field read. */
    static final String API_URL = "https://wger.de/api/v2/exerciseinfo/";

    static final List<String> IMAGE_FIELDS = List.of(
            "id",
            "uuid",
            "exercise",
            "exercise_uuid",
            "image",
            "is_main",
            "style",
            "license",
            "license_title",
            "license_object_url",
            "license_author",
            "license_author_url",
            "license_derivative_source_url",
            "author_history");
    static final List<String> VIDEO_FIELDS = List.of(
            "id",
            "uuid",
            "exercise",
            "exercise_uuid",
            "video",
            "is_main",
            "size",
            "duration",
            "width",
            "height",
            "codec",
            "codec_long",
            "license",
            "license_title",
            "license_object_url",
            "license_author",
            "license_author_url",
            "license_derivative_source_url",
            "author_history");

    /** An image or a video as read, made a {@link Media} with the exercise (which places a refusal). */
    private record MediaRef(MediaKind kind, String reference, String license, String author) {
        Media toMedia() {
            return new Media(kind, reference, license, author);
        }
    }

    static final List<String> PAGE_FIELDS = List.of("count", "next", "previous", "results");
    static final List<String> FIELDS = List.of(
            "id",
            "uuid",
            "category",
            "muscles",
            "muscles_secondary",
            "equipment",
            "license",
            "license_author",
            "images",
            "videos",
            "translations",
            "variations",
            "variation_group");
    static final List<String> TRANSLATION_FIELDS =
            List.of("name", "description", "language", "aliases", "notes", "license", "license_author");

    private static final Pattern SIDE = Pattern.compile(
            "^(.*?\\S)[\\s,(\\-–]+(left|right)(?:\\s+(?:side|leg|arm))?\\)?\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * A file read: its exercises in file order, the wger ids that took a suffixed id (wger id →
     * Limber id), the wger ids skipped with the reason, and a locator for later problems.
     */
    public record Import(Catalog catalog, Map<String, String> renamed, Map<String, String> skipped, Locator locator) {
        public Import {
            renamed = Map.copyOf(renamed);
            skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        }
    }

    private final ReadLimits limits;

    public WgerReader() {
        this(ReadLimits.defaults());
    }

    public WgerReader(ReadLimits limits) {
        this.limits = limits;
    }

    public Import parse(Path file) {
        return parse(file, ReadProgress.NONE);
    }

    /** Like {@link #parse(Path)}, telling {@code progress} how far reading and checking have come. */
    public Import parse(Path file, ReadProgress progress) {
        return parse(file.toString(), DatasetSlugs.read(file, limits, progress), progress);
    }

    public Import parse(String source, byte[] content) {
        return parse(source, content, ReadProgress.NONE);
    }

    private Import parse(String source, byte[] content, ReadProgress progress) {
        Problems problems = new Problems(source);
        Optional<Node> root = SyntaxReader.read(content, DocumentFormat.JSON, limits, problems, progress::readUpTo);
        if (root.isEmpty()) {
            throw new DocumentException(problems.list());
        }
        String itemsAt = "";
        Optional<List<Node>> items;
        if (root.get() instanceof MappingNode) {
            itemsAt = "/results";
            items = Fields.lenient(root.get(), "", problems, "a page of wger's exerciseinfo", PAGE_FIELDS)
                    .flatMap(page -> page.require("results") ? page.list("results") : Optional.empty());
        } else {
            items = Fields.listOf(root.get(), "", problems);
        }
        if (items.isEmpty()) {
            throw new DocumentException(problems.list());
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        progress.checking(items.get().size());
        for (int i = 0; i < items.get().size(); i++) {
            entry(items.get().get(i), itemsAt + "/" + i, problems, skipped).ifPresent(entries::add);
            progress.checked();
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems.list());
        }
        List<Entry> joined = joinSides(entries);
        Map<String, String> renamed = new TreeMap<>();
        Map<Entry, String> slugs = DatasetSlugs.assign(joined, WgerReader::byNumber, "/id", renamed, problems);
        Map<String, Entry> parents = groupParents(joined, slugs);
        List<Located<Exercise>> exercises = new ArrayList<>();
        for (Entry entry : joined) {
            String slug = slugs.get(entry);
            if (slug == null) {
                continue;
            }
            try {
                Entry parent = entry.group() == null ? null : parents.get(entry.group());
                String variationOf = parent == null || parent == entry ? null : slugs.get(parent);
                exercises.add(Located.of(
                        entry.toExercise(ExerciseId.of(slug), variationOf), source, entry.node(), entry.pointer()));
            } catch (InvalidValueException e) {
                String at = entry.placeOf(e);
                problems.add(
                        Locator.deepest(
                                entry.node(),
                                Pointers.segments(at.substring(entry.pointer().length()))),
                        at,
                        e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems.list());
        }
        Catalog catalog = new Catalog(exercises.stream().map(Located::value).toList(), List.of());
        return new Import(catalog, renamed, skipped, Locator.of(source, root.get(), exercises, List.of()));
    }

    /**
     * The parent of each variation group: its member with the lowest wger id among those read (an
     * exercise skipped, without English, is no member), so the choice does not depend on the
     * order of the file.
     */
    private static Map<String, Entry> groupParents(List<Entry> entries, Map<Entry, String> slugs) {
        Map<String, Entry> parents = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.group() == null || !slugs.containsKey(entry)) {
                continue;
            }
            parents.merge(entry.group(), entry, (a, b) -> byNumber(a.originalId(), b.originalId()) <= 0 ? a : b);
        }
        return parents;
    }

    /** wger ids are numbers: 9 comes before 10. */
    private static int byNumber(String a, String b) {
        String[] left = a.split("\\+");
        String[] right = b.split("\\+");
        try {
            return new BigInteger(left[0]).compareTo(new BigInteger(right[0]));
        } catch (NumberFormatException notNumbers) {
            return a.compareTo(b);
        }
    }

    /** One wger exercise, read and checked, not yet given its Limber id. */
    private record Entry(
            String originalId,
            String name,
            Node node,
            String pointer,
            ExerciseKind kind,
            List<Target> primary,
            List<Target> secondary,
            Equipment equipment,
            List<String> description,
            List<String> notes,
            String license,
            Laterality laterality,
            String translationAt,
            List<String> aliases,
            String author,
            List<MediaRef> media,
            String group)
            implements DatasetSlugs.Item {

        @Override
        public String slugSource() {
            return name;
        }

        @Override
        public String slugSourceLabel() {
            return "name '" + name + "'";
        }

        Entry sided(String joinedId, String baseName) {
            return new Entry(
                    joinedId,
                    baseName,
                    node,
                    pointer,
                    kind,
                    primary,
                    secondary,
                    equipment,
                    description,
                    notes,
                    license,
                    Laterality.PER_SIDE,
                    translationAt,
                    aliases,
                    author,
                    media,
                    group);
        }

        /**
         * Where a refused field sits in the file: the English translation's texts under it, the
         * rest at the exercise (an alias by its index; a joined pair's texts are its first's).
         */
        String placeOf(InvalidValueException refused) {
            String item = refused.index().isPresent() ? "/" + refused.index().getAsInt() : "";
            return refused.modelField()
                    .map(field -> switch (field) {
                        case EXERCISE_DESCRIPTION -> translationAt + "/description";
                        case EXERCISE_ALIASES -> translationAt + "/aliases" + item + (item.isEmpty() ? "" : "/alias");
                        case EXERCISE_CUES -> translationAt + "/notes" + item + (item.isEmpty() ? "" : "/comment");
                        case SOURCE_AUTHOR -> pointer + "/license_author";
                        default -> pointer;
                    })
                    .orElse(pointer);
        }

        Exercise toExercise(ExerciseId id, String variationOf) {
            List<Target> main = primary.isEmpty() ? secondary : primary;
            List<Target> also = new ArrayList<>(new LinkedHashSet<>(secondary));
            also.removeAll(main);
            List<String> cues = notes.isEmpty() ? description : notes;
            return Exercise.builder(id.value(), name)
                    .kind(kind)
                    .laterality(laterality)
                    .primary(List.copyOf(new LinkedHashSet<>(main)))
                    .secondary(also)
                    .equipment(equipment)
                    .cues(cues)
                    .source(new Source(
                            ORIGIN,
                            originalId,
                            license,
                            author,
                            API_URL + originalId.split("\\+")[0] + "/"))
                    .description(description.isEmpty() ? null : String.join("\n", description))
                    .aliases(aliases)
                    .media(media.stream().map(MediaRef::toMedia).toList())
                    .variationOf(variationOf)
                    .build();
        }
    }

    private Optional<Entry> entry(Node node, String pointer, Problems problems, Map<String, String> skipped) {
        Optional<Fields> read = Fields.lenient(node, pointer, problems, "a wger exercise", FIELDS);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = read.get();
        int before = problems.size();
        Optional<String> id = f.require("id") ? wholeNumber(f, "id", problems) : Optional.empty();
        Optional<ExerciseKind> kind = f.require("category") ? category(f, problems) : Optional.empty();
        List<Target> primary = muscles(f, "muscles", problems);
        List<Target> secondary = muscles(f, "muscles_secondary", problems);
        Equipment equipment = equipment(f, problems);
        String license = license(f, problems);
        Optional<String> exerciseAuthor = optionalText(f, "license_author");
        List<MediaRef> media = new ArrayList<>(media(f, "images", MediaKind.IMAGE, IMAGE_FIELDS, license, problems));
        media.addAll(media(f, "videos", MediaKind.VIDEO, VIDEO_FIELDS, license, problems));
        String group = group(f, problems);
        Optional<Fields> english = f.require("translations") ? english(f, problems) : Optional.empty();
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (english.isEmpty()) {
            skipped.put(id.get(), "no English translation");
            return Optional.empty();
        }
        Fields t = english.get();
        Optional<String> name = t.requiredText("name");
        List<String> description = t.has("description") && !isNull(t.value("description"))
                ? t.text("description").map(WgerReader::paragraphs).orElse(List.of())
                : List.of();
        List<String> notes = texts(t, "notes", "comment", problems);
        List<String> aliases = texts(t, "aliases", "alias", problems);
        List<String> authors = new ArrayList<>();
        optionalText(t, "license_author").ifPresent(authors::add);
        exerciseAuthor.filter(a -> !authors.contains(a)).ifPresent(authors::add);
        if (problems.size() > before) {
            return Optional.empty();
        }
        String title = name.get().strip();
        return Optional.of(new Entry(
                id.get(),
                title,
                node,
                pointer,
                kind.get(),
                primary,
                secondary,
                equipment,
                description,
                notes,
                license,
                FreeExerciseDbWords.laterality(title, description),
                t.pointer(),
                aliases,
                authors.isEmpty() ? null : String.join(", ", authors),
                media,
                group));
    }

    /** A text field that may be absent or null, stripped; blank reads as absent. */
    private static Optional<String> optionalText(Fields f, String field) {
        if (!f.has(field) || isNull(f.value(field))) {
            return Optional.empty();
        }
        return f.text(field).map(String::strip).filter(text -> !text.isEmpty());
    }

    /**
     * wger keeps a one-sided move done on both sides as two exercises ("… left", "… right"):
     * such a pair becomes one per-side exercise, in the place of the first of the two.
     */
    private static List<Entry> joinSides(List<Entry> entries) {
        Map<String, Map<String, Entry>> sides = new HashMap<>();
        for (Entry entry : entries) {
            Matcher side = SIDE.matcher(entry.name());
            if (side.matches()) {
                sides.computeIfAbsent(side.group(1).toLowerCase(Locale.ROOT), k -> new HashMap<>())
                        .putIfAbsent(side.group(2).toLowerCase(Locale.ROOT), entry);
            }
        }
        List<Entry> joined = new ArrayList<>();
        for (Entry entry : entries) {
            Matcher side = SIDE.matcher(entry.name());
            Map<String, Entry> pair = side.matches() ? sides.get(side.group(1).toLowerCase(Locale.ROOT)) : null;
            boolean paired = pair != null && pair.size() == 2 && pair.containsValue(entry);
            if (!paired) {
                joined.add(entry); // one side alone, or a second "left" of the same name: kept as it is
                continue;
            }
            Entry left = pair.get("left");
            Entry right = pair.get("right");
            Entry first = entries.indexOf(left) < entries.indexOf(right) ? left : right;
            if (entry == first) {
                joined.add(entry.sided(left.originalId() + "+" + right.originalId(), side.group(1)));
            }
        }
        return joined;
    }

    private static Optional<String> wholeNumber(Fields f, String field, Problems problems) {
        Node value = f.value(field);
        if (value instanceof ScalarNode scalar && Tag.INT.equals(value.getTag())) {
            return Optional.of(new BigInteger(scalar.getValue()).toString());
        }
        problems.add(value, f.at(field), field + " must be a whole number, found " + Fields.describe(value));
        return Optional.empty();
    }

    private static Optional<ExerciseKind> category(Fields f, Problems problems) {
        Optional<Fields> category = Fields.lenient(
                f.value("category"), f.at("category"), problems, "a wger category", List.of("id", "name"));
        return category.flatMap(c -> c.requiredText("name")).flatMap(name -> {
            Optional<ExerciseKind> kind = WgerVocabulary.kind(name);
            if (kind.isEmpty()) {
                problems.add(
                        f.value("category"),
                        f.at("category") + "/name",
                        "category must be one of " + String.join(", ", WgerVocabulary.CATEGORIES.keySet()) + " (was "
                                + Quote.doubled(name) + ")");
            }
            return kind;
        });
    }

    /** The muscles of a list field, each by its Latin name, else its English one. */
    private static List<Target> muscles(Fields f, String field, Problems problems) {
        List<Target> targets = new ArrayList<>();
        List<Node> items = f.list(field).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String at = Pointers.child(f.at(field), i);
            Optional<Fields> muscle = Fields.lenient(
                    items.get(i), at, problems, "a wger muscle", List.of("id", "name", "name_en", "is_front"));
            if (muscle.isEmpty()) {
                continue;
            }
            Fields m = muscle.get();
            Optional<String> name = m.requiredText("name");
            Optional<String> english =
                    m.has("name_en") && !isNull(m.value("name_en")) ? m.text("name_en") : Optional.empty();
            if (name.isEmpty()) {
                continue;
            }
            Optional<Target> target =
                    WgerVocabulary.target(name.get()).or(() -> english.flatMap(WgerVocabulary::target));
            if (target.isEmpty()) {
                problems.add(
                        m.value("name"),
                        m.at("name"),
                        "muscle " + Quote.doubled(name.get()) + " has no Limber target; the table in"
                                + " docs/document-format.md lists the muscles wger names");
            } else if (!targets.contains(target.get())) {
                targets.add(target.get());
            }
        }
        return targets;
    }

    private static Equipment equipment(Fields f, Problems problems) {
        List<String> names = new ArrayList<>();
        List<Node> items = f.list("equipment").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Fields.lenient(
                            items.get(i),
                            Pointers.child(f.at("equipment"), i),
                            problems,
                            "wger equipment",
                            List.of("id", "name"))
                    .flatMap(e -> e.requiredText("name"))
                    .map(String::strip)
                    .filter(name -> !names.contains(name))
                    .ifPresent(names::add);
        }
        if (names.isEmpty()) {
            return Equipment.unknown();
        }
        // wger's "none (bodyweight exercise)" beside other items says nothing the items do not.
        List<String> used = names.stream()
                .filter(name -> !name.equalsIgnoreCase(WGER_BODY_WEIGHT))
                .toList();
        return Equipment.of(used);
    }

    /**
     * The images or videos of an exercise: each one's URL, licence (the exercise's when it names
     * none) and author.
     */
    private static List<MediaRef> media(
            Fields f, String field, MediaKind kind, List<String> known, String exerciseLicense, Problems problems) {
        List<MediaRef> media = new ArrayList<>();
        List<Node> items =
                f.has(field) && !isNull(f.value(field)) ? f.list(field).orElse(List.of()) : List.of();
        String reference = kind == MediaKind.IMAGE ? "image" : "video";
        for (int i = 0; i < items.size(); i++) {
            Optional<Fields> read = Fields.lenient(
                    items.get(i), Pointers.child(f.at(field), i), problems, "a wger " + reference, known);
            if (read.isEmpty() || !read.get().require(reference)) {
                continue;
            }
            Fields m = read.get();
            Optional<String> url = m.text(reference).map(String::strip);
            String license = m.has("license") && !isNull(m.value("license")) ? license(m, problems) : exerciseLicense;
            String author = m.has("license_author") && !isNull(m.value("license_author"))
                    ? m.text("license_author")
                            .map(String::strip)
                            .filter(a -> !a.isEmpty())
                            .orElse(null)
                    : null;
            url.ifPresent(u -> media.add(new MediaRef(kind, u, license, author)));
        }
        return media;
    }

    /** The variation group an exercise belongs to, or {@code null}: wger's id (or uuid) of it. */
    private static String group(Fields f, Problems problems) {
        for (String field : List.of("variations", "variation_group")) {
            if (f.has(field) && !isNull(f.value(field))) {
                Node value = f.value(field);
                if (value instanceof ScalarNode scalar) {
                    return field + ":" + scalar.getValue().strip();
                }
                problems.add(
                        value,
                        f.at(field),
                        field + " must be the id of a variation group (a number or a uuid), found "
                                + Fields.describe(value));
            }
        }
        return null;
    }

    /** The licence's short name ({@code CC-BY-SA 4}); wger's default when the file has none. */
    private static String license(Fields f, Problems problems) {
        if (!f.has("license") || isNull(f.value("license"))) {
            return "CC-BY-SA 4";
        }
        Node value = f.value("license");
        if (value instanceof ScalarNode && Tag.INT.equals(value.getTag())) {
            return "wger licence " + ((ScalarNode) value).getValue();
        }
        return Fields.lenient(
                        value,
                        f.at("license"),
                        problems,
                        "a wger licence",
                        List.of("id", "full_name", "short_name", "url"))
                .flatMap(l -> l.has("short_name") ? l.text("short_name") : l.requiredText("full_name"))
                .map(String::strip)
                .orElse("CC-BY-SA 4");
    }

    private static Optional<Fields> english(Fields f, Problems problems) {
        List<Node> translations = f.list("translations").orElse(List.of());
        for (int i = 0; i < translations.size(); i++) {
            String at = Pointers.child(f.at("translations"), i);
            Optional<Fields> t =
                    Fields.lenient(translations.get(i), at, problems, "a wger translation", TRANSLATION_FIELDS);
            if (t.isPresent() && t.get().require("language")) {
                Optional<Integer> language = t.get().integer("language");
                if (language.isPresent() && language.get() == ENGLISH) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /** The non-blank texts of one field of each object in a list field ({@code notes[].comment}). */
    private static List<String> texts(Fields f, String list, String field, Problems problems) {
        List<String> texts = new ArrayList<>();
        List<Node> items = f.has(list) && !isNull(f.value(list)) ? f.list(list).orElse(List.of()) : List.of();
        for (int i = 0; i < items.size(); i++) {
            Fields.lenient(items.get(i), Pointers.child(f.at(list), i), problems, "a wger " + list, List.of(field))
                    .flatMap(item -> item.requiredText(field))
                    .map(String::strip)
                    .filter(text -> !text.isEmpty())
                    .ifPresent(texts::add);
        }
        return texts;
    }

    /**
     * wger's HTML description as plain paragraphs: one per paragraph or list item, entities
     * decoded, tags and extra white space gone.
     */
    static List<String> paragraphs(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> paragraphs = new ArrayList<>();
        org.jsoup.select.Elements blocks = body.select("p, li");
        if (blocks.isEmpty()) {
            addText(paragraphs, body.text());
            return paragraphs;
        }
        // Text outside any paragraph or list (an opening line before a list) comes first.
        Element loose = body.clone();
        loose.select("p, ul, ol, li").remove();
        addText(paragraphs, loose.text());
        for (Element block : blocks) {
            if (block.select("p, li").size() == 1) { // a list inside a paragraph: its items speak
                addText(paragraphs, block.text());
            }
        }
        return paragraphs;
    }

    private static void addText(List<String> paragraphs, String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            paragraphs.add(stripped);
        }
    }

    private static boolean isNull(Node node) {
        return Tag.NULL.equals(node.getTag());
    }
}
