package dev.limber.formats.card;

import dev.limber.domain.card.CardLine;
import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.timing.Durations;

/**
 * Renders a routine card as a printable HTML page on A6 sheets (105 × 148 mm, the size of a large
 * index card) with small type, to stick on a gym bag. The page size is written in millimetres:
 * Chromium does not know the {@code A6} keyword and printed Letter pages with it. Nothing is ever cut off: a session that
 * does not fit one sheet flows onto the next, and each session starts a sheet of its own. Every
 * sheet is headed with the program and the session: each session is a table whose header row
 * the browser repeats at the top of every printed page the table spans. On screen it shows each
 * session as a card.
 */
final class HtmlCard implements CardLine.Visitor<String> {
    static final String PRINT_CSS = String.join(
            "\n",
            "@page { size: 105mm 148mm; margin: 5mm; }",
            "* { box-sizing: border-box; }",
            "html { font: 7.5pt/1.2 \"Helvetica Neue\", Arial, sans-serif; color: #000; }",
            "body { margin: 0; }",
            ".card { width: 95mm; margin: 0 auto; }",
            "h1 { font-size: 11pt; margin: 0 0 1mm; }",
            "h2 { font-size: 9pt; margin: 0 0 0.5mm; border-bottom: 0.2mm solid #000; }",
            "h3 { font-size: 8pt; margin: 1.5mm 0 0.5mm; text-transform: uppercase; letter-spacing: 0.03em; }",
            "p, ul { margin: 0 0 0.8mm; }",
            "table.session { width: 100%; border-collapse: collapse; margin-top: 2mm; }",
            "table.session th { text-align: left; font-weight: normal; padding: 0 0 0.5mm; }",
            "table.session td { padding: 0; vertical-align: top; }",
            "table.session tr { break-inside: avoid; page-break-inside: avoid; }",
            "table.session tr.heading { break-after: avoid; page-break-after: avoid; }",
            ".program { font-size: 7pt; }",
            ".total { font-weight: bold; }",
            ".note { font-style: italic; }",
            ".step { margin: 0 0 0.6mm; }",
            ".step p { margin: 0; }",
            ".step.in-circuit { margin-left: 3mm; }",
            ".step .start, .step .ramp-up, .step ul { margin: 0 0 0 4mm; }",
            ".step ul { padding-left: 3mm; }",
            ".dose { font-weight: bold; }",
            ".cue, .start, .ramp-up { color: #333; }",
            ".caution { border-left: 0.6mm solid #000; padding-left: 1.5mm; }",
            "@media screen { body { background: #eee; padding: 8mm; }",
            "  .card { background: #fff; width: 105mm; min-height: 148mm; padding: 5mm;",
            "          box-shadow: 0 0 2mm rgba(0,0,0,.3); } }",
            "@media print { table.session + table.session { break-before: page; page-break-before: always; } }");

    String render(RoutineCard card) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(card.title()))
                .append("</title>\n")
                .append("<style>\n")
                .append(PRINT_CSS)
                .append("\n</style>\n</head>\n<body>\n<main class=\"card\">\n");
        boolean inSession = false;
        for (CardLine line : card.lines()) {
            String text = line.accept(this);
            if (line instanceof CardLine.SessionHeading) {
                if (inSession) {
                    html.append("</tbody>\n</table>\n");
                }
                html.append("<table class=\"session\">\n<thead><tr><th>")
                        .append(running(card, (CardLine.SessionHeading) line, text))
                        .append("</th></tr></thead>\n<tbody>\n");
                inSession = true;
            } else if (inSession) {
                // One row a line: rows are where a session may flow onto the next sheet, never
                // right after a phase's or a circuit's heading.
                boolean heading = line instanceof CardLine.PhaseHeading || line instanceof CardLine.CircuitHeading;
                html.append(heading ? "<tr class=\"heading\"><td>" : "<tr><td>")
                        .append(text)
                        .append("</td></tr>\n");
            } else {
                html.append(text).append('\n');
            }
        }
        if (inSession) {
            html.append("</tbody>\n</table>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** The header of every sheet of a session: the program (when the card is one's) and the session. */
    private static String running(RoutineCard card, CardLine.SessionHeading session, String heading) {
        return card.title().equals(session.name())
                ? heading
                : "<span class=\"program\">" + escape(card.title()) + "</span>\n" + heading;
    }

    @Override
    public String title(CardLine.Title line) {
        return "<h1>" + escape(line.text()) + "</h1>\n<p class=\"total\">Total: " + escape(TextCard.total(line))
                + "</p>";
    }

    @Override
    public String note(CardLine.Note line) {
        return "<p class=\"note\">" + escape(line.text()) + "</p>";
    }

    @Override
    public String session(CardLine.SessionHeading line) {
        String days = TextCard.days(line.days());
        return "<h2>" + escape(line.name()) + (days.isEmpty() ? "" : " · " + days) + " · "
                + escape(line.total().words()) + "</h2>";
    }

    @Override
    public String phase(CardLine.PhaseHeading line) {
        return "<h3>" + escape(line.phase().externalName()) + " · "
                + escape(line.length().words()) + "</h3>";
    }

    @Override
    public String circuit(CardLine.CircuitHeading line) {
        String rest = line.restBetweenRounds().isZero()
                ? ""
                : ", " + Durations.human(line.restBetweenRounds()) + " rest between rounds";
        return "<p class=\"circuit\"><strong>" + escape(line.number()) + ". " + escape(line.name()) + "</strong> · "
                + line.rounds() + " rounds" + rest + " (" + escape(line.length().words()) + ")</p>";
    }

    @Override
    public String step(CardLine.StepLine line) {
        StringBuilder text = new StringBuilder("<div class=\"step")
                .append(line.inCircuit() ? " in-circuit" : "")
                .append("\">\n<p>")
                .append(escape(line.number()))
                .append(". ")
                .append(escape(line.name()))
                .append(" · <span class=\"dose\">")
                .append(escape(line.dose()))
                .append(line.source() == DoseSource.CATALOG ? escape(RoutineCard.CATALOG_MARK) : "")
                .append("</span>");
        if (line.note() != null) {
            text.append(" <span class=\"note\">(").append(escape(line.note())).append(")</span>");
        }
        text.append("</p>\n");
        if (!line.rampUp().isEmpty()) {
            text.append("<p class=\"ramp-up\"><em>")
                    .append(TextCard.RAMP_UP)
                    .append("</em> ")
                    .append(escape(TextCard.rampUp(line)))
                    .append("</p>\n");
        }
        if (line.startingPosition() != null) {
            text.append("<p class=\"start\"><em>")
                    .append(TextCard.STARTING_POSITION)
                    .append("</em> ")
                    .append(escape(line.startingPosition()))
                    .append("</p>\n");
        }
        if (!line.cues().isEmpty()) {
            text.append("<ul>");
            for (String cue : line.cues()) {
                text.append("<li class=\"cue\">").append(escape(cue)).append("</li>");
            }
            text.append("</ul>\n");
        }
        return text.append("</div>").toString();
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
