package dev.limber.formats.document;

/**
 * Limits that keep a hostile or broken document from exhausting memory or stack: the size of a
 * file, how deep collections may nest, and how many aliases to collections YAML may use (the
 * "billion laughs" attack). The defaults are far above what a real catalog needs: the whole
 * free-exercise-db dataset is about 1 MB and nests 3 levels; a program nests 11.
 *
 * @param maxBytes                 largest file or request body, in bytes
 * @param maxDepth                 deepest nesting of lists and objects
 * @param maxAliasesForCollections most YAML aliases ({@code *name}) that point at a list or object
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxAliasesForCollections) {
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 50;
    public static final int DEFAULT_MAX_ALIASES = 50;

    public ReadLimits {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + " (was " + maxBytes + ")");
        }
        if (maxDepth < 2) {
            throw new IllegalArgumentException("maxDepth must be at least 2 (was " + maxDepth + ")");
        }
        if (maxAliasesForCollections < 0) {
            throw new IllegalArgumentException(
                    "maxAliasesForCollections must not be negative (was " + maxAliasesForCollections + ")");
        }
    }

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ALIASES);
    }

    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxAliasesForCollections);
    }

    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxBytes, depth, maxAliasesForCollections);
    }

    public ReadLimits withMaxAliasesForCollections(int aliases) {
        return new ReadLimits(maxBytes, maxDepth, aliases);
    }
}
