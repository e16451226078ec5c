package dev.limber.formats.document;

import dev.limber.domain.Quote;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Sits between snakeyaml-engine's parser and its composer and watches every event: it stops a
 * document that nests deeper than the limit before the (recursive) composer can overflow the
 * stack, remembers where it is for errors that carry no position, and for JSON files reports
 * what YAML accepts but JSON does not (unquoted strings, single quotes, block style, anchors,
 * aliases and tags).
 */
final class GuardedParser implements Parser {

    /** A limit was passed; the document cannot be read further. */
    static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Optional<Mark> mark;

        LimitExceeded(String message, Optional<Mark> mark) {
            super(message, null, false, false);
            this.mark = mark;
        }

        Optional<Mark> mark() {
            return mark;
        }
    }

    private final Parser delegate;
    private final int maxDepth;
    private final boolean strictJson;
    private final ScalarResolver resolver;
    private final Problems problems;
    private int depth;
    private Optional<Mark> lastMark = Optional.empty();
    private boolean blockStyleReported;

    GuardedParser(Parser delegate, int maxDepth, boolean strictJson, ScalarResolver resolver, Problems problems) {
        this.delegate = delegate;
        this.maxDepth = maxDepth;
        this.strictJson = strictJson;
        this.resolver = resolver;
        this.problems = problems;
    }

    /** Where the last event started: the best place to blame for an error without a position. */
    Optional<Mark> lastMark() {
        return lastMark;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return delegate.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return delegate.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }

    @Override
    public Event next() {
        Event event = delegate.next();
        if (event.getStartMark().isPresent()) {
            lastMark = event.getStartMark();
        }
        Event.ID id = event.getEventId();
        if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
            depth++;
            if (depth > maxDepth) {
                throw new LimitExceeded(
                        "nests lists and objects deeper than the limit of " + maxDepth + " levels",
                        event.getStartMark());
            }
        } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
            depth--;
        }
        if (strictJson) {
            checkJson(event);
        }
        return event;
    }

    private void checkJson(Event event) {
        if (event instanceof AliasEvent) {
            notJson(event, "a YAML alias (*name)");
            return;
        }
        if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
            notJson(event, "a YAML anchor (&name)");
        }
        if (event instanceof CollectionStartEvent collection) {
            if (collection.getTag().isPresent()) {
                notJson(event, "a YAML tag");
            }
            if (!collection.isFlow() && !blockStyleReported) {
                blockStyleReported = true;
                notJson(event, "YAML block style (JSON writes objects in { } and lists in [ ])");
            }
        } else if (event instanceof ScalarEvent scalar) {
            if (scalar.getTag().isPresent()) {
                notJson(event, "a YAML tag");
            } else if (scalar.isPlain()) {
                if (resolver.resolve(scalar.getValue(), true).equals(Tag.STR)) {
                    notJson(
                            event,
                            "the unquoted text " + shorten(scalar.getValue()) + " (JSON strings are in double quotes)");
                }
            } else if (!scalar.isDQuoted()) {
                notJson(event, "a string not in double quotes");
            }
        }
    }

    private void notJson(Event event, String what) {
        problems.add(
                event.getStartMark(),
                "",
                "not JSON: found " + what + "; name the file .yaml to use YAML, or write strict JSON");
    }

    private static String shorten(String text) {
        return Quote.single(text);
    }
}
