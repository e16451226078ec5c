package dev.limber.formats.archfixture;

import dev.limber.domain.guard.Checks;

/** Validates a tag with the domain's unexported guards instead of the program's rule, on purpose. Test fixture only. */
public class FormatsUsingDomainGuards {
    public String tag(String text) {
        return Checks.slug("tag", text);
    }
}
