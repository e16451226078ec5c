package dev.limber.formats.card;

import dev.limber.domain.card.CardLine;
import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.RampUpSets;
import dev.limber.domain.timing.Durations;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Renders a card as plain text wrapped to a width: what gets printed and stuck on a bag. */
final class TextCard implements CardLine.Visitor<List<String>> {
    /** What comes before a starting position: every rendering's word. */
    static final String STARTING_POSITION = "Start:";
    /** Before a lift's ramp-up sets, in every rendering. */
    static final String RAMP_UP = "Ramp-up first:";

    private static final Pattern UNIT = Pattern.compile("(s|min|h)[,.*)]?");
    private final int width;

    TextCard(int width) {
        this.width = width;
    }

    String render(RoutineCard card) {
        List<String> out = new ArrayList<>();
        for (CardLine line : card.lines()) {
            out.addAll(line.accept(this));
        }
        return String.join("\n", out) + "\n";
    }

    @Override
    public List<String> title(CardLine.Title line) {
        List<String> out = wrap(line.text().toUpperCase(Locale.ROOT), "", "");
        out.add("Total " + total(line));
        return out;
    }

    @Override
    public List<String> note(CardLine.Note line) {
        return wrap(line.text(), "", "");
    }

    @Override
    public List<String> session(CardLine.SessionHeading line) {
        List<String> out = new ArrayList<>();
        out.add("=".repeat(width));
        String days = days(line.days());
        out.addAll(wrap(
                line.name() + (days.isEmpty() ? "" : " · " + days) + " · "
                        + line.total().words(),
                "",
                ""));
        return out;
    }

    @Override
    public List<String> phase(CardLine.PhaseHeading line) {
        return List.of("-- " + line.phase().externalName().toUpperCase(Locale.ROOT) + " · "
                + line.length().words() + " --");
    }

    @Override
    public List<String> circuit(CardLine.CircuitHeading line) {
        String rest =
                line.restBetweenRounds().isZero() ? "" : ", " + Durations.human(line.restBetweenRounds()) + " rest";
        return wrap(
                line.number() + ". " + line.name() + ": " + line.rounds() + " rounds" + rest + " ("
                        + line.length().words() + ")",
                "",
                "   ");
    }

    @Override
    public List<String> step(CardLine.StepLine line) {
        String indent = line.inCircuit() ? "   " : "";
        String body = indent + " ".repeat(line.number().length() + 2);
        String mark = line.source() == DoseSource.CATALOG ? RoutineCard.CATALOG_MARK : "";
        List<String> out = wrap(line.name() + ": " + line.dose() + mark, indent + line.number() + ". ", body);
        if (!line.rampUp().isEmpty()) {
            out.addAll(wrap(RAMP_UP + " " + rampUp(line), body, body + "  "));
        }
        if (line.startingPosition() != null) {
            out.addAll(wrap(STARTING_POSITION + " " + line.startingPosition(), body, body + "  "));
        }
        // Each cue a bullet, its wrapped lines under its text, so two cues never read as one.
        for (String cue : line.cues()) {
            out.addAll(wrap(cue, body + "- ", body + "  "));
        }
        if (line.note() != null) {
            out.addAll(wrap("(" + line.note() + ")", body, body));
        }
        return out;
    }

    @Override
    public List<String> caution(CardLine.Caution line) {
        return wrap(line.name() + ": " + line.text(), "! ", "  ");
    }

    /** The card's total time, and over how many sessions when more than one: every rendering's words. */
    static String total(CardLine.Title line) {
        return line.total().words() + (line.sessions() > 1 ? " in " + line.sessions() + " sessions" : "");
    }

    /** The ramp-up sets in order, one sentence: every rendering's words. */
    static String rampUp(CardLine.StepLine line) {
        return String.join("; ", line.rampUp()) + "; rest " + Durations.human(RampUpSets.REST) + " after each";
    }

    /** The training days, short English names: every rendering's words. */
    static String days(List<DayOfWeek> days) {
        List<String> names = new ArrayList<>();
        days.forEach(d -> names.add(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
        return String.join(", ", names);
    }

    /**
     * Words, with a unit kept on its number's line ({@code 30 s}, {@code 1 min}) and the estimate
     * mark on its number's ({@code ≈ 27 min}).
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            boolean unit = UNIT.matcher(word).matches();
            boolean afterMark = !words.isEmpty() && words.get(words.size() - 1).endsWith(RoutineCard.ESTIMATE_MARK);
            if ((unit || afterMark) && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + " " + word);
            } else {
                words.add(word);
            }
        }
        return words;
    }

    /** Greedy word wrap: the first line starts with {@code first}, the others with {@code rest}. */
    private List<String> wrap(String text, String first, String rest) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : words(text)) {
            if (!empty && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.add(line.toString());
        return out;
    }
}
