package dev.limber.formats.document;

import dev.limber.domain.catalog.BuiltInCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Limber ids for the exercises of a public dataset, whose own ids are not slugs. The same input
 * gives the same ids on every import: when two items give one slug, the first in the dataset's
 * id order keeps it and the others get {@code -2}, {@code -3}… in that order (skipping slugs
 * already taken); a slug that is the id of a built-in exercise (which every Limber database
 * holds) is taken too, so the dataset's {@code Plank} becomes {@code plank-2}.
 */
final class DatasetSlugs {
    /** Ids of the built-in catalog, which every Limber database holds: dataset slugs avoid them. */
    static final Set<String> BUILT_IN_IDS = BuiltInCatalog.catalog().exercises().stream()
            .map(exercise -> exercise.id().value())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    static final int MAX_SLUG = 100;
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    /** One dataset item waiting for its id. */
    interface Item {
        /** Its id in the dataset, unique there. */
        String originalId();

        /** The text its slug is made from (the original id, or its name). */
        String slugSource();

        /** How a problem names that text: {@code id '3_4_Sit-Up'}, {@code name 'Plank'}. */
        String slugSourceLabel();

        Node node();

        String pointer();
    }

    private DatasetSlugs() {}

    /** The slug of a text: lowercase, each run of other characters one hyphen, trimmed. */
    static String slug(String text) {
        String slug = NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_SLUG) {
            slug = trimHyphens(slug.substring(0, MAX_SLUG));
        }
        return slug;
    }

    /**
     * Gives every item its slug; an original id seen twice, or a text without a letter or digit,
     * is a problem at {@code idPointer} of the item, and that item gets none. Items that had to
     * take a suffixed slug are put in {@code renamed} (original id → slug).
     */
    static <T extends Item> Map<T, String> assign(
            List<T> items,
            Comparator<String> idOrder,
            String idPointer,
            Map<String, String> renamed,
            Problems problems) {
        Map<String, List<T>> byBase = new TreeMap<>();
        Map<String, T> byOriginal = new HashMap<>();
        for (T item : items) {
            T first = byOriginal.putIfAbsent(item.originalId(), item);
            if (first != null) {
                problems.add(
                        item.node(),
                        item.pointer() + idPointer,
                        "id '" + item.originalId() + "' appears twice (first at " + Fields.position(first.node())
                                + ")");
                continue;
            }
            String base = slug(item.slugSource());
            if (base.isEmpty()) {
                problems.add(
                        item.node(),
                        item.pointer() + idPointer,
                        item.slugSourceLabel() + " has no letter or digit to make an id from");
                continue;
            }
            byBase.computeIfAbsent(base, b -> new ArrayList<>()).add(item);
        }
        Set<String> taken = new HashSet<>(byBase.keySet());
        taken.addAll(BUILT_IN_IDS);
        Map<T, String> slugs = new LinkedHashMap<>();
        for (Map.Entry<String, List<T>> group : byBase.entrySet()) {
            List<T> sorted = new ArrayList<>(group.getValue());
            sorted.sort(Comparator.comparing(Item::originalId, idOrder));
            // A built-in exercise keeps its id: the dataset's namesake is a different exercise
            // (other cues, other source) and must not replace it or be dropped.
            int first = BUILT_IN_IDS.contains(group.getKey()) ? 0 : 1;
            if (first == 1) {
                slugs.put(sorted.get(0), group.getKey());
            }
            int suffix = 2;
            for (T item : sorted.subList(first, sorted.size())) {
                String candidate;
                do {
                    String tail = "-" + suffix++;
                    candidate = trimHyphens(group.getKey()
                                    .substring(0, Math.min(group.getKey().length(), MAX_SLUG - tail.length())))
                            + tail;
                } while (taken.contains(candidate));
                taken.add(candidate);
                slugs.put(item, candidate);
                renamed.put(item.originalId(), candidate);
            }
        }
        return slugs;
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The bytes of a dataset file, refused before reading when it is larger than the limit, and a
     * file that cannot be read is a problem naming it.
     */
    static byte[] read(Path file, ReadLimits limits, ReadProgress progress) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            progress.reading(size);
            if (size > limits.maxBytes()) {
                throw new DocumentException(Problem.at(source, "", SourceText.tooLarge(size, limits)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException(Problem.at(
                    source,
                    "",
                    "cannot be read: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage())));
        }
    }
}
