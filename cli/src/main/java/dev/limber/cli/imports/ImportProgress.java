package dev.limber.cli.imports;

import java.io.Console;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for an import long enough to wait for, drawn by me.tongfei:progressbar
 * on picocli's error writer (so stdout keeps only the summary). Silent when stderr is not a
 * terminal, when the import is short, or with {@code --no-progress}.
 */
final class ImportProgress implements AutoCloseable {
    /** Imports of fewer items than this finish before a bar would be worth drawing. */
    static final int LONG_IMPORT = 200;

    private static final int WIDTH = 79;

    private final ProgressBar bar;
    private final PrintWriter err;

    private ImportProgress(ProgressBar bar, PrintWriter err) {
        this.bar = bar;
        this.err = err;
    }

    /** A bar over {@code total} items when {@code shown}; otherwise one that draws nothing. */
    static ImportProgress start(PrintWriter err, long total, boolean shown) {
        if (!shown) {
            return new ImportProgress(null, err);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Importing")
                .setInitialMax(total)
                .setUnit(" items", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setConsumer(new WriterConsumer(err))
                .build();
        return new ImportProgress(bar, err);
    }

    /** Whether a bar is drawn on this terminal: a console is attached and the import is long. */
    static boolean wanted(long total, boolean disabled) {
        return !disabled && total >= LONG_IMPORT && interactive();
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

    void stepBy(long items) {
        if (bar != null) {
            bar.stepBy(items);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            synchronized (err) {
                err.println();
                err.flush();
            }
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
