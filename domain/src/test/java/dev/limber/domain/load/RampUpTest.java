package dev.limber.domain.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Ramp-up sets to a working set, each on the plates. */
class RampUpTest {
    private static final Plates KG = Plates.standard(WeightUnit.KG);

    private static List<String> lines(RampUpPlan plan) {
        return plan.sets().stream()
                .map(set -> set.reps() + " × " + set.load().human() + " ("
                        + set.loading().platesText() + ")")
                .toList();
    }

    @Test
    void theStandardRampToAHundredKilograms() {
        RampUpPlan plan = RampUp.standard().to(Weight.kg(100), KG);
        // 40 % = 40 kg (10 a side), 60 % = 60 kg (20 a side), 80 % = 80 kg (25 + 5 a side).
        assertEquals(
                List.of(
                        "10 × 20 kg (empty bar)",
                        "5 × 40 kg (10 kg per side)",
                        "3 × 60 kg (20 kg per side)",
                        "2 × 80 kg (25 + 5 kg per side)"),
                lines(plan));
        assertEquals(List.of(), plan.skipped());
        assertEquals(WeightUnit.KG, plan.unit());
    }

    @Test
    void setsBelowTheBarOrTooCloseToTheNextAreLeftOutAndSaidSo() {
        // Work 40 kg: 40 % = 16 kg is below the bar; 60 % = 24 → 25 kg; 80 % = 32 → 32.5 kg;
        // the gap is max(10 % of 40 = 4 kg, 2.5 kg) = 4 kg: 32.5 → 40 is 7.5 apart, 25 → 32.5 7.5, 20 → 25 only 5.
        RampUpPlan plan = RampUp.standard().to(Weight.kg(40), KG);
        assertEquals(
                List.of("10 × 20 kg (empty bar)", "3 × 25 kg (2.5 kg per side)", "2 × 32.5 kg (5 + 1.25 kg per side)"),
                lines(plan));
        assertEquals(List.of("40 % (16 kg) is no heavier than the 20 kg bar"), plan.skipped());

        // Work 25 kg: 80 % = 20 kg is the bar itself, so it is left out for the empty bar set, 5 kg off 25.
        RampUpPlan light = RampUp.standard().to(Weight.kg(25), KG);
        assertEquals(List.of("10 × 20 kg (empty bar)"), lines(light));
        assertEquals(3, light.skipped().size());
    }

    @Test
    void moreSetsSpreadFromFortyToEightyPercent() {
        RampUp six = RampUp.sets(6);
        assertEquals(
                List.of("empty bar", "40 %", "50 %", "60 %", "70 %", "80 %"),
                six.stages().stream().map(RampUp.Stage::label).toList());
        assertEquals(
                List.of(10, 5, 3, 3, 2, 2),
                six.stages().stream().map(RampUp.Stage::reps).toList());
        assertEquals(RampUp.standard(), RampUp.sets(4));
    }

    @Test
    void aCustomSchemeIsUsedAsGiven() {
        RampUp scheme = RampUp.of(List.of(RampUp.Stage.percent(50, 5), RampUp.Stage.percent(75, 2)));
        assertEquals(
                List.of("5 × 60 kg (20 kg per side)", "2 × 90 kg (25 + 10 kg per side)"),
                lines(scheme.to(Weight.kg(120), KG)));
    }

    @Test
    void workLighterThanTheBarIsRefused() {
        InvalidValueException refused = assertThrows(
                InvalidValueException.class, () -> RampUp.standard().to(Weight.kg(15), KG));
        assertEquals("work is lighter than the 20 kg bar (was \"15kg\")", refused.getMessage());
    }

    @Property
    void warmUpSetsRiseStrictlyStayOnTheBarAndStayBelowTheWork(
            @ForAll @IntRange(min = 20, max = 400) int kilograms, @ForAll @IntRange(min = 1, max = 8) int sets) {
        RampUpPlan plan = RampUp.sets(sets).to(Weight.kg(kilograms), KG);
        Weight previous = null;
        for (RampUpPlan.RampSet set : plan.sets()) {
            assertTrue(set.load().compareTo(KG.bar()) >= 0);
            assertTrue(set.load().compareTo(plan.working().loaded()) < 0);
            if (previous != null) {
                assertTrue(set.load().compareTo(previous) > 0, plan.toString());
            }
            previous = set.load();
        }
        assertEquals(sets, plan.sets().size() + plan.skipped().size());
        assertTrue(plan.working()
                        .loaded()
                        .amount()
                        .subtract(BigDecimal.valueOf(kilograms))
                        .abs()
                        .compareTo(new BigDecimal("1.25"))
                <= 0);
    }
}
