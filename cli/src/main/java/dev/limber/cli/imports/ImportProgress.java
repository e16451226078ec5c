package dev.limber.cli.imports;

import dev.limber.domain.usecase.ImportCatalog;
import dev.limber.formats.document.ReadProgress;
import java.io.Console;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a large import on stderr, one line per phase, each drawn in place by
 * me.tongfei:progressbar on picocli's error writer (so stdout keeps only the summary): reading the
 * files (bytes), checking their items, opening the database, writing, committing. A phase whose
 * length is unknown (opening, committing) is a line that says what is going on and, once done,
 * how long it took. Silent when stderr is not a
 * terminal, with {@code --no-progress}, and for a small import, which finishes before a bar would
 * be worth drawing.
 */
final class ImportProgress implements ReadProgress, ImportCatalog.Progress, AutoCloseable {
    /** Imports of fewer items than this finish before a bar would be worth drawing. */
    static final int LONG_IMPORT = 200;

    /** Files this large take long enough to read (about 200 exercises) that their reading is shown. */
    static final long LARGE_READ = 256 * 1024;

    private static final int WIDTH = 79;

    private final PrintWriter err;
    private final boolean allowed;
    private boolean shown;
    private ProgressBar bar;
    /** The phase of unknown length under way, or null. */
    private String step;

    private long stepStarted;

    private ImportProgress(PrintWriter err, boolean allowed) {
        this.err = err;
        this.allowed = allowed;
    }

    /** Progress on {@code err}, drawn when {@code allowed} and the import turns out to be large. */
    static ImportProgress on(PrintWriter err, boolean allowed) {
        return new ImportProgress(err, allowed);
    }

    /** Whether bars may be drawn here: a terminal is attached and they are not switched off. */
    static boolean allowed(boolean disabled) {
        return !disabled && interactive();
    }

    /**
     * Java 17 has a console only when the process talks to a terminal; from Java 22 on there is
     * always one, and {@code Console.isTerminal()} says whether it is a terminal.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException beforeJava22) {
            return true;
        } catch (ReflectiveOperationException | ClassCastException unknown) {
            return false;
        }
    }

    @Override
    public void reading(long bytes) {
        shown |= allowed && bytes >= LARGE_READ;
        phase(new ProgressBarBuilder()
                .setTaskName("Reading")
                .setInitialMax(Math.max(1, bytes))
                .setUnit(" kB", 1000));
    }

    @Override
    public void readUpTo(long bytes) {
        if (bar != null) {
            bar.stepTo(Math.min(bytes, bar.getMax()));
        }
    }

    @Override
    public void checking(long items) {
        shown |= allowed && items >= LONG_IMPORT;
        phase(counted("Checking", items));
    }

    @Override
    public void checked() {
        stepBy(1);
    }

    /** The database is being opened (and migrated): a phase of unknown length. */
    void opening() {
        step("Opening the database");
    }

    /** Writing starts: {@code items} exercises and programs to deal with. */
    void writing(long items) {
        shown |= allowed && items >= LONG_IMPORT;
        phase(counted("Writing", items));
    }

    @Override
    public void stepBy(int items) {
        if (bar != null) {
            bar.stepBy(items);
        }
    }

    @Override
    public void committing() {
        step("Committing");
    }

    @Override
    public void close() {
        finishPhase();
    }

    private static ProgressBarBuilder counted(String task, long items) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(Math.max(1, items))
                .setUnit(" items", 1);
    }

    private void phase(ProgressBarBuilder builder) {
        finishPhase();
        if (shown) {
            bar = builder.setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .setConsumer(new WriterConsumer(err))
                    .build();
        }
    }

    private void step(String what) {
        finishPhase();
        if (shown) {
            step = what;
            stepStarted = System.nanoTime();
            synchronized (err) {
                err.print("\r" + what + " ...");
                err.flush();
            }
        }
    }

    /** Draws the phase's last state and ends its line. */
    private void finishPhase() {
        if (bar != null) {
            bar.close();
            bar = null;
            endLine("");
        } else if (step != null) {
            double seconds = (System.nanoTime() - stepStarted) / 1e9;
            endLine(String.format(java.util.Locale.ROOT, "\r%s ... done in %.1f s", step, seconds));
            step = null;
        }
    }

    private void endLine(String last) {
        synchronized (err) {
            err.print(last);
            err.println();
            err.flush();
        }
    }

    /** Redraws the bar in place on a writer: a carriage return, then the bar. */
    private static final class WriterConsumer implements ProgressBarConsumer {
        private final PrintWriter err;

        WriterConsumer(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int getMaxRenderedLength() {
            return WIDTH;
        }

        @Override
        public void accept(String rendered) {
            synchronized (err) {
                err.print('\r');
                err.print(rendered);
                err.flush();
            }
        }

        @Override
        public void close() {
            // ImportProgress finishes the line once the bar has drawn its last state.
        }
    }
}
