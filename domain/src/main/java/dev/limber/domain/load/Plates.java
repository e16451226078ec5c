package dev.limber.domain.load;

import dev.limber.domain.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bar and the plates at hand, all in one unit. {@link #load(Weight)} says which plates go on
 * each side for a weight, and when the weight cannot be made exactly, the nearest one that can
 * (the lighter of two equally near), saying so. There are taken to be enough pairs of every plate.
 *
 * @param bar    the empty bar, e.g. 20 kg
 * @param plates the plate sizes, heaviest first once built (each more than 0, at most
 *               {@value #MAX_PLATE} in its unit, to two decimals, at most {@value #MAX_SIZES} sizes)
 */
public record Plates(Weight bar, List<Weight> plates) {
    public static final int MAX_PLATE = 100;
    public static final int MAX_SIZES = 20;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public Plates {
        if (bar == null) {
            throw new InvalidValueException("bar", null, "is required, like 20kg or 45lb");
        }
        if (plates == null || plates.isEmpty() || plates.size() > MAX_SIZES) {
            throw new InvalidValueException(
                    "plates", plates, "must list between 1 and " + MAX_SIZES + " plate sizes, like 25,20,10,5,2.5");
        }
        List<Weight> sorted = new ArrayList<>();
        for (int i = 0; i < plates.size(); i++) {
            Weight plate = plates.get(i);
            if (plate == null
                    || plate.unit() != bar.unit()
                    || plate.isZero()
                    || plate.amount().compareTo(BigDecimal.valueOf(MAX_PLATE)) > 0
                    || plate.amount().scale() > 2) {
                throw new InvalidValueException(
                        "plates[" + i + "]",
                        plate == null ? null : plate.text(),
                        "must be a plate of more than 0 and at most " + MAX_PLATE + " "
                                + bar.unit().externalName() + ", to two decimals, in the bar's unit ("
                                + bar.unit().externalName() + ")");
            }
            if (!sorted.contains(plate)) {
                sorted.add(plate);
            }
        }
        sorted.sort(Comparator.reverseOrder());
        plates = List.copyOf(sorted);
    }

    private static final Plates STANDARD_KG = new Plates(
            Weight.kg(20),
            List.of(
                    Weight.kg(25),
                    Weight.kg(20),
                    Weight.kg(15),
                    Weight.kg(10),
                    Weight.kg(5),
                    Weight.kg(2.5),
                    Weight.kg(1.25)));
    private static final Plates STANDARD_LB = new Plates(
            Weight.lb(45),
            List.of(Weight.lb(45), Weight.lb(35), Weight.lb(25), Weight.lb(10), Weight.lb(5), Weight.lb(2.5)));

    /** The usual gym's: a 20 kg bar with 25, 20, 15, 10, 5, 2.5 and 1.25 kg plates; a 45 lb bar with 45, 35, 25, 10, 5 and 2.5 lb. */
    public static Plates standard(WeightUnit unit) {
        return switch (unit) {
            case KG -> STANDARD_KG;
            case LB -> STANDARD_LB;
        };
    }

    /** The standard plates of that unit on another bar. */
    public Plates withBar(Weight other) {
        return new Plates(other, plates);
    }

    public WeightUnit unit() {
        return bar.unit();
    }

    /**
     * The smallest step between two loads these plates make: a pair of the lightest plate, or
     * less where plates combine finer (greatest common divisor of the pairs).
     */
    public Weight increment() {
        return new Weight(BigDecimal.valueOf(PairTable.of(this).step).divide(THOUSAND), unit());
    }

    /**
     * The plates per side for {@code target} (converted to these plates' unit first when it is in
     * another), or for the nearest load they make. Anything at or below the bar is the empty bar.
     */
    public PlateLoading load(Weight target) {
        Weight wanted = target.in(unit());
        PairTable table = PairTable.of(this);
        long bar = table.bar;
        long added = thousandths(wanted) - bar;
        if (added <= 0) {
            return new PlateLoading(target, this.bar, List.of());
        }
        table = table.covering(added);
        long step = table.step;
        int below = (int) (added / step);
        while (table.count[below] == PairTable.NONE) {
            below--;
        }
        int above = (int) ((added + step - 1) / step);
        while (above < table.count.length && table.count[above] == PairTable.NONE) {
            above++;
        }
        int chosen = above < table.count.length && above * step - added < added - below * step ? above : below;
        // Plates are heaviest first, so their indexes in ascending order list a side heaviest first.
        int[] used = new int[table.count[chosen]];
        int n = 0;
        for (int k = chosen; k > 0; k -= table.pairs[table.last[k]]) {
            used[n++] = table.last[k];
        }
        java.util.Arrays.sort(used);
        Weight[] perSide = new Weight[used.length];
        for (int i = 0; i < used.length; i++) {
            perSide[i] = plates.get(used[i]);
        }
        Weight loaded = new Weight(BigDecimal.valueOf(bar + chosen * step, 3), unit());
        return new PlateLoading(target, loaded, List.of(perSide));
    }

    /**
     * The fewest pairs of plates that make each multiple of the step up to some load: a
     * dynamic-programming table kept per plate set, because every load on one set shares it (built
     * afresh per call, it cost more than the rest of a plan). Immutable once built; a heavier load
     * than it covers builds a bigger one in its place. The cache holds a few sets: a service meets
     * the standard two and the odd gym's own.
     */
    private static final class PairTable {
        static final int NONE = Integer.MAX_VALUE;
        private static final int CACHED_SETS = 16;
        private static final Map<Plates, PairTable> TABLES = new ConcurrentHashMap<>();

        final Plates plates;
        /** The bar, in thousandths of the unit. */
        final long bar;
        /** The step between loads, in thousandths of the unit. */
        final long step;
        /** Each plate size as a pair, in steps. */
        final int[] pairs;
        /** The fewest pairs that make k steps, {@link #NONE} when none do. */
        final int[] count;
        /** The index of the last plate added to make k steps. */
        final int[] last;

        private PairTable(Plates plates, long step, int[] pairs, int top) {
            this.plates = plates;
            this.bar = thousandths(plates.bar());
            this.step = step;
            this.pairs = pairs;
            this.count = new int[top + 1];
            this.last = new int[top + 1];
            java.util.Arrays.fill(count, NONE);
            count[0] = 0;
            for (int k = 1; k <= top; k++) {
                for (int i = 0; i < pairs.length; i++) {
                    int before = k - pairs[i];
                    if (before >= 0 && count[before] != NONE && count[before] + 1 < count[k]) {
                        count[k] = count[before] + 1;
                        last[k] = i;
                    }
                }
            }
        }

        static PairTable of(Plates plates) {
            PairTable table = TABLES.get(plates);
            if (table != null) {
                return table;
            }
            long step = 0;
            for (Weight plate : plates.plates()) {
                step = gcd(step, 2 * thousandths(plate));
            }
            int[] pairs = new int[plates.plates().size()];
            for (int i = 0; i < pairs.length; i++) {
                pairs[i] = (int) (2 * thousandths(plates.plates().get(i)) / step);
            }
            return remember(new PairTable(plates, step, pairs, 0));
        }

        /** This table, or a bigger one when {@code added} (thousandths) and the next load above it are past its end. */
        PairTable covering(long added) {
            int top = (int) (added / step) + pairs[0] + 1;
            if (top < count.length) {
                return this;
            }
            return remember(new PairTable(plates, step, pairs, Math.max(top, 2 * count.length)));
        }

        private static PairTable remember(PairTable table) {
            if (TABLES.size() >= CACHED_SETS && !TABLES.containsKey(table.plates)) {
                TABLES.clear();
            }
            TABLES.put(table.plates, table);
            return table;
        }
    }

    private static long thousandths(Weight weight) {
        return weight.amount()
                .multiply(THOUSAND)
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Reads a comma-separated plate list in {@code unit}: {@code 25,20,10,5,2.5}, units optional ({@code 25kg,20kg}). */
    public static List<Weight> parseList(String text, WeightUnit unit) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("plates", text, "must list plate sizes, like 25,20,10,5,2.5");
        }
        List<Weight> list = new ArrayList<>();
        String[] parts = text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            try {
                list.add(Weight.looksLikeWeight(part) ? Weight.parse(part) : Weight.parse(part + unit.externalName()));
            } catch (InvalidValueException refused) {
                throw new InvalidValueException(
                        "plates[" + i + "]", part, "must be a plate size like 2.5 or 2.5" + unit.externalName());
            }
        }
        return list;
    }
}
