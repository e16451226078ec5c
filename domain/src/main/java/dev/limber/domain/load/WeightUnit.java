package dev.limber.domain.load;

import dev.limber.domain.Named;
import java.math.BigDecimal;

/** The unit a weight is written in. A pound is exactly 0.45359237 kg. */
public enum WeightUnit implements Named {
    KG("kg", BigDecimal.ONE),
    LB("lb", new BigDecimal("0.45359237"));

    private final String externalName;
    private final BigDecimal kilograms;

    WeightUnit(String externalName, BigDecimal kilograms) {
        this.externalName = externalName;
        this.kilograms = kilograms;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    /** How many kilograms one of this unit is. */
    BigDecimal kilograms() {
        return kilograms;
    }

    public static WeightUnit parse(String text) {
        return Named.parse(WeightUnit.class, "unit", text);
    }
}
