package dev.limber.domain.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The warm-up index's group numbers: one per distinct key, in the order keys first come. */
class GroupNumbersTest {
    private record Key(long primary, long mask, int length) {}

    @Test
    void numbersKeysInTheOrderTheyFirstComeAndGivesARepeatItsNumber() {
        GroupNumbers numbers = new GroupNumbers(4);
        assertEquals(0, numbers.of(1, 3, 0));
        assertEquals(1, numbers.of(1, 3, 1));
        assertEquals(2, numbers.of(1, 7, 0));
        assertEquals(3, numbers.of(2, 3, 0));
        assertEquals(1, numbers.of(1, 3, 1));
        assertEquals(0, numbers.of(1, 3, 0));
        assertEquals(4, numbers.size());
    }

    @Test
    void tellsApartKeysThatDifferOnlyInTheHighBits() {
        // Finer targets are bits past the 32nd.
        GroupNumbers numbers = new GroupNumbers(2);
        List<Long> bits = List.of(1L << 32, 1L << 33, 1L << 40, 1L << 63, (1L << 32) | 1);
        for (int i = 0; i < bits.size(); i++) {
            assertEquals(i, numbers.of(bits.get(i), bits.get(i), 0));
        }
        for (int i = 0; i < bits.size(); i++) {
            assertEquals(i, numbers.of(bits.get(i), bits.get(i), 0));
        }
    }

    @Test
    void keepsEveryNumberWhenItGrowsPastWhatItExpected() {
        GroupNumbers numbers = new GroupNumbers(1);
        Map<Key, Integer> expected = new HashMap<>();
        Random random = new Random(19);
        for (int i = 0; i < 5_000; i++) {
            Key key = new Key(random.nextInt(64), random.nextInt(256), random.nextInt(3));
            Integer known = expected.get(key);
            int number = numbers.of(key.primary(), key.mask(), key.length());
            assertEquals(known == null ? expected.size() : known, number, key.toString());
            expected.putIfAbsent(key, number);
        }
        assertEquals(expected.size(), numbers.size());
        expected.forEach((key, number) -> assertEquals(number, numbers.of(key.primary(), key.mask(), key.length())));
    }
}
