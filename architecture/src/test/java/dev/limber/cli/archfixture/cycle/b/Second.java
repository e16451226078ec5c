package dev.limber.cli.archfixture.cycle.b;

import dev.limber.cli.archfixture.cycle.a.First;

/** The other half of a package cycle, on purpose. Test fixture only. */
public class Second {
    public First first;
}
