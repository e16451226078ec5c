package dev.limber.formats.card;

import dev.limber.domain.card.CardLine;
import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.timing.Durations;

/**
 * Renders a routine card as a printable HTML page: one A6 sheet (105 × 148 mm, the size of a
 * large index card) with small type, to stick on a gym bag. On screen it shows the card's outline.
 */
final class HtmlCard implements CardLine.Visitor<String> {
    static final String PRINT_CSS = String.join(
            "\n",
            "@page { size: A6 portrait; margin: 5mm; }",
            "* { box-sizing: border-box; }",
            "html { font: 7.5pt/1.2 \"Helvetica Neue\", Arial, sans-serif; color: #000; }",
            "body { margin: 0; }",
            ".card { width: 95mm; max-height: 138mm; overflow: hidden; margin: 0 auto; }",
            "h1 { font-size: 11pt; margin: 0 0 1mm; }",
            "h2 { font-size: 9pt; margin: 2mm 0 0.5mm; border-bottom: 0.2mm solid #000; }",
            "h3 { font-size: 8pt; margin: 1.5mm 0 0.5mm; text-transform: uppercase; letter-spacing: 0.03em; }",
            "p { margin: 0 0 0.8mm; }",
            ".total { font-weight: bold; }",
            ".note { font-style: italic; }",
            ".step { margin: 0 0 0.4mm; padding-left: 4mm; text-indent: -4mm; }",
            ".step.in-circuit { margin-left: 3mm; }",
            ".dose { font-weight: bold; }",
            ".cue { color: #333; }",
            ".caution { border-left: 0.6mm solid #000; padding-left: 1.5mm; }",
            "@media screen { body { background: #eee; padding: 8mm; }",
            "  .card { background: #fff; width: 105mm; min-height: 148mm; max-height: none; padding: 5mm;",
            "          box-shadow: 0 0 2mm rgba(0,0,0,.3); } }",
            "@media print { .card { break-inside: avoid; page-break-inside: avoid; } }");

    String render(RoutineCard card) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(card.title()))
                .append("</title>\n")
                .append("<style>\n")
                .append(PRINT_CSS)
                .append("\n</style>\n</head>\n<body>\n<article class=\"card\">\n");
        for (CardLine line : card.lines()) {
            html.append(line.accept(this)).append('\n');
        }
        return html.append("</article>\n</body>\n</html>\n").toString();
    }

    @Override
    public String title(CardLine.Title line) {
        return "<h1>" + escape(line.text()) + "</h1>\n<p class=\"total\">Total: " + TextCard.total(line) + "</p>";
    }

    @Override
    public String note(CardLine.Note line) {
        return "<p class=\"note\">" + escape(line.text()) + "</p>";
    }

    @Override
    public String session(CardLine.SessionHeading line) {
        String days = TextCard.days(line.days());
        return "<h2>" + escape(line.name()) + (days.isEmpty() ? "" : " · " + days) + " · "
                + Durations.human(line.total()) + "</h2>";
    }

    @Override
    public String phase(CardLine.PhaseHeading line) {
        return "<h3>" + escape(line.phase().externalName()) + " · " + Durations.human(line.length()) + "</h3>";
    }

    @Override
    public String circuit(CardLine.CircuitHeading line) {
        String rest = line.restBetweenRounds().isZero()
                ? ""
                : ", " + Durations.human(line.restBetweenRounds()) + " rest between rounds";
        return "<p class=\"circuit\"><strong>" + escape(line.number()) + ". " + escape(line.name()) + "</strong> · "
                + line.rounds() + " rounds" + rest + " (" + Durations.human(line.length()) + ")</p>";
    }

    @Override
    public String step(CardLine.StepLine line) {
        StringBuilder text = new StringBuilder("<p class=\"step")
                .append(line.inCircuit() ? " in-circuit" : "")
                .append("\">")
                .append(escape(line.number()))
                .append(". ")
                .append(escape(line.name()))
                .append(" · <span class=\"dose\">")
                .append(escape(line.dose()))
                .append(line.source() == DoseSource.CATALOG ? "*" : "")
                .append("</span>");
        if (line.keyCue() != null) {
            text.append(" · <span class=\"cue\">").append(escape(line.keyCue())).append("</span>");
        }
        if (line.note() != null) {
            text.append(" <span class=\"note\">(").append(escape(line.note())).append(")</span>");
        }
        return text.append("</p>").toString();
    }

    @Override
    public String caution(CardLine.Caution line) {
        return "<p class=\"caution\"><strong>" + escape(line.name()) + ":</strong> " + escape(line.text()) + "</p>";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                escaped.append("&lt;");
            } else if (c == '>') {
                escaped.append("&gt;");
            } else if (c == '&') {
                escaped.append("&amp;");
            } else if (c == '"') {
                escaped.append("&quot;");
            } else if (c == '\'') {
                escaped.append("&#39;");
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
