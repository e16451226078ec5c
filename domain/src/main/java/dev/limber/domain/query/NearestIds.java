package dev.limber.domain.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The stored ids nearest to one that is not stored, for "did you mean …?": ids that start with
 * it or contain it ({@code quick-leg-day} → {@code quick-leg-day-warm-up}), it starts with
 * ({@code planks} → {@code plank}), or that are a few typing mistakes from it (edit distance at
 * most a third of its length: {@code glute-bridg} → {@code glute-bridge}). At most
 * {@value #MOST}, nearest first. Written here rather than taken from a library because the
 * domain depends on the JDK only; the service and the CLI word the result
 * ({@code formats.suggestion.DidYouMean}).
 */
public final class NearestIds {
    /** How many ids a suggestion names at most. */
    public static final int MOST = 3;
    /** A part shorter than this is contained in too many ids to suggest them. */
    private static final int SHORTEST_PART = 3;

    private NearestIds() {}

    public static List<String> among(String unknown, Collection<String> ids) {
        String wanted = unknown.toLowerCase(Locale.ROOT);
        int allowedEdits = Math.max(1, wanted.length() / 3);
        List<Candidate> near = new ArrayList<>();
        for (String id : ids) {
            String candidate = id.toLowerCase(Locale.ROOT);
            if (candidate.equals(wanted)) {
                continue;
            }
            int lengths = Math.abs(candidate.length() - wanted.length());
            if (wanted.length() >= SHORTEST_PART
                    && (candidate.contains(wanted)
                            || (candidate.length() >= SHORTEST_PART && wanted.startsWith(candidate)))) {
                near.add(new Candidate(id, 0, lengths));
            } else if (lengths <= allowedEdits) {
                int edits = edits(wanted, candidate, allowedEdits);
                if (edits <= allowedEdits) {
                    near.add(new Candidate(id, edits, lengths));
                }
            }
        }
        return near.stream()
                .sorted(Comparator.comparingInt(Candidate::edits)
                        .thenComparingInt(Candidate::lengths)
                        .thenComparing(Candidate::id))
                .limit(MOST)
                .map(Candidate::id)
                .toList();
    }

    /**
     * Levenshtein distance between two strings, giving up (returning {@code limit + 1}) as soon as
     * every path is past the limit: most ids of a large catalog are far off.
     */
    static int edits(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                best = Math.min(best, current[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Candidate(String id, int edits, int lengths) {}
}
