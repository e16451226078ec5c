package dev.limber.formats.card;

import dev.limber.domain.card.CardLine;
import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.timing.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a card as Markdown, for a README, a wiki page or a chat message. */
final class MarkdownCard implements CardLine.Visitor<String> {

    String render(RoutineCard card) {
        List<String> blocks = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (CardLine line : card.lines()) {
            String text = line.accept(this);
            if (line instanceof CardLine.StepLine) {
                list.append(text).append('\n');
                continue;
            }
            if (list.length() > 0) {
                blocks.add(list.toString().stripTrailing());
                list.setLength(0);
            }
            blocks.add(text);
        }
        if (list.length() > 0) {
            blocks.add(list.toString().stripTrailing());
        }
        return String.join("\n\n", blocks) + "\n";
    }

    @Override
    public String title(CardLine.Title line) {
        return "# " + escape(line.text()) + "\n\n**Total: " + TextCard.total(line) + "**";
    }

    @Override
    public String note(CardLine.Note line) {
        return "_" + escape(line.text()) + "_";
    }

    @Override
    public String session(CardLine.SessionHeading line) {
        String days = TextCard.days(line.days());
        return "## " + escape(line.name()) + (days.isEmpty() ? "" : " — " + days) + " — "
                + line.total().words();
    }

    @Override
    public String phase(CardLine.PhaseHeading line) {
        String name = line.phase().externalName();
        return "### " + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) + " — "
                + line.length().words();
    }

    @Override
    public String circuit(CardLine.CircuitHeading line) {
        String rest = line.restBetweenRounds().isZero()
                ? ""
                : ", " + Durations.human(line.restBetweenRounds()) + " rest between rounds";
        return "**" + line.number() + ". " + escape(line.name()) + "** — " + line.rounds() + " rounds" + rest + " ("
                + line.length().words() + ")";
    }

    @Override
    public String step(CardLine.StepLine line) {
        String indent = line.inCircuit() ? "  " : "";
        StringBuilder text = new StringBuilder(indent + "- ");
        text.append("**")
                .append(line.number())
                .append(". ")
                .append(escape(line.name()))
                .append("** — ")
                .append(escape(line.dose()));
        if (line.source() == DoseSource.CATALOG) {
            text.append("\\").append(RoutineCard.CATALOG_MARK);
        }
        if (line.note() != null) {
            text.append(" (").append(escape(line.note())).append(')');
        }
        if (!line.rampUp().isEmpty()) {
            text.append('\n')
                    .append(indent)
                    .append("  - _")
                    .append(TextCard.RAMP_UP)
                    .append("_ ")
                    .append(escape(TextCard.rampUp(line)));
        }
        // Where to start and every cue, as a list under the step.
        if (line.startingPosition() != null) {
            text.append('\n')
                    .append(indent)
                    .append("  - _")
                    .append(TextCard.STARTING_POSITION)
                    .append("_ ")
                    .append(escape(line.startingPosition()));
        }
        for (String cue : line.cues()) {
            text.append('\n').append(indent).append("  - ").append(escape(cue));
        }
        return text.toString();
    }

    @Override
    public String caution(CardLine.Caution line) {
        return "> **Caution — " + escape(line.name()) + ":** " + escape(line.text());
    }

    /** Keeps names and cues literal: no accidental emphasis, code or links. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
