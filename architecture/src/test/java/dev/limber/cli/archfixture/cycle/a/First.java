package dev.limber.cli.archfixture.cycle.a;

import dev.limber.cli.archfixture.cycle.b.Second;

/** Half of a package cycle, on purpose. Test fixture only. */
public class First {
    public Second second;
}
