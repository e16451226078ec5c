package dev.limber.cli.routine;

import dev.limber.domain.card.CardLine;
import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.timing.Durations;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A routine card as a small self-contained HTML page, sized to print on one A6 card or half a
 * sheet: print CSS hides nothing but sets the page size, margins and black-on-white text.
 */
final class HtmlCard implements CardLine.Visitor<String> {
    private static final String STYLE = """
            body { font: 11pt/1.35 system-ui, sans-serif; max-width: 32em; margin: 1.5em auto; color: #111; }
            h1 { font-size: 1.4em; margin: 0 0 .2em; } h2 { font-size: 1.15em; margin: 1em 0 .2em; }
            h3 { font-size: 1em; margin: .8em 0 .2em; text-transform: capitalize; }
            .total { font-weight: bold; margin: 0 0 .6em; } .note { font-style: italic; }
            ol, ul { margin: .2em 0; padding-left: 1.6em; } li { margin: .15em 0; }
            .cue { color: #444; } .caution { border-left: 3px solid #b00; padding-left: .6em; }
            @media print {
              @page { size: A6; margin: 8mm; }
              body { margin: 0; max-width: none; font-size: 9pt; color: #000; }
              .cue { color: #000; } h2, h3 { break-after: avoid; } li { break-inside: avoid; }
            }
            """;

    String render(RoutineCard card) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(card.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        boolean inList = false;
        for (CardLine line : card.lines()) {
            boolean step = line instanceof CardLine.StepLine;
            if (step && !inList) {
                html.append("<ul>\n");
                inList = true;
            } else if (!step && inList) {
                html.append("</ul>\n");
                inList = false;
            }
            html.append(line.accept(this)).append('\n');
        }
        if (inList) {
            html.append("</ul>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    @Override
    public String title(CardLine.Title line) {
        return "<h1>" + escape(line.text()) + "</h1>\n<p class=\"total\">Total: " + Durations.human(line.total())
                + (line.sessions() > 1 ? " in " + line.sessions() + " sessions" : "") + "</p>";
    }

    @Override
    public String note(CardLine.Note line) {
        return "<p class=\"note\">" + escape(line.text()) + "</p>";
    }

    @Override
    public String session(CardLine.SessionHeading line) {
        String days = days(line.days());
        return "<h2>" + escape(line.name()) + (days.isEmpty() ? "" : " — " + days) + " — "
                + Durations.human(line.total()) + "</h2>";
    }

    @Override
    public String phase(CardLine.PhaseHeading line) {
        return "<h3>" + escape(line.phase().externalName()) + " — " + Durations.human(line.length()) + "</h3>";
    }

    @Override
    public String circuit(CardLine.CircuitHeading line) {
        String rest = line.restBetweenRounds().isZero() ? ""
                : ", " + Durations.human(line.restBetweenRounds()) + " rest between rounds";
        return "<p><strong>" + escape(line.number()) + ". " + escape(line.name()) + "</strong> — " + line.rounds()
                + " rounds" + rest + " (" + Durations.human(line.length()) + ")</p>";
    }

    @Override
    public String step(CardLine.StepLine line) {
        StringBuilder li = new StringBuilder(line.inCircuit() ? "<li class=\"in-circuit\">" : "<li>");
        li.append("<strong>").append(escape(line.number())).append(". ").append(escape(line.name()))
                .append("</strong> — ").append(escape(line.dose()));
        if (line.source() == DoseSource.CATALOG) {
            li.append("*");
        }
        if (line.keyCue() != null) {
            li.append(" <span class=\"cue\">— ").append(escape(line.keyCue())).append("</span>");
        }
        if (line.note() != null) {
            li.append(" <em>(").append(escape(line.note())).append(")</em>");
        }
        return li.append("</li>").toString();
    }

    @Override
    public String caution(CardLine.Caution line) {
        return "<p class=\"caution\"><strong>Caution — " + escape(line.name()) + ":</strong> "
                + escape(line.text()) + "</p>";
    }

    private static String days(List<DayOfWeek> days) {
        return days.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(", "));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
