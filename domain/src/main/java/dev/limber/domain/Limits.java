package dev.limber.domain;

import java.time.Duration;

/**
 * Every upper bound of the model, in one place: the records refuse a value beyond one in their
 * constructors, so a document, a request body and the store all meet the same limits, and a
 * stored value always reads back. The bounds catch typos and hostile input (30 h of rest, 50,000
 * cues, a 5 MB name) rather than limit real training; the database's columns are at least as
 * wide (persistence's tests check each against its column). Lengths count Java characters
 * (UTF-16 code units), so a text within a limit is within a column of as many characters on
 * either database. {@code docs/document-format.md} lists them for users.
 */
public final class Limits {
    /** Ids and tags: lowercase slugs. */
    public static final int SLUG = 100;

    /** Names: of exercises, programs, sessions and circuits. One line. */
    public static final int NAME = 200;

    /** An item of an exercise's equipment. One line. */
    public static final int EQUIPMENT = 100;

    /** A source's origin, original id and licence. One line each. */
    public static final int SOURCE_TEXT = 200;

    /** An exercise's starting position and caution; a cue or a variation; a step's note. */
    public static final int PARAGRAPH = 1000;

    /** A program's description. */
    public static final int DESCRIPTION = 2000;

    /** The text a catalog search looks for: longer than any name cannot match one. */
    public static final int SEARCH_TEXT = NAME;

    /** Cues of one exercise (the free-exercise-db dataset has at most 24). */
    public static final int CUES = 50;

    /** Variations of one exercise. */
    public static final int VARIATIONS = 50;

    /** Tags of one program. */
    public static final int TAGS = 20;

    /** Sessions of one program: a week a day for three months and more. */
    public static final int SESSIONS = 100;

    /** Phases of one session. */
    public static final int PHASES = 10;

    /** Steps of one phase (a circuit counts as one). */
    public static final int STEPS = 50;

    /** Exercise steps of one circuit. */
    public static final int CIRCUIT_STEPS = 20;

    /** Exercise steps of one program in all, circuits' steps counted once each. */
    public static final int PROGRAM_STEPS = 2000;

    /** The work of one set: at most this long. */
    public static final Duration WORK = Duration.ofHours(4);

    /** Rest between sets, and between a circuit's rounds. */
    public static final Duration REST = Duration.ofHours(1);

    /** How long each counted rep is held. */
    public static final Duration HOLD = Duration.ofMinutes(10);

    /** A guided timer's pauses: switching sides, the get-ready countdown. */
    public static final Duration TIMER_PAUSE = Duration.ofMinutes(10);

    /**
     * An exercise's description: its instructions, which may span lines (free-exercise-db's
     * longest instructions, one line a step, are 3,214 characters).
     */
    public static final int EXERCISE_DESCRIPTION = 4000;

    /** Other names of one exercise, each one line of at most {@link #NAME} characters. */
    public static final int ALIASES = 20;

    /** A source's author: the people to credit (wger's {@code license_author}). One line. */
    public static final int SOURCE_AUTHOR = 500;

    /** A source's URL, http or https. */
    public static final int SOURCE_URL = 2000;

    /** Items of one exercise's equipment (wger lists at most a handful). */
    public static final int EQUIPMENT_ITEMS = 20;

    /** Images and videos of one exercise (free-exercise-db has two, wger a few). */
    public static final int MEDIA = 20;

    /** A media reference: an http(s) URL or a dataset-relative path. One line. */
    public static final int MEDIA_REFERENCE = 2000;

    private Limits() {}

    /** A limit as messages say it: {@code 1 h}, {@code 10 min}, {@code 90 s}. */
    public static String words(Duration limit) {
        long seconds = limit.getSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
