package dev.limber.domain.load;

import dev.limber.domain.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /** The usual gym's: a 20 kg bar with 25, 20, 15, 10, 5, 2.5 and 1.25 kg plates; a 45 lb bar with 45, 35, 25, 10, 5 and 2.5 lb. */
    public static Plates standard(WeightUnit unit) {
        return switch (unit) {
            case KG ->
                new Plates(
                        Weight.kg(20),
                        List.of(
                                Weight.kg(25),
                                Weight.kg(20),
                                Weight.kg(15),
                                Weight.kg(10),
                                Weight.kg(5),
                                Weight.kg(2.5),
                                Weight.kg(1.25)));
            case LB ->
                new Plates(
                        Weight.lb(45),
                        List.of(
                                Weight.lb(45),
                                Weight.lb(35),
                                Weight.lb(25),
                                Weight.lb(10),
                                Weight.lb(5),
                                Weight.lb(2.5)));
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
        return new Weight(BigDecimal.valueOf(pairStep()).divide(THOUSAND), unit());
    }

    private long pairStep() {
        long step = 0;
        for (Weight plate : plates) {
            step = gcd(step, 2 * thousandths(plate));
        }
        return step;
    }

    /**
     * The plates per side for {@code target} (converted to these plates' unit first when it is in
     * another), or for the nearest load they make. Anything at or below the bar is the empty bar.
     */
    public PlateLoading load(Weight target) {
        Weight wanted = target.in(unit());
        long bar = thousandths(this.bar);
        long added = thousandths(wanted) - bar;
        if (added <= 0) {
            return new PlateLoading(target, this.bar, List.of());
        }
        long step = pairStep();
        long[] pairs = new long[plates.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = 2 * thousandths(plates.get(i));
        }
        int top = (int) ((added + pairs[0]) / step) + 1;
        int[] count = new int[top + 1];
        int[] last = new int[top + 1];
        java.util.Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        for (int k = 1; k <= top; k++) {
            for (int i = 0; i < pairs.length; i++) {
                int before = k - (int) (pairs[i] / step);
                if (before >= 0 && count[before] != Integer.MAX_VALUE && count[before] + 1 < count[k]) {
                    count[k] = count[before] + 1;
                    last[k] = i;
                }
            }
        }
        int below = (int) (added / step);
        while (count[below] == Integer.MAX_VALUE) {
            below--;
        }
        int above = (int) ((added + step - 1) / step);
        while (above <= top && count[above] == Integer.MAX_VALUE) {
            above++;
        }
        int chosen = above <= top && above * step - added < added - below * step ? above : below;
        List<Weight> perSide = new ArrayList<>();
        for (int k = chosen; k > 0; k -= (int) (pairs[last[k]] / step)) {
            perSide.add(plates.get(last[k]));
        }
        perSide.sort(Comparator.reverseOrder());
        Weight loaded = new Weight(BigDecimal.valueOf(bar + chosen * step).divide(THOUSAND), unit());
        return new PlateLoading(target, loaded, perSide);
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
