package dev.limber.domain.query;

import dev.limber.domain.guard.Checks;
import java.util.Optional;

/** A filter over programs by tag, sorted by name. */
public record ProgramQuery(String tag, PageRequest page) {
    public ProgramQuery {
        tag = tag == null || tag.isBlank() ? null : Checks.slug("tag", tag.strip());
        Checks.required("page", page);
    }

    public Optional<String> tagFilter() {
        return Optional.ofNullable(tag);
    }
}
