package dev.limber.persistence.archfixture;

import dev.limber.cli.Limber;

/** Breaks the adapter wall on purpose: persistence reaching the CLI. Test fixture only. */
public class PersistenceCallingTheCli {
    public Object cli() {
        return Limber.commandLine();
    }
}
