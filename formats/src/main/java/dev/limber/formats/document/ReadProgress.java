package dev.limber.formats.document;

/**
 * How far a read of document files has come, for a progress display: first the syntax of every
 * file (in bytes), then the checking of every exercise and program found. Calls come on the
 * reading thread, in that order ({@link FreeExerciseDbReader} goes through both for each file it
 * is given).
 */
public interface ReadProgress {
    /** Reports nothing. */
    ReadProgress NONE = new ReadProgress() {};

    /** Reading starts: the files hold {@code bytes} in all. */
    default void reading(long bytes) {}

    /** The files' syntax has been read up to {@code bytes} of the total (a running figure). */
    default void readUpTo(long bytes) {}

    /** Checking starts: the files hold {@code items} exercises and programs. */
    default void checking(long items) {}

    /** One more exercise or program checked. */
    default void checked() {}
}
