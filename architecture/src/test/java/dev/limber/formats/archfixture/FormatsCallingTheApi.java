package dev.limber.formats.archfixture;

import dev.limber.api.Application;

/** Breaks the shared adapter's wall on purpose. Test fixture only. */
public class FormatsCallingTheApi {
    public void start() {
        Application.main(new String[0]);
    }
}
