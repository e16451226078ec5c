package dev.limber.cli.imports;

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

    private ImportProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar over {@code total} items when {@code shown}; otherwise one that draws nothing. */
    static ImportProgress start(PrintWriter err, long total, boolean shown) {
        if (!shown) {
            return new ImportProgress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Importing")
                .setInitialMax(total)
                .setUnit(" items", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setConsumer(new WriterConsumer(err))
                .build();
        return new ImportProgress(bar);
    }

    /** Whether a bar is drawn on this terminal: a console is attached and the import is long. */
    static boolean wanted(long total, boolean disabled) {
        return !disabled && total >= LONG_IMPORT && System.console() != null;
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
        }
    }

    /** Redraws the bar in place on a writer: carriage return, the bar, and a newline at the end. */
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
            synchronized (err) {
                err.println();
                err.flush();
            }
        }
    }
}
