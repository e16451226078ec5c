package dev.limber.cli.archfixture;

import dev.limber.api.Application;
import io.micronaut.http.annotation.Controller;

/** Breaks the CLI's rules on purpose: System.out, a controller, and the API. Test fixture only. */
@Controller("/stray")
public class CliPrintingAndServing {
    public void print() {
        System.out.println("stray");
        Application.main(new String[0]);
    }
}
