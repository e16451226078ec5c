package dev.limber.document.archfixture;

import dev.limber.api.Application;

/** Breaks the shared adapter's wall on purpose. Test fixture only. */
public class DocumentCallingTheApi {
    public void start() {
        Application.main(new String[0]);
    }
}
