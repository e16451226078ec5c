package dev.limber.domain.warmup;

import java.util.Arrays;

/**
 * Numbers the groups of interchangeable warm-up moves (same primary bits, same bits, same length)
 * 0, 1, 2… in the order their first move comes. A hash table of primitives (open addressing,
 * linear probing): indexing 10,000s of moves makes no key object per move.
 */
final class GroupNumbers {
    private static final int EMPTY = -1;

    /** Group number per slot, or {@link #EMPTY}; a power of two long, at most half full. */
    private int[] slots;

    private long[] primaries;
    private long[] masks;
    private int[] lengths;
    private int size;

    /** @param expected how many groups to make room for at once (it grows past that) */
    GroupNumbers(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        slots = new int[capacity];
        Arrays.fill(slots, EMPTY);
        int keys = Math.max(8, expected);
        primaries = new long[keys];
        masks = new long[keys];
        lengths = new int[keys];
    }

    /** The group of this key: the number it got when first seen, else the next number. */
    int of(long primary, long mask, int length) {
        int last = slots.length - 1;
        for (int slot = hash(primary, mask, length) & last; ; slot = (slot + 1) & last) {
            int group = slots[slot];
            if (group == EMPTY) {
                slots[slot] = add(primary, mask, length);
                if (size * 2 > slots.length) {
                    rehash(slots.length * 2);
                }
                return size - 1;
            }
            if (primaries[group] == primary && masks[group] == mask && lengths[group] == length) {
                return group;
            }
        }
    }

    /** How many groups there are. */
    int size() {
        return size;
    }

    private int add(long primary, long mask, int length) {
        if (size == primaries.length) {
            int grown = size * 2;
            primaries = Arrays.copyOf(primaries, grown);
            masks = Arrays.copyOf(masks, grown);
            lengths = Arrays.copyOf(lengths, grown);
        }
        primaries[size] = primary;
        masks[size] = mask;
        lengths[size] = length;
        return size++;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        Arrays.fill(slots, EMPTY);
        int last = capacity - 1;
        for (int group = 0; group < size; group++) {
            int slot = hash(primaries[group], masks[group], lengths[group]) & last;
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & last;
            }
            slots[slot] = group;
        }
    }

    /**
     * Mixes every bit into the high ones, which the slot is taken from: areas past the 32nd (the
     * finer targets) would otherwise pile groups into a few slots.
     */
    private static int hash(long primary, long mask, int length) {
        long mixed = (primary * 0x9E3779B97F4A7C15L) ^ (mask * 0xC2B2AE3D27D4EB4FL) ^ (length * 0x165667B19E3779F9L);
        mixed ^= mixed >>> 32;
        mixed *= 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32);
    }
}
