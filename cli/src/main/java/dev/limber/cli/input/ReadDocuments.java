package dev.limber.cli.input;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.usecase.MisfitStepsException;
import dev.limber.domain.usecase.UnknownVariationOfException;
import dev.limber.formats.document.LocationPointers;
import dev.limber.formats.document.Locator;
import dev.limber.formats.document.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The documents of one run, read: one catalog, the ids a dataset reader had to rename, the
 * dataset entries it passed over, and how to place a pointer into that catalog back in the file it
 * came from.
 *
 * @param catalog every exercise and program of the run, in file order
 * @param renamed original id → slug, for dataset entries whose slug another entry had taken
 * @param skipped original id → why, for dataset entries not imported (a wger exercise without
 *                an English translation)
 * @param parts   the catalog of each file (or run of files) with its locator, in order
 */
public record ReadDocuments(
        Catalog catalog, Map<String, String> renamed, Map<String, String> skipped, List<Part> parts) {

    /** The catalog read from one file (or one multi-file run), and where its items are. */
    public record Part(Catalog catalog, Locator locator) {}

    public ReadDocuments {
        renamed = Map.copyOf(renamed);
        skipped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(skipped));
        parts = List.copyOf(parts);
    }

    /** A problem at a pointer into {@link #catalog()}, placed in its file. */
    public Problem at(String pointer, String message) {
        for (String kind : List.of("exercises", "programs")) {
            String prefix = "/" + kind + "/";
            if (!pointer.startsWith(prefix)) {
                continue;
            }
            String rest = pointer.substring(prefix.length());
            int slash = rest.indexOf('/');
            String digits = slash < 0 ? rest : rest.substring(0, slash);
            int index;
            try {
                index = Integer.parseInt(digits);
            } catch (NumberFormatException notAnIndex) {
                break;
            }
            for (Part part : parts) {
                int size = kind.equals("exercises")
                        ? part.catalog().exercises().size()
                        : part.catalog().programs().size();
                if (index < size) {
                    return part.locator().at(prefix + index + (slash < 0 ? "" : rest.substring(slash)), message);
                }
                index -= size;
            }
        }
        return parts.isEmpty()
                ? Problem.at("", pointer, message)
                : parts.get(0).locator().at(pointer, message);
    }

    /** Every problem of a refused import, placed in the files. */
    public List<Problem> at(MisfitStepsException rejected) {
        List<Problem> placed = new ArrayList<>();
        rejected.problems().forEach(p -> placed.add(at(LocationPointers.of(p), p.message())));
        return placed;
    }

    /** Every dangling {@code variationOf} of a refused import, placed in the files. */
    public List<Problem> at(UnknownVariationOfException rejected) {
        List<Problem> placed = new ArrayList<>();
        rejected.links().forEach(link -> placed.add(at(LocationPointers.of(link), link.message())));
        return placed;
    }
}
