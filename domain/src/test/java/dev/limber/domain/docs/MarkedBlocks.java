package dev.limber.domain.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced blocks of a Markdown page that carry a marker, an HTML comment on the line before the
 * fence ({@code <!-- runnable -->}, {@code <!-- output -->}), which readers never see. The doc tests
 * of every module read pages through this one parser, so the markers mean the same everywhere
 * (docs/testing.md lists them). A marker may carry settings, {@code <!-- runnable exit=1 -->}.
 */
public final class MarkedBlocks {
    /** The marker of a block the build runs. */
    public static final String RUNNABLE = "runnable";
    /** The marker of a block that shows what the runnable block before it prints. */
    public static final String OUTPUT = "output";

    private static final Pattern MARKER = Pattern.compile("^<!--\\s*([a-z-]+)((?:\\s+[a-z-]+=\\S+)*)\\s*-->\\s*$");

    private MarkedBlocks() {}

    /**
     * A marked block.
     *
     * @param marker   the word of the comment before it
     * @param settings its {@code name=value} settings, e.g. {@code exit=1}
     * @param language the fence's info string ({@code java}, {@code bash}, empty when none)
     * @param text     the lines between the fences, each ending with a line break
     * @param line     the line of the opening fence, from 1, for messages
     */
    public record Block(String marker, Map<String, String> settings, String language, String text, int line) {
        /** Where it is, for a failure message: {@code docs/cli.md:42}. */
        public String place(Path page) {
            return page.getFileName() + ":" + line;
        }
    }

    /**
     * Whether {@code actual} is the text a page shows, where a line holding only {@code …} (or
     * {@code ...}) stands for any number of lines, and {@code …} within a line for any text. A
     * missing line break at the end of {@code actual}, or CRLF for LF, is no difference.
     */
    public static boolean matches(String shown, String actual) {
        // HTTP headers end their lines with CRLF; output without a final line break (curl printing
        // a JSON body) shows as a line of its own.
        if (actual.contains("\r\n")) {
            return matches(shown, actual.replace("\r\n", "\n"));
        }
        if (!actual.isEmpty() && !actual.endsWith("\n")) {
            return matches(shown, actual + "\n");
        }
        StringBuilder pattern = new StringBuilder();
        String[] lines = shown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.equals("…") || line.equals("...")) {
                pattern.append("(?:[^\n]*\n)*?");
                continue;
            }
            String[] parts = line.split("…", -1);
            for (int j = 0; j < parts.length; j++) {
                pattern.append(Pattern.quote(parts[j]));
                if (j < parts.length - 1) {
                    pattern.append("[^\n]*?");
                }
            }
            if (i < lines.length - 1) {
                pattern.append("\n");
            }
        }
        return Pattern.compile(pattern.toString()).matcher(actual).matches();
    }

    /** The page of docs/ named {@code name}, found from a module's folder or the repository's. */
    public static Path page(String name) {
        for (Path candidate : List.of(Path.of("..", "docs", name), Path.of("docs", name))) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException(
                "docs/" + name + " not found from " + Path.of("").toAbsolutePath());
    }

    /** Every marked block of the page, in order. An unclosed fence after a marker fails. */
    public static List<Block> of(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).trim());
            if (!marker.matches()) {
                continue;
            }
            int fence = i + 1;
            if (fence >= lines.size() || !lines.get(fence).startsWith("```")) {
                throw new IllegalStateException(
                        page.getFileName() + ":" + (i + 1) + ": a marker must be followed by a fenced block");
            }
            StringBuilder text = new StringBuilder();
            int end = fence + 1;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                text.append(lines.get(end)).append('\n');
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalStateException(page.getFileName() + ":" + (fence + 1) + ": the block is never closed");
            }
            String language = lines.get(fence).substring(3).trim();
            Map<String, String> settings = new LinkedHashMap<>();
            for (String setting : marker.group(2).trim().split("\\s+")) {
                if (!setting.isEmpty()) {
                    settings.put(
                            setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
                }
            }
            blocks.add(new Block(marker.group(1), Map.copyOf(settings), language, text.toString(), fence + 1));
            i = end;
        }
        return blocks;
    }
}
