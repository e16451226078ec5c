package dev.limber.domain.program;

import dev.limber.domain.Named;
import java.math.BigDecimal;

/** The unit a distance is written in. A mile is exactly 1609.344 m. */
public enum DistanceUnit implements Named {
    M("m", BigDecimal.ONE),
    KM("km", BigDecimal.valueOf(1000)),
    MI("mi", new BigDecimal("1609.344"));

    private final String externalName;
    private final BigDecimal metres;

    DistanceUnit(String externalName, BigDecimal metres) {
        this.externalName = externalName;
        this.metres = metres;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    /** How many metres one of this unit is. */
    public BigDecimal metres() {
        return metres;
    }
}
