package dev.limber.formats.document;

import dev.limber.domain.catalog.Catalog;
import java.util.Objects;

/**
 * What a reader made of one or more documents: the catalog, and a locator that places a JSON
 * pointer into that catalog (as later checks report them) back in the files it came from.
 */
public record ParsedDocument(Catalog catalog, Locator locator) {
    public ParsedDocument {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(locator, "locator");
    }
}
