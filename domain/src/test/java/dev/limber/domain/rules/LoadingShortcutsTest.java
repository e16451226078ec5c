package dev.limber.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.domain.exercise.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Loading} answers "does this target count for one of these areas" with two set look-ups
 * instead of walking the areas with {@link Target#isPartOf}, and gives a list of areas back as
 * it is when it names no finer target: both must answer exactly as the plain definitions do.
 */
class LoadingShortcutsTest {
    @Provide
    Arbitrary<Set<Target>> areaSets() {
        return Arbitraries.of(Target.class).set().ofMaxSize(8).map(s -> s.isEmpty() ? Set.of() : EnumSet.copyOf(s));
    }

    @Provide
    Arbitrary<List<Target>> targetLists() {
        return Arbitraries.of(Target.class).list().uniqueElements().ofMaxSize(6);
    }

    @Property(tries = 2000)
    void worksOneOfIsIsPartOfAnyArea(@ForAll("areaSets") Set<Target> areas) {
        for (Target target : Target.values()) {
            boolean walked = areas.stream().anyMatch(target::isPartOf);
            assertEquals(walked, Loading.worksOneOf(target, areas), target + " in " + areas);
        }
    }

    @Property(tries = 2000)
    void areasAreEachTargetsAreaOnceInOrder(@ForAll("targetLists") List<Target> targets) {
        assertEquals(targets.stream().map(Target::area).distinct().toList(), Loading.areas(targets));
    }

    @Property(tries = 200)
    void partsAreTheTargetsWhoseAreaItIs(@ForAll Target area) {
        Set<Target> parts = EnumSet.noneOf(Target.class);
        for (Target target : Target.values()) {
            if (!target.isArea() && target.area() == area) {
                parts.add(target);
            }
        }
        assertEquals(parts, area.parts());
    }
}
