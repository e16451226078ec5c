package dev.limber.cli.archfixture;

import com.fasterxml.jackson.core.JsonFactory;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Parses YAML and JSON itself instead of through formats, on purpose. Test fixture only. */
public class CliParsingDocuments {
    public JsonFactory json;
    public LoadSettings yaml;
}
