package org.troika.cli;

import java.io.PrintWriter;
import org.troika.ingest.ImportProgress;

/** A one-line progress bar on the terminal's standard error, redrawn at most ten times a second. */
final class ProgressBar implements ImportProgress {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private String file = "";
    private long size;
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void started(String name, long bytes) {
        clear();
        file = name;
        size = bytes;
    }

    @Override
    public void advanced(long bytes, long recommendations) {
        long now = System.nanoTime();
        if (now - lastDrawn < 100_000_000L) {
            return;
        }
        lastDrawn = now;
        int filled = size > 0 ? (int) Math.min(WIDTH, bytes * WIDTH / size) : 0;
        String percent = size > 0 ? String.format("%3d%%", Math.min(100, bytes * 100 / size)) : "    ";
        err.print("\r" + "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "  " + recommendations
                + " rows  " + shorten(file));
        err.flush();
        drawn = true;
    }

    @Override
    public void finished() {
        clear();
    }

    private void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 80) + "\r");
            err.flush();
            drawn = false;
        }
    }

    private static String shorten(String name) {
        return name.length() > 40 ? "..." + name.substring(name.length() - 37) : name;
    }
}
