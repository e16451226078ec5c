package dev.limber.domain.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Plates per side, and the nearest loadable weight said aloud when a weight cannot be made. */
class PlatesTest {
    private static final Plates KG = Plates.standard(WeightUnit.KG);
    private static final Plates LB = Plates.standard(WeightUnit.LB);

    @Test
    void aHundredKilogramsIsTwentyFiveAndFifteenASide() {
        // (100 − 20) / 2 = 40 kg a side = 25 + 15.
        PlateLoading loading = KG.load(Weight.kg(100));
        assertEquals(List.of(Weight.kg(25), Weight.kg(15)), loading.perSide());
        assertTrue(loading.exact());
        assertEquals("100 kg: 25 + 15 kg per side", loading.human());
    }

    @Test
    void aWeightThePlatesCannotMakeIsRoundedToTheNearestAndSaidSo() {
        // 101 kg: a side would be 40.5 kg; 1.25 kg steps make 40 (100 kg) or 41.25 (102.5 kg); 100 is nearer.
        PlateLoading loading = KG.load(Weight.kg(101));
        assertFalse(loading.exact());
        assertEquals(Weight.kg(100), loading.loaded());
        assertEquals("101 kg cannot be loaded exactly; nearest 100 kg: 25 + 15 kg per side", loading.human());
    }

    @Test
    void poundsOnAFortyFivePoundBar() {
        // 225 lb = 45 + 2 × 90: a 45 and a 45 a side.
        assertEquals("225 lb: 45 + 45 lb per side", LB.load(Weight.lb(225)).human());
        // 100 kg = 220.462 lb → 220 lb = 45 + 2 × 87.5 = 45 + 35 + 5 + 2.5 a side.
        assertEquals(
                "100 kg is 220.462 lb; 220.462 lb cannot be loaded exactly; nearest 220 lb: 45 + 35 + 5 + 2.5 lb per side",
                LB.load(Weight.kg(100)).human());
    }

    @Test
    void platesThatDoNotDivideEachOtherStillFindTheExactLoad() {
        // 20 kg a side from 15s and 10s: greedy (15, then 5 missing) would fail; 10 + 10 makes it.
        Plates odd = new Plates(Weight.kg(20), List.of(Weight.kg(15), Weight.kg(10)));
        PlateLoading loading = odd.load(Weight.kg(60));
        assertTrue(loading.exact());
        assertEquals(List.of(Weight.kg(10), Weight.kg(10)), loading.perSide());
    }

    @Test
    void atOrBelowTheBarIsTheEmptyBar() {
        assertEquals("empty bar", KG.load(Weight.kg(20)).platesText());
        assertEquals(
                "15 kg cannot be loaded exactly; nearest 20 kg: empty bar",
                KG.load(Weight.kg(15)).human());
    }

    @Test
    void platesInAnotherUnitThanTheBarAreRefused() {
        InvalidValueException refused =
                assertThrows(InvalidValueException.class, () -> new Plates(Weight.kg(20), List.of(Weight.lb(45))));
        assertEquals("plates[0]", refused.field());
    }

    @Property
    void platesAlwaysSumToTheLoadMinusTheBarAndRoundByAtMostHalfAStep(
            @ForAll @IntRange(min = 20_000, max = 500_000) int grams, @ForAll boolean pounds) {
        Plates plates = pounds ? LB : KG;
        Weight asked = new Weight(BigDecimal.valueOf(grams, 3), plates.unit());
        PlateLoading loading = plates.load(asked);
        BigDecimal perSide = loading.perSide().stream().map(Weight::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(
                0,
                loading.loaded()
                        .amount()
                        .compareTo(plates.bar().amount().add(perSide.multiply(BigDecimal.valueOf(2)))));
        BigDecimal off = loading.loaded().amount().subtract(asked.amount()).abs();
        BigDecimal halfStep = plates.increment().amount().divide(BigDecimal.valueOf(2));
        if (asked.compareTo(plates.bar()) >= 0) {
            assertTrue(off.compareTo(halfStep) <= 0, asked + " loaded as " + loading.loaded());
        }
        assertTrue(loading.loaded().compareTo(plates.bar()) >= 0);
    }

    @Test
    void theSmallestStepIsAPairOfTheLightestPlates() {
        assertEquals(Weight.kg(2.5), KG.increment());
        assertEquals(Weight.lb(5), LB.increment());
    }

    /**
     * The plate tables are kept per plate set and grown for heavier loads, so the order of the loads
     * asked for must not matter: each answer is checked against every combination of pairs.
     */
    @Property
    void aLoadComesOutTheSameWhateverWasLoadedBefore(
            @ForAll @IntRange(min = 20, max = 1_900) int first, @ForAll @IntRange(min = 20, max = 1_900) int second) {
        Plates odd = new Plates(Weight.kg(20), List.of(Weight.kg(15), Weight.kg(10)));
        for (int kilograms : new int[] {first, second}) {
            PlateLoading loading = odd.load(Weight.kg(kilograms));
            // Pairs of 15s and 10s add 30a + 20b; the nearest such load, the lighter of two equally near.
            int best = 0;
            for (int a = 0; 30 * a <= 2_000; a++) {
                for (int b = 0; 30 * a + 20 * b <= 2_000; b++) {
                    int added = 30 * a + 20 * b;
                    int off = Math.abs(20 + added - kilograms);
                    int bestOff = Math.abs(20 + best - kilograms);
                    if (off < bestOff || off == bestOff && added < best) {
                        best = added;
                    }
                }
            }
            int expected = kilograms <= 20 ? 20 : 20 + best;
            assertEquals(Weight.kg(expected), loading.loaded(), kilograms + " kg");
        }
    }
}
